import { LitElement, html, nothing } from "lit";
import { NavigationRequestEvent } from "../../app/app-events.ts";
import "../../components/signin-form/signin-form.ts";
import type { HomeserverChangeEvent, RegisterSubmitEvent, SigninBusy, SigninErrorField, SigninSubmitEvent, SsoStartEvent } from "../../components/signin-form/signin-form.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { discoverHomeserver, parseSigninInput, type DiscoveredHomeserver, type KnownHomeserver, type LoginFlows } from "../../matrix/homeserver-discovery.ts";
import { passwordLogin, probeRegistration, register, ssoRedirectUrl, tokenLogin, type MatrixLogin } from "../../matrix/matrix-auth.ts";
import { paths } from "../../routing/routes.ts";
import type { StoredSession } from "../../session/session-store.ts";
import { signinProblem, type SigninProblem } from "../../session/signin-errors.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { signinPageStyles } from "./signin-page.styles.ts";

/** Where the browser keeps what single sign-on needs after the round trip to the homeserver. */
const ssoStateKey = "kontor.sso";

interface SsoState {
  baseUrl: string;
  serverName: string;
  next: string | undefined;
}

/** Where to go after signing in: the page that asked for it, else the inbox for staff, else one's conversations. */
export function destinationAfterSignin(session: StoredSession, next: string | undefined): string {
  if (next) return next;
  const first = session.businesses[0];
  return first ? paths.inbox(first.slug) : paths.conversations;
}

/**
 * `/signin` and `/signin/sso`: signing in with a Matrix account from any
 * homeserver. After the homeserver accepts the person, Kontor gets an
 * OpenID token (never the password) and answers with its own session.
 */
