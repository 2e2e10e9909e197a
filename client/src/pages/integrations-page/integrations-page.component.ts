import { LitElement, html, nothing } from "lit";
import type { ManagedBusiness } from "../../api/business-management.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { settingsLayoutStyles } from "../../styles/panel-styles.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { ManagedBusinessController } from "../managed-business-controller.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import "./api-keys-panel.ts";
import "./webhooks-panel.ts";

/**
 * `/inbox/:slug/settings/integrations`: the owners' API keys and webhooks,
 * for helpdesks, CRMs and scripts. Agents are told that only owners manage
 * them (the API refuses them too).
 */
export class IntegrationsPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, settingsLayoutStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #business = new ManagedBusinessController(this, () => this.services);
  readonly #page = new PageController(this, () => this.#title());

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    this.#business.show(this.slug);
  }

  #title(): string {
    const t = this.#locale.t.bind(this.#locale);
    const business = this.#business.business;
    return business ? t("integrationsTitleFor", { name: business.profile.name }) : t("integrationsTitle");
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const business = this.#business.business;
    return html`
      <p class="back"><a href=${paths.businessSettings(this.slug)}><span aria-hidden="true">←</span> ${t("backToSettings")}</a></p>
      <h1 tabindex="-1">${this.#title()}</h1>
      ${this.#business.renderState(t)} ${business ? this.#renderReady(business) : nothing}
    `;
  }

  #renderReady(business: ManagedBusiness) {
    const t = this.#locale.t.bind(this.#locale);
    if (business.role !== "owner") return html`<p class="notice" role="note">${t("integrationsOwnersOnly")}</p>`;
    return html`
      <p class="lead">${t("integrationsLead")}</p>
      <div class="sections">
        <kontor-api-keys-panel .services=${this.services} slug=${this.slug}></kontor-api-keys-panel>
        <kontor-webhooks-panel .services=${this.services} slug=${this.slug}></kontor-webhooks-panel>
      </div>
    `;
  }
}
