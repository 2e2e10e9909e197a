import { LitElement, html, nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { loadCategoriesOnce, type Category } from "../../api/categories.ts";
import { failureMessage } from "../../api/failure-message.ts";
import type { ApiFailure } from "../../api/http.ts";
import { NavigationRequestEvent } from "../../app/app-events.ts";
import "../../components/result-card/result-card.ts";
import "../../components/search-form/search-form.ts";
import type { SearchEvent } from "../../components/search-form/search-event.ts";
import { DirectoryController } from "../../directory/directory-controller.ts";
import { replacesHistoryEntry, resultCountMessage, type SearchTrigger } from "../../directory/directory-search.ts";
import { emptySearch, isEmptySearch, searchPath, type SearchState } from "../../directory/search-state.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import type { Language } from "../../i18n/messages.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { directoryPageStyles } from "./directory-page.styles.ts";

/** `/`: the search form and the results for the search in the URL. */
export class DirectoryPage extends LitElement implements PageElement {
  static override properties = {
    search: { attribute: false },
    categories: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, directoryPageStyles];

  /** The search in the page URL; the shell sets it from the route. */
  declare search: SearchState;
  declare categories: readonly Category[];
  readonly #locale = new LocaleController(this);
  readonly #directory = new DirectoryController(this);
  readonly #page = new PageController(this, () => this.#title());
  #lastTrigger: SearchTrigger | undefined;
  #searchedLanguage: Language | undefined;

  constructor() {
    super();
    this.search = { ...emptySearch };
    this.categories = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadCategoriesOnce().then(
      (categories) => (this.categories = categories),
      // Without the list the select offers "All categories" only; searching still works.
      () => undefined,
    );
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    // Texts in results come in the UI language, so a language switch searches again.
    const language = this.#locale.language;
    if (language !== this.#searchedLanguage || this.#directory.snapshot.search !== this.search) {
      this.#searchedLanguage = language;
      void this.#directory.search.show(this.search, language);
    }
  }

  override updated(): void {
    const added = this.#directory.search.takeAdded();
    if (added > 0) {
      // After "More results", continue reading at the first new business.
      const cards = this.renderRoot.querySelectorAll("kontor-result-card");
      void cards[cards.length - added]?.focusLink();
    }
  }

  #title(): string {
    const q = this.search.q;
    return q ? this.#locale.t("directorySearchTitle", { query: q }) : this.#locale.t("directoryTitle");
  }

  #searched(event: SearchEvent): void {
    const replace = replacesHistoryEntry(event.trigger, this.#lastTrigger);
    this.#lastTrigger = event.trigger;
    this.dispatchEvent(new NavigationRequestEvent(searchPath(event.search), { replace }));
  }

  #failureText(failure: ApiFailure): string {
    const message = failureMessage(failure);
    return this.#locale.t(message.key, message.params);
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const snapshot = this.#directory.snapshot;
    const count = resultCountMessage(snapshot);
    const loading = snapshot.status === "loading";
    const empty = snapshot.status === "loaded" && snapshot.results.length === 0;
    return html`
      <div class="intro">
        <h1 tabindex="-1">${t("directoryTitle")}</h1>
        <p class="lead">${t("directoryIntro")}</p>
      </div>
      <kontor-search-form .search=${this.search} .categories=${this.categories} @kontor-search=${this.#searched}></kontor-search-form>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" class="visually-hidden">${t("resultsHeading")}</h2>
        <p class="summary" role="status" aria-live="polite" aria-atomic="true">${count ? t(count.key, { count: count.count }) : nothing}</p>
        ${snapshot.status === "failed" && snapshot.failure
          ? html`<div class="notice error" role="alert">
              <p>${this.#failureText(snapshot.failure)}</p>
              <button class="button secondary" type="button" @click=${() => this.#directory.search.retry()}>${t("retry")}</button>
            </div>`
          : nothing}
        ${empty ? this.#renderEmpty() : nothing}
        ${snapshot.results.length > 0
          ? html`<ul class="results" aria-busy=${loading ? "true" : "false"}>
              ${repeat(
                snapshot.results,
                (result) => result.slug,
                (result) => html`<li><kontor-result-card .result=${result} .categories=${this.categories}></kontor-result-card></li>`,
              )}
            </ul>`
          : nothing}
        ${this.#renderMore()}
      </section>
    `;
  }

  #renderEmpty() {
    const t = this.#locale.t.bind(this.#locale);
    if (isEmptySearch(this.search)) {
      return html`<div class="notice"><p class="notice-title">${t("emptyDirectoryTitle")}</p><p>${t("emptyDirectoryHint")}</p></div>`;
    }
    return html`<div class="notice"><p class="notice-title">${t("emptyTitle")}</p><p>${t("emptyHint")}</p></div>`;
  }

  #renderMore() {
    const t = this.#locale.t.bind(this.#locale);
    const snapshot = this.#directory.snapshot;
    if (snapshot.status !== "loaded" || !snapshot.nextCursor) return nothing;
    const loadingMore = snapshot.more === "loading";
    return html`
      <div class="more">
        ${snapshot.more === "failed" && snapshot.moreFailure
          ? html`<p class="notice error" role="alert">${this.#failureText(snapshot.moreFailure)}</p>`
          : nothing}
        <button class="button secondary" type="button" ?disabled=${loadingMore}
          @click=${() => this.#directory.search.loadMore()}>
          ${loadingMore ? t("loadingMore") : t("moreResults")}
        </button>
      </div>
    `;
  }
}
