import { LitElement, html, nothing } from "lit";
import { loadCategoriesOnce, categoryLabel, type Category } from "../../api/categories.ts";
import { fetchBusiness, type BusinessProfile } from "../../api/businesses.ts";
import { failureMessage } from "../../api/failure-message.ts";
import { openingChangesAt, openingDetail } from "../../business/opening-text.ts";
import "../../components/business-logo/business-logo.ts";
import "../../components/open-badge/open-badge.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { isLanguage } from "../../i18n/messages.ts";
import { paths } from "../../routing/routes.ts";
import { appSession } from "../../session/session-store.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { LoaderController } from "../../state/loader-controller.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { businessPageStyles } from "./business-page.styles.ts";
import { contactSection, hoursSection, matrixSection, type SectionContext } from "./business-sections.ts";

/** The loader's key: the profile's texts depend on the UI language too. */
function keyOf(slug: string, language: string): string {
  return `${slug}|${language}`;
}

function loadBusiness(key: string, signal: AbortSignal): Promise<BusinessProfile> {
  const [slug = "", language] = key.split("|");
  return fetchBusiness(slug, isLanguage(language) ? language : "en", { signal });
}

/** `/b/:slug`: a business's public profile and the way to write to it. */
export class BusinessPage extends LitElement implements PageElement {
  static override properties = {
    slug: { type: String },
    categories: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, businessPageStyles];

  declare slug: string;
  declare categories: readonly Category[];
  readonly #locale = new LocaleController(this);
  readonly #business = new LoaderController<BusinessProfile>(this, loadBusiness);
  readonly #clock = new ClockController(this);
  readonly #page = new PageController(this, () => this.#title());
  /** The opening change a refresh was already asked for, so a skewed clock cannot cause a loop. */
  #refreshedFor: number | undefined;

  constructor() {
    super();
    this.slug = "";
    this.categories = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadCategoriesOnce().then(
      (categories) => (this.categories = categories),
      () => undefined,
    );
  }

  /** Waits for the profile first, so a screen reader hears the business's name, not "Loading". */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    await this.#business.loader.settled();
    await this.#page.focusHeading();
  }

  override willUpdate(): void {
    if (this.slug) void this.#business.loader.show(keyOf(this.slug, this.#locale.language));
    const state = this.#business.state;
    if (state.status !== "loaded") return;
    // Once the business opens or closes, its state and texts are out of date.
    const changesAt = openingChangesAt(state.value.opening)?.getTime();
    if (changesAt !== undefined && changesAt <= this.#clock.now().getTime() && this.#refreshedFor !== changesAt) {
      this.#refreshedFor = changesAt;
      void this.#business.loader.reload({ quiet: true });
    }
  }

  #title(): string {
    const state = this.#business.state;
    if (state.status === "loaded") return state.value.name;
    if (state.status === "failed") return this.#locale.t(state.failure.kind === "not-found" ? "businessNotFoundTitle" : "businessFailedTitle");
    return this.#locale.t("businessLoading");
  }

  /**
   * One `<h1>` in the same place in every state (loading, loaded, failed),
   * so focus that navigation put on it stays there when the profile arrives.
   */
  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.#business.state;
    const business = state.status === "loaded" ? state.value : undefined;
    const labels = business ? business.categories.map((id) => categoryLabel(this.categories, id, this.#locale.language)) : [];
    return html`
      ${business ? html`<p class="back"><a href=${paths.directory}><span aria-hidden="true">←</span> ${t("backToDirectory")}</a></p>` : nothing}
      <header class="hero" aria-busy=${state.status === "loading" ? "true" : "false"}>
        ${business
          ? html`<kontor-business-logo size="large" .name=${business.name} .logo=${business.logo} .seed=${business.slug}></kontor-business-logo>`
          : nothing}
        <div class="hero-text">
          <h1 tabindex="-1">${this.#title()}</h1>
          ${business && (labels.length > 0 || business.address.city)
            ? html`<p class="categories">${[...labels, business.address.city].filter(Boolean).join(" · ")}</p>`
            : nothing}
          ${business ? this.#renderNow(business) : nothing}
        </div>
      </header>
      ${business ? this.#renderBusiness(business) : this.#renderProblem()}
    `;
  }

  #renderNow(business: BusinessProfile) {
    const detail = openingDetail(business.opening, this.#clock.now(), this.#locale.locale);
    return html`<p class="now">
      <kontor-open-badge ?open=${business.opening.openNow}></kontor-open-badge>
      <span class="now-text">${this.#locale.t(detail.key, detail.params)}</span>
    </p>`;
  }

  #renderProblem() {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.#business.state;
    if (state.status !== "failed") return nothing;
    if (state.failure.kind === "not-found") {
      return html`<div class="state">
        <p class="lead">${t("businessNotFoundText")}</p>
        <a class="button primary" href=${paths.directory}>${t("backToDirectory")}</a>
      </div>`;
    }
    const message = failureMessage(state.failure);
    return html`<div class="state notice error" role="alert">
      <p>${t(message.key, message.params)}</p>
      <button class="button secondary" type="button" @click=${() => this.#business.loader.reload()}>${t("retry")}</button>
    </div>`;
  }

  #renderBusiness(business: BusinessProfile) {
    const t = this.#locale.t.bind(this.#locale);
    const context: SectionContext = { t, locale: this.#locale.locale, userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
    return html`
      <div class="layout">
        <section class="cta panel" aria-labelledby="write-button">
          <a id="write-button" class="button primary write" href=${appSession().current ? paths.write(business.slug) : paths.signin(paths.write(business.slug))}>${t("writeMessage")}</a>
          <p class="hint">${t("writeMessageHint")}</p>
          ${business.responseTimeText
            ? html`<p class="response"><span class="visually-hidden">${t("responseTimeLabel")}: </span>${business.responseTimeText}</p>`
            : nothing}
        </section>
        <div class="main">
          ${business.description
            ? html`<section class="panel" aria-labelledby="about-heading">
                <h2 id="about-heading">${t("aboutHeading")}</h2>
                <p class="description">${business.description}</p>
                ${business.tags.length > 0 ? html`<ul class="tags">${business.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
              </section>`
            : nothing}
          ${hoursSection(business, context)}
        </div>
        <div class="side">${contactSection(business, context)} ${matrixSection(business, context)}</div>
      </div>
    `;
  }
}
