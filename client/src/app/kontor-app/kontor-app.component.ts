import { LitElement, html, nothing, type TemplateResult } from "lit";
import "../../components/language-switch/language-switch.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import "../../pages/business-page/business-page.ts";
import "../../pages/directory-page/directory-page.ts";
import "../../pages/not-found-page/not-found-page.ts";
import { isPageElement } from "../../pages/page-controller.ts";
import "../../pages/status-page/status-page.ts";
import { anchorInfo, anchorOnPath, inAppHref } from "../../routing/link-interception.ts";
import { browserNavigation } from "../../routing/navigation.ts";
import { RouterController } from "../../routing/router-controller.ts";
import { createAppRouter, isMessagingRoute, isSignedInRoute, pageKey, paths, type AppRoute, type SignedInRoute } from "../../routing/routes.ts";
import { appSession, type StoredSession } from "../../session/session-store.ts";
import type * as SignedInModule from "../../signed-in/index.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { composeDocumentTitle, type NavigationRequestEvent, type PageTitleEvent } from "../app-events.ts";
import { kontorAppStyles } from "./kontor-app.styles.ts";

type LazyState = "idle" | "loading" | "ready" | "failed";

/**
 * The application shell: header, main region, footer, and the page for the
 * current route. It owns the router, turns link clicks into client-side
 * navigation, keeps <html lang> and the document title current, and moves
 * focus to the new page's heading after navigating.
 */
export class KontorApp extends LitElement {
  static override properties = { signedIn: { state: true }, session: { state: true }, signingOut: { state: true } };
  static override styles = [...sharedStyles, buttonStyles, noticeStyles, kontorAppStyles];

  /** Loading state of the signed-in chunk. */
  declare signedIn: LazyState;
  /** Who is signed in, from the stored session (no Matrix SDK needed for that). */
  declare session: StoredSession | undefined;
  declare signingOut: boolean;
  readonly #locale = new LocaleController(this);
  readonly #routes = new RouterController<AppRoute>(this, createAppRouter(browserNavigation()));
  /** The page whose heading last got focus (or was there on first load). */
  #shownPage: string | undefined;
  #focusPending = false;

