import { LitElement, html, nothing } from "lit";
import { categoryLabel, type Category } from "../../api/categories.ts";
import type { DirectoryResult } from "../../api/directory.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import { sharedStyles } from "../../styles/shared.ts";
import "../business-logo/business-logo.ts";
import "../open-badge/open-badge.ts";
import { resultCardStyles } from "./result-card.styles.ts";

/** One business in the directory results; the name links to its page, the whole card is clickable. */
export class ResultCard extends LitElement {
  static override properties = {
    result: { attribute: false },
    categories: { attribute: false },
  };

  static override styles = [...sharedStyles, resultCardStyles];

  declare result: DirectoryResult | undefined;
  /** The category list, for labels in the UI language. */
  declare categories: readonly Category[];
  readonly #locale = new LocaleController(this);

  constructor() {
    super();
    this.result = undefined;
    this.categories = [];
  }

  /** Focuses the link to the business (after "more results", on the first new card). */
  async focusLink(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector("a")?.focus();
  }

  override render() {
    const result = this.result;
    if (!result) return nothing;
    const t = this.#locale.t.bind(this.#locale);
    const labels = result.categories.map((id) => categoryLabel(this.categories, id, this.#locale.language));
    const meta = [...labels, result.city].filter(Boolean).join(" · ");
    return html`
      <article class="card" aria-labelledby="name">
        <kontor-business-logo .name=${result.name} .logo=${result.logo} .seed=${result.slug}></kontor-business-logo>
        <div class="body">
          <h3 id="name"><a href=${paths.business(result.slug)}>${result.name}</a></h3>
          ${meta ? html`<p class="meta">${meta}</p>` : nothing}
          <p class="status">
            <kontor-open-badge ?open=${result.opening.openNow}></kontor-open-badge>
            ${result.opening.today.text ? html`<span class="today">${t("todayHours", { hours: result.opening.today.text })}</span>` : nothing}
          </p>
          ${result.responseTimeText ? html`<p class="response">${result.responseTimeText}</p>` : nothing}
        </div>
      </article>
    `;
  }
}
