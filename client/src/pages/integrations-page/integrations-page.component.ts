import { LitElement, html, nothing } from "lit";
import { fetchManagedBusiness, type ManagedBusiness } from "../../api/business-management.ts";
import { failureMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import "./api-keys-panel.ts";
import { integrationsPageStyles } from "./integrations-page.styles.ts";
import "./webhooks-panel.ts";

type Loaded = { state: "loading" } | { state: "ready"; business: ManagedBusiness } | { state: "failed"; key: AnyMessageKey; params?: Record<string, string | number> };

/**
 * `/inbox/:slug/settings/integrations`: the owners' API keys and webhooks,
 * for helpdesks, CRMs and scripts. Agents are told that only owners manage
 * them (the API refuses them too).
 */
export class IntegrationsPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    loaded: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, integrationsPageStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare loaded: Loaded;
  readonly #locale = new SignedInLocaleController(this);
  readonly #page = new PageController(this, () => this.#title());
  #loadedFor: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.loaded = { state: "loading" };
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    if (!this.services || !this.slug || this.#loadedFor === this.slug) return;
    this.#loadedFor = this.slug;
    void this.#load();
  }

  async #load(): Promise<void> {
    const services = this.services;
    if (!services) return;
    this.loaded = { state: "loading" };
    try {
      this.loaded = { state: "ready", business: await fetchManagedBusiness(this.slug, services.api) };
    } catch (error) {
      if (error instanceof ApiError && error.failure.kind === "forbidden") this.loaded = { state: "failed", key: "settingsForbidden" };
      else {
        const message = error instanceof ApiError ? failureMessage(error.failure) : { key: "failureNetwork" as const, params: undefined };
        this.loaded = { state: "failed", key: message.key, params: message.params };
      }
    }
  }

  #title(): string {
    const t = this.#locale.t.bind(this.#locale);
    return this.loaded.state === "ready" ? t("integrationsTitleFor", { name: this.loaded.business.profile.name }) : t("integrationsTitle");
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.loaded;
    return html`
      <p class="back"><a href=${paths.businessSettings(this.slug)}><span aria-hidden="true">←</span> ${t("backToSettings")}</a></p>
      <h1 tabindex="-1">${this.#title()}</h1>
      ${loaded.state === "loading" ? html`<p class="lead" role="status">${t("settingsLoading")}</p>` : nothing}
      ${loaded.state === "failed"
        ? html`<div class="notice error" role="alert">
            <p>${t(loaded.key, loaded.params)}</p>
            <button class="button secondary" type="button" @click=${() => void this.#load()}>${t("retry")}</button>
          </div>`
        : nothing}
      ${loaded.state === "ready" ? this.#renderReady(loaded.business) : nothing}
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
