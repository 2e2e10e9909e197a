import { LitElement, html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { categoryLabel, sortedCategories, type Category } from "../../api/categories.ts";
import { Debouncer } from "../../directory/debouncer.ts";
import type { SearchTrigger } from "../../directory/directory-search.ts";
import { emptySearch, isEmptySearch, sameSearch, type SearchState } from "../../directory/search-state.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { SearchEvent } from "./search-event.ts";
import { searchFormStyles } from "./search-form.styles.ts";

/** Waiting this long after the last keystroke searches without hammering the rate-limited API. */
export const typingDelayMs = 350;

/**
 * The directory search form. It keeps a draft of what is typed and sends a
 * SearchEvent: debounced while typing, at once for a filter or a submit.
 * A new `search` from outside (back/forward) replaces the draft, but the
 * echo of its own event does not, so typing is never interrupted.
 */
export class SearchForm extends LitElement {
  static override properties = {
    search: { attribute: false },
    categories: { attribute: false },
  };

  static override styles = [...sharedStyles, buttonStyles, searchFormStyles];

  declare search: SearchState;
  declare categories: readonly Category[];
  readonly #locale = new LocaleController(this);
  #draft: SearchState = { ...emptySearch };
  #lastSent: SearchState | undefined;
  readonly #typing = new Debouncer<SearchState>(typingDelayMs, (search) => this.#send(search, "typing"));

  constructor() {
    super();
    this.search = { ...emptySearch };
    this.categories = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("search") && !(this.#lastSent && sameSearch(this.search, this.#lastSent))) {
      this.#typing.cancel();
      this.#draft = { ...this.search };
      this.#lastSent = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#typing.cancel();
  }

  #send(search: SearchState, trigger: SearchTrigger): void {
    this.#lastSent = { ...search };
    this.dispatchEvent(new SearchEvent({ ...search }, trigger));
  }

  #typed(field: "q" | "city", event: Event): void {
    this.#draft = { ...this.#draft, [field]: (event.target as HTMLInputElement).value };
    this.#typing.schedule(this.#draft);
    this.requestUpdate();
  }

  #filtered(change: Partial<SearchState>): void {
    this.#typing.cancel();
    this.#draft = { ...this.#draft, ...change };
    this.#send(this.#draft, "filter");
    this.requestUpdate();
  }

  #submitted(event: SubmitEvent): void {
    event.preventDefault();
    this.#typing.cancel();
    this.#send(this.#draft, "submit");
  }

  #cleared(): void {
    this.#filtered({ ...emptySearch });
    this.renderRoot.querySelector<HTMLInputElement>("#q")?.focus();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const language = this.#locale.language;
    const draft = this.#draft;
    const options = sortedCategories(this.categories, language, this.#locale.locale);
    return html`
      <form role="search" aria-label=${t("searchFormLabel")} @submit=${this.#submitted}>
        <div class="field field-q">
          <label for="q">${t("searchTextLabel")}</label>
          <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" maxlength="200"
            placeholder=${t("searchTextPlaceholder")} .value=${live(draft.q)} @input=${(event: Event) => this.#typed("q", event)} />
        </div>
        <div class="field">
          <label for="category">${t("categoryLabel")}</label>
          <select id="category" name="category" @change=${(event: Event) => this.#filtered({ category: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${draft.category === ""}>${t("categoryAny")}</option>
            ${options.map(
              (category) => html`<option value=${category.id} ?selected=${category.id === draft.category}>${categoryLabel(this.categories, category.id, language)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="city">${t("cityLabel")}</label>
          <input id="city" name="city" type="text" autocomplete="address-level2" maxlength="80"
            placeholder=${t("cityPlaceholder")} .value=${live(draft.city)} @input=${(event: Event) => this.#typed("city", event)} />
        </div>
        <div class="actions">
          <div class="check">
            <input id="open-now" name="open_now" type="checkbox" .checked=${live(draft.openNow)}
              @change=${(event: Event) => this.#filtered({ openNow: (event.target as HTMLInputElement).checked })} />
            <label for="open-now">${t("openNowLabel")}</label>
          </div>
          <button class="button primary" type="submit">${t("searchButton")}</button>
          ${isEmptySearch(draft) ? nothing : html`<button class="link-button" type="button" @click=${this.#cleared}>${t("clearSearch")}</button>`}
        </div>
      </form>
    `;
  }
}
