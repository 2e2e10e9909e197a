import { LitElement, css, html, type TemplateResult } from "lit";
import { NavigationRequestEvent } from "../app/app-events.ts";
import { SignedInLocaleController } from "../i18n/signed-in-locale-controller.ts";
import { isPageElement, type PageElement } from "../pages/page-controller.ts";
import "../pages/conversations-page/conversations-page.ts";
import "../pages/inbox-page/inbox-page.ts";
import "../pages/settings-page/settings-page.ts";
import "../pages/signin-page/signin-page.ts";
import "../pages/write-page/write-page.ts";
import { paths, type SignedInRoute } from "../routing/routes.ts";
import { noticeStyles, pageStyles, sharedStyles } from "../styles/shared.ts";
import { signedInServices, type SignedInServices } from "./services.ts";

/**
 * The owners' integrations page (API keys, webhooks) is opened rarely and by
 * few: it loads on demand, in a chunk of its own, so customers signing in
 * do not download it.
 */
let integrationsPage: Promise<unknown> | undefined;
function loadIntegrationsPage(): Promise<unknown> {
  integrationsPage ??= import("../pages/integrations-page/integrations-page.ts").catch((error: unknown) => {
    integrationsPage = undefined;
    throw error;
  });
  return integrationsPage;
}

/**
 * Everything behind sign-in: it shows the page for the route, and sends
 * anyone who is not signed in to the sign-in page first (coming back
 * afterwards). Loaded on demand, so the Matrix SDK and the message
 * sanitiser never weigh on the public directory pages.
 */
export class SignedInArea extends LitElement implements PageElement {
  static override properties = { route: { attribute: false }, lazyFailed: { state: true } };
  static override styles = [
    ...sharedStyles,
    pageStyles,
    noticeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        flex: 1;
        min-height: 0;
      }
      :host > * {
        flex: 1;
        min-height: 0;
      }
    `,
  ];

  declare route: SignedInRoute | undefined;
  /** A page loaded on demand could not be loaded (offline, or a new version was deployed). */
  declare lazyFailed: boolean;
  readonly #locale = new SignedInLocaleController(this);
  readonly #services: SignedInServices;
  #unsubscribe: (() => void) | undefined;

  constructor(services: SignedInServices = signedInServices()) {
    super();
    this.route = undefined;
    this.lazyFailed = false;
    this.#services = services;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = this.#services.store.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  async focusHeading(): Promise<void> {
    if (this.route?.page === "business-integrations" && this.#services.session) await loadIntegrationsPage().catch(() => undefined);
    await this.updateComplete;
    const page = this.renderRoot.firstElementChild;
    if (isPageElement(page)) await page.focusHeading();
  }

  override willUpdate(): void {
    // After a failure, the notice asks for a reload (no retry loop).
    if (this.route?.page !== "business-integrations" || !this.#services.session || this.lazyFailed || customElements.get("kontor-integrations-page")) return;
    loadIntegrationsPage().catch(() => (this.lazyFailed = true));
  }

  override updated(): void {
    const route = this.route;
    if (!route || route.page === "signin" || route.page === "signin-sso" || this.#services.session) return;
    // Not signed in (or signed out meanwhile, perhaps in another tab): sign in, then come back here.
    const here = `${window.location.pathname}${window.location.search}`;
    this.dispatchEvent(new NavigationRequestEvent(paths.signin(here), { replace: true }));
  }

  override render(): TemplateResult {
    const route = this.route;
    const services = this.#services;
    if (!route) return html``;
    if (route.page === "signin") return html`<kontor-signin-page .services=${services} .next=${route.next}></kontor-signin-page>`;
    if (route.page === "signin-sso") return html`<kontor-signin-page sso .services=${services} .loginToken=${route.loginToken}></kontor-signin-page>`;
    if (!services.session) return html`<p role="status">${this.#locale.t("redirectingToSignin")}</p>`;
    switch (route.page) {
      case "write":
        return html`<kontor-write-page .services=${services} slug=${route.slug}></kontor-write-page>`;
      case "conversations":
        return html`<kontor-conversations-page .services=${services} .conversationId=${route.conversationId}></kontor-conversations-page>`;
      case "inbox":
        return html`<kontor-inbox-page .services=${services} .slug=${route.slug} .conversationId=${route.conversationId} .filter=${route.filter}></kontor-inbox-page>`;
      case "business-settings":
        return html`<kontor-settings-page .services=${services} slug=${route.slug}></kontor-settings-page>`;
      case "business-integrations":
        // Rendered before its chunk arrives: the element upgrades (keeping its properties) once defined.
        return this.lazyFailed
          ? html`<div class="notice error" role="alert"><p>${this.#locale.t("lazyLoadFailed")}</p></div>`
          : html`<kontor-integrations-page .services=${services} slug=${route.slug}></kontor-integrations-page>`;
    }
  }
}