  constructor() {
    super();
    this.signedIn = "idle";
    this.session = appSession().current;
    this.signingOut = false;
    appSession().subscribe((session) => (this.session = session));
    this.addEventListener("click", (event) => this.#interceptLink(event));
    this.addEventListener("kontor-navigate", (event: NavigationRequestEvent) => this.#routes.router.navigate(event.href, { replace: event.replace }));
    this.addEventListener("kontor-page-title", (event: PageTitleEvent) => {
      document.title = composeDocumentTitle(event.pageTitle, this.#locale.t("brandName"));
    });
  }

  override willUpdate(): void {
    document.documentElement.lang = this.#locale.language;
    if (isSignedInRoute(this.#routes.route) && this.signedIn === "idle") void this.#loadSignedIn();
    // Messaging views fill the window; the attribute lets the shell's styles make room for them.
    this.toggleAttribute("messaging", isMessagingRoute(this.#routes.route));
  }

  override updated(): void {
    const key = pageKey(this.#routes.route);
    if (key !== this.#shownPage) {
      const firstLoad = this.#shownPage === undefined;
      this.#shownPage = key;
      // On first load the reader starts at the top; later, at the new page's heading.
      if (!firstLoad) {
        if (this.#routes.lastNavigation === "push") window.scrollTo(0, 0);
        this.#focusPending = true;
      }
    }
    if (this.#focusPending) void this.#focusPage();
  }

  async #focusPage(): Promise<void> {
    const page = this.renderRoot.querySelector("main")?.firstElementChild;
    // A lazily loaded page is not defined yet; it gets focus once it is.
    if (!isPageElement(page)) return;
    this.#focusPending = false;
    await page.focusHeading();
  }

  async #loadSignedIn(): Promise<typeof SignedInModule | undefined> {
    this.signedIn = "loading";
    try {
      const module = await import("../../signed-in/index.ts");
      module.defineSignedInViews();
      this.signedIn = "ready";
      return module;
    } catch {
      this.signedIn = "failed";
      return undefined;
    }
  }

  async #signOut(): Promise<void> {
    this.signingOut = true;
    try {
      const module = await this.#loadSignedIn();
      await module?.signOut();
    } finally {
      this.signingOut = false;
      this.#routes.router.navigate(paths.directory);
    }
  }

  #interceptLink(event: MouseEvent): void {
    const anchor = anchorOnPath(event);
    if (!anchor) return;
    const href = inAppHref(event, anchorInfo(anchor), { origin: window.location.origin, href: window.location.href });
    if (href === undefined) return;
    event.preventDefault();
    this.#routes.router.navigate(href);
  }

  #skipToMain(event: MouseEvent): void {
    // The fragment cannot reach into shadow roots, so the skip link moves focus itself.
    event.preventDefault();
    const page = this.renderRoot.querySelector("main")?.firstElementChild;
    if (isPageElement(page)) void page.focusHeading();
    else this.renderRoot.querySelector("main")?.focus();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const route = this.#routes.route;
    return html`
      <a class="skip-link" href="#main" @click=${this.#skipToMain}>${t("skipToContent")}</a>
      <header class="site-header">
        <div class="wrap">
          <a class="brand" href=${paths.directory}><span class="mark" aria-hidden="true">K</span>${t("brandName")}</a>
          <nav aria-label=${t("primaryNavigation")}>
            <ul>
              <li><a href=${paths.directory} aria-current=${route.page === "directory" ? "page" : "false"}>${t("navDirectory")}</a></li>
              ${this.#renderAccountLinks(route)}
            </ul>
          </nav>
          ${this.session
            ? html`<button class="sign-out" type="button" ?disabled=${this.signingOut} title=${t("signedInAs", { user: this.session.userId })} @click=${() => void this.#signOut()}>
                <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
                  <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" /><path d="m16 17 5-5-5-5" /><path d="M21 12H9" />
                </svg>
                <span class="sign-out-label">${t("signOut")}</span>
              </button>`
            : nothing}
          <kontor-language-switch></kontor-language-switch>
        </div>
      </header>
      <main id="main" class="wrap ${isMessagingRoute(route) ? "messaging" : ""}" tabindex="-1">${this.#renderPage(route)}</main>
      <footer class="site-footer" ?hidden=${isMessagingRoute(route)}>
        <div class="wrap">
          <p>${t("footerAbout")}</p>
          <p><a href=${paths.status}>${t("footerStatus")}</a></p>
        </div>
      </footer>
    `;
  }

  #renderAccountLinks(route: AppRoute): TemplateResult {
    const t = this.#locale.t.bind(this.#locale);
    const session = this.session;
    if (!session) {
      return html`<li><a href=${paths.signin()} aria-current=${route.page === "signin" ? "page" : "false"}>${t("signinTitle")}</a></li>`;
    }
    const inbox = session.businesses.length === 1 && session.businesses[0] ? paths.inbox(session.businesses[0].slug) : paths.inboxHome;
    return html`
      <li><a href=${paths.conversations} aria-current=${route.page === "conversations" ? "page" : "false"}>${t("navConversations")}</a></li>
      ${session.businesses.length > 0
        ? html`<li><a href=${inbox} aria-current=${route.page === "inbox" || route.page === "business-settings" || route.page === "business-integrations" ? "page" : "false"}>${t("navInbox")}</a></li>`
        : nothing}
    `;
  }

  #renderPage(route: AppRoute): TemplateResult {
    switch (route.page) {
      case "directory":
        return html`<kontor-directory-page .search=${route.search}></kontor-directory-page>`;
      case "business":
        return html`<kontor-business-page slug=${route.slug}></kontor-business-page>`;
      case "status":
        return html`<kontor-status-page></kontor-status-page>`;
      case "not-found":
        return html`<kontor-not-found-page></kontor-not-found-page>`;
      case "signin":
      case "signin-sso":
      case "write":
      case "conversations":
      case "inbox":
      case "business-settings":
      case "business-integrations":
        return this.#renderSignedIn(route);
    }
  }

  #renderSignedIn(route: SignedInRoute): TemplateResult {
    const t = this.#locale.t.bind(this.#locale);
    if (this.signedIn === "ready") return html`<kontor-signed-in-area .route=${route}></kontor-signed-in-area>`;
    if (this.signedIn === "failed") {
      return html`<div class="notice error" role="alert">
        <p>${t("lazyLoadFailed")}</p>
        <button class="button secondary" type="button" @click=${() => window.location.reload()}>${t("reloadPage")}</button>
      </div>`;
    }
    return html`<p role="status">${t("loadingView")}</p>`;
  }
}