export class SigninPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    next: { type: String },
    loginToken: { type: String, attribute: "login-token" },
    sso: { type: Boolean },
    homeserver: { state: true },
    known: { state: true },
    busy: { state: true },
    problem: { state: true },
    registration: { state: true },
    user: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, signinPageStyles];

  declare services: SignedInServices | undefined;
  declare next: string | undefined;
  declare loginToken: string | undefined;
  /** Finishing single sign-on (the `/signin/sso` route). */
  declare sso: boolean;
  declare homeserver: DiscoveredHomeserver | undefined;
  declare known: KnownHomeserver | undefined;
  declare busy: SigninBusy;
  declare problem: SigninProblem | undefined;
  declare registration: "unknown" | "checking" | "open" | "closed";
  declare user: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #page = new PageController(this, () => this.#locale.t(this.sso ? "ssoFinishingTitle" : "signinPageTitle"));
  #started = false;

  constructor() {
    super();
    this.services = undefined;
    this.next = undefined;
    this.loginToken = undefined;
    this.sso = false;
    this.homeserver = undefined;
    this.known = undefined;
    this.busy = "";
    this.problem = undefined;
    this.registration = "unknown";
    this.user = "";
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    if (this.#started || !this.services) return;
    this.#started = true;
    const session = this.services.session;
    if (session && !this.sso) {
      this.#go(destinationAfterSignin(session, this.next));
      return;
    }
    if (this.services.endedBecause) this.problem = { key: "problemSessionEnded", field: "form" };
    if (this.sso) void this.#finishSso();
    else void this.#start();
  }

  #go(href: string): void {
    this.dispatchEvent(new NavigationRequestEvent(href, { replace: true }));
  }

  async #start(): Promise<void> {
    const services = this.services;
    if (!services) return;
    this.busy = "discovering";
    try {
      const config = await services.config();
      this.known = config.homeserver;
      await this.#useHomeserver({ serverName: config.homeserver.serverName }, "discover");
    } catch (error) {
      this.problem = signinProblem(error, { serverName: this.known?.serverName ?? "", during: "discover" });
    } finally {
      this.busy = "";
    }
  }

  async #useHomeserver(target: { serverName: string } | { baseUrl: string }, during: "discover" | "signin"): Promise<DiscoveredHomeserver> {
    const discovered = await discoverHomeserver(target, { known: this.known, online: () => navigator.onLine });
    this.homeserver = discovered;
    this.registration = "unknown";
    if (during === "discover") this.problem = undefined;
    return discovered;
  }

  async #onHomeserverChange(event: HomeserverChangeEvent): Promise<void> {
    const input = parseSigninInput(event.input);
    if (input.kind === "invalid" || input.kind === "username") {
      this.problem = { key: "problemHomeserverInput", field: "server" };
      return;
    }
    this.busy = "discovering";
    try {
      await this.#useHomeserver(input.kind === "url" ? { baseUrl: input.baseUrl } : { serverName: input.serverName }, "discover");
      if (input.kind === "user-id") this.user = input.userId;
    } catch (error) {
      this.problem = signinProblem(error, { serverName: "serverName" in input ? input.serverName : event.input, during: "discover" });
    } finally {
      this.busy = "";
    }
  }

  async #onSignin(event: SigninSubmitEvent): Promise<void> {
    const input = parseSigninInput(event.user);
    this.user = event.user;
    if (input.kind !== "user-id" && input.kind !== "username") {
      this.problem = { key: "problemUserInput", field: "user" };
      return;
    }
    if (!event.password) {
      this.problem = { key: "problemPasswordMissing", field: "password" };
      return;
    }
    this.busy = "discovering";
    let homeserver = this.homeserver;
    try {
      // A Matrix ID on another server signs in there: find that homeserver first.
      if (input.kind === "user-id" && input.serverName !== homeserver?.serverName) homeserver = await this.#useHomeserver({ serverName: input.serverName }, "signin");
    } catch (error) {
      this.busy = "";
      this.problem = signinProblem(error, { serverName: input.kind === "user-id" ? input.serverName : "", during: "signin" });
      return;
    }
    if (!homeserver) {
      this.busy = "";
      return;
    }
    if (!homeserver.flows.password) {
      this.busy = "";
      this.problem = { key: "problemNoPassword", params: { server: homeserver.serverName }, field: "form" };
      return;
    }
    this.busy = "signing-in";
    const user = input.kind === "user-id" ? input.userId : input.localpart;
    await this.#finish(() => passwordLogin(homeserver.baseUrl, user, event.password), homeserver.serverName, "signin");
  }

  /** Asked only when someone wants an account: a closed homeserver answers the probe with 403. */
  async #checkRegistration(): Promise<void> {
    const homeserver = this.homeserver;
    if (!homeserver || !this.known || homeserver.serverName !== this.known.serverName) return;
    this.registration = "checking";
    const availability = await probeRegistration(homeserver.baseUrl);
    if (this.homeserver === homeserver) this.registration = availability;
  }

  async #onRegister(event: RegisterSubmitEvent): Promise<void> {
    const homeserver = this.homeserver;
    if (!homeserver) return;
    if (!/^[a-z0-9._=/+-]+$/.test(event.username)) {
      this.problem = { key: "problemUsernameInvalid", field: "register" };
      return;
    }
    this.busy = "registering";
    await this.#finish(() => register(homeserver.baseUrl, event.username, event.password), homeserver.serverName, "register");
  }

  #onSso(event: SsoStartEvent): void {
    const homeserver = this.homeserver;
    if (!homeserver) return;
    const state: SsoState = { baseUrl: homeserver.baseUrl, serverName: homeserver.serverName, next: this.next };
    try {
      sessionStorage.setItem(ssoStateKey, JSON.stringify(state));
    } catch {
      // Without storage the way back still works for this Kontor's homeserver.
    }
    this.busy = "redirecting";
    window.location.assign(ssoRedirectUrl(homeserver.baseUrl, `${window.location.origin}${paths.signinSso}`, event.providerId));
  }

  async #finishSso(): Promise<void> {
    const services = this.services;
    if (!services) return;
    let state: SsoState | undefined;
    try {
      state = JSON.parse(sessionStorage.getItem(ssoStateKey) ?? "null") as SsoState | undefined;
      sessionStorage.removeItem(ssoStateKey);
    } catch {
      state = undefined;
    }
    this.next = state?.next;
    this.busy = "signing-in";
    try {
      const config = await services.config();
      this.known = config.homeserver;
    } catch (error) {
      this.busy = "";
      this.problem = signinProblem(error, { serverName: "", during: "sso" });
      return;
    }
    const baseUrl = state?.baseUrl ?? this.known.baseUrl;
    const serverName = state?.serverName ?? this.known.serverName;
    if (!this.loginToken) {
      this.busy = "";
      this.problem = { key: "problemSsoExpired", field: "form" };
      return;
    }
    const token = this.loginToken;
    await this.#finish(() => tokenLogin(baseUrl, token), serverName, "sso");
  }

  async #finish(login: () => Promise<MatrixLogin>, serverName: string, during: "signin" | "register" | "sso"): Promise<void> {
    const services = this.services;
    if (!services) return;
    try {
      const matrixLogin = await login();
      const session = await services.completeSignIn(matrixLogin);
      this.problem = undefined;
      this.#go(destinationAfterSignin(session, this.next));
    } catch (error) {
      this.problem = signinProblem(error, { serverName, during });
    } finally {
      this.busy = "";
    }
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const flows: LoginFlows | null = this.homeserver?.flows ?? null;
    const writing = this.next?.match(/^\/b\/[^/]+\/write/) !== null && this.next !== undefined;
    // After single sign-on failed, "your homeserver confirmed who you are" is no longer true: the error alone says what happened.
    return html`
      <div class="card">
        <h1 tabindex="-1">${t(this.sso ? "ssoFinishingTitle" : "signinPageTitle")}</h1>
        ${this.sso
          ? this.problem
            ? nothing
            : html`<p class="lead" role="status">${t("ssoFinishing")}</p>`
          : html`
              <p class="lead">${t(writing ? "signinLeadWriting" : "signinLead")}</p>
              <kontor-signin-form
                server-name=${this.homeserver?.serverName ?? this.known?.serverName ?? ""}
                default-server-name=${this.known?.serverName ?? ""}
                .flows=${flows}
                .busy=${this.busy}
                .user=${this.user}
                error=${this.problem ? t(this.problem.key, this.problem.params) : ""}
                error-field=${(this.problem?.field ?? "form") as SigninErrorField}
                registration=${this.registration}
                @kontor-signin-submit=${(event: SigninSubmitEvent) => void this.#onSignin(event)}
                @kontor-homeserver-change=${(event: HomeserverChangeEvent) => void this.#onHomeserverChange(event)}
                @kontor-register-submit=${(event: RegisterSubmitEvent) => void this.#onRegister(event)}
                @kontor-sso-start=${(event: SsoStartEvent) => this.#onSso(event)}
                @kontor-registration-check=${() => void this.#checkRegistration()}
              ></kontor-signin-form>
            `}
        ${this.sso && this.problem ? html`<div class="notice error" role="alert"><p>${t(this.problem.key, this.problem.params)}</p><p><a href=${paths.signin(this.next)}>${t("signinAgain")}</a></p></div>` : nothing}
      </div>
      <p class="privacy">${t("signinPrivacy")}</p>
    `;
  }
}
