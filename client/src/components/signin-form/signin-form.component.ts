import { LitElement, html, nothing } from "lit";
import type { LoginFlows } from "../../matrix/homeserver-discovery.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { HomeserverChangeEvent, RegisterSubmitEvent, RegistrationCheckEvent, SigninSubmitEvent, SsoStartEvent } from "./signin-events.ts";
import { signinFormStyles } from "./signin-form.styles.ts";

export type SigninBusy = "" | "discovering" | "signing-in" | "registering" | "redirecting";

/** Which field a problem belongs to, so the message is shown (and announced) there. */
export type SigninErrorField = "user" | "password" | "server" | "register" | "form";

const minimumPasswordLength = 8;

/**
 * The sign-in form: Matrix ID (or username) and password for the chosen
 * homeserver, single sign-on buttons when the homeserver offers them, the
 * homeserver itself (changeable), and creating an account where this
 * Kontor's homeserver allows it. It holds no logic beyond the form: the
 * sign-in page discovers, signs in and tells it how things went.
 */
export class SigninForm extends LitElement {
  static override properties = {
    serverName: { type: String, attribute: "server-name" },
    defaultServerName: { type: String, attribute: "default-server-name" },
    flows: { attribute: false },
    busy: { type: String },
    error: { type: String },
    errorField: { type: String, attribute: "error-field" },
    registration: { type: String },
    user: { type: String },
    mode: { state: true },
    changingServer: { state: true },
    localError: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, formStyles, controlStyles, signinFormStyles];

  declare serverName: string;
  /** This Kontor's homeserver: the only one where the form offers to create an account. */
  declare defaultServerName: string;
  /** null while the homeserver's login flows are loading. */
  declare flows: LoginFlows | null;
  declare busy: SigninBusy;
  declare error: string;
  declare errorField: SigninErrorField;
  /** Not asked yet ("unknown"), being asked, or the answer. Asked only on request: a closed homeserver answers 403, which browsers log as an error. */
  declare registration: "unknown" | "checking" | "open" | "closed";
  /** The Matrix ID to start with (e.g. the last one used). */
  declare user: string;
  declare mode: "signin" | "register";
  declare changingServer: boolean;
  declare localError: string;
  readonly #t = new SignedInLocaleController(this);

  constructor() {
    super();
    this.serverName = "";
    this.defaultServerName = "";
    this.flows = null;
    this.busy = "";
    this.error = "";
    this.errorField = "form";
    this.registration = "unknown";
    this.user = "";
    this.mode = "signin";
    this.changingServer = false;
    this.localError = "";
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("registration") && this.registration === "open" && changed.get("registration") === "checking") this.#showRegistration();
  }

  #showRegistration(): void {
    this.mode = "register";
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>("#new-username")?.focus());
  }

  #createAccount(): void {
    if (this.registration === "open") this.#showRegistration();
    else if (this.registration === "unknown") this.dispatchEvent(new RegistrationCheckEvent());
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has("registration") && this.registration === "closed" && changed.get("registration") === "checking") {
      this.renderRoot.querySelector<HTMLElement>("#register-closed")?.focus();
    }
    // A new problem moves focus to the field it concerns, so it is read out and can be fixed at once.
    if (changed.has("error") && this.error) {
      const target = { user: "#user", password: "#password", server: "#server", register: "#new-username", form: "#user" }[this.errorField];
      this.renderRoot.querySelector<HTMLInputElement>(target)?.focus();
    }
    if (changed.has("serverName") && changed.get("serverName") !== undefined) this.changingServer = false;
  }

  #value(selector: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(selector)?.value ?? "";
  }

  #onSignin(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    this.dispatchEvent(new SigninSubmitEvent(this.#value("#user").trim(), this.#value("#password")));
  }

  #onServer(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    this.dispatchEvent(new HomeserverChangeEvent(this.#value("#server").trim()));
  }

  #onRegister(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const t = this.#t.t.bind(this.#t);
    const password = this.#value("#new-password");
    if (password.length < minimumPasswordLength) {
      this.localError = t("registerPasswordShort", { count: minimumPasswordLength });
      return;
    }
    if (password !== this.#value("#new-password-again")) {
      this.localError = t("registerPasswordMismatch");
      return;
    }
    this.localError = "";
    this.dispatchEvent(new RegisterSubmitEvent(this.#value("#new-username").trim(), password));
  }

  #fieldError(field: SigninErrorField, id: string) {
    if (!this.error || this.errorField !== field) return nothing;
    return html`<p class="field-error" id=${id} role="alert">${this.error}</p>`;
  }

  override render() {
    const t = this.#t.t.bind(this.#t);
    return html`
      ${this.error && this.errorField === "form" ? html`<div class="notice error" role="alert"><p>${this.error}</p></div>` : nothing}
      ${this.#renderServer()}
      ${this.mode === "register" ? this.#renderRegister() : this.#renderSignin()}
      ${this.busy ? html`<p class="busy" role="status">${t(`signinBusy_${this.busy}`)}</p>` : html`<p class="busy" role="status"></p>`}
    `;
  }

  #renderServer() {
    const t = this.#t.t.bind(this.#t);
    if (this.changingServer) {
      const invalid = this.error !== "" && this.errorField === "server";
      return html`<form class="server-form" @submit=${this.#onServer}>
        <div class="field">
          <label for="server">${t("homeserverInputLabel")}</label>
          <input
            id="server"
            type="text"
            inputmode="url"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            placeholder=${t("homeserverInputPlaceholder")}
            aria-invalid=${invalid ? "true" : "false"}
            aria-describedby="server-hint ${invalid ? "server-error" : ""}"
          />
          <p class="hint" id="server-hint">${t("homeserverInputHint")}</p>
          ${this.#fieldError("server", "server-error")}
        </div>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.busy !== ""}>${t("homeserverContinue")}</button>
          <button class="button secondary" type="button" @click=${() => (this.changingServer = false)}>${t("cancel")}</button>
        </div>
      </form>`;
    }
    return html`<div class="server">
      <p>
        <span class="server-label">${t("homeserverLabel")}</span>
        <strong class="server-name">${this.serverName || "…"}</strong>
      </p>
      <button
        class="text-button"
        type="button"
        @click=${() => {
          this.changingServer = true;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>("#server")?.focus());
        }}
      >
        ${t("homeserverChange")}
      </button>
    </div>`;
  }

  #renderSignin() {
    const t = this.#t.t.bind(this.#t);
    const flows = this.flows;
    const userInvalid = this.error !== "" && this.errorField === "user";
    const passwordInvalid = this.error !== "" && this.errorField === "password";
    return html`
      ${flows === null && !this.changingServer ? html`<p class="loading" role="status">${t("signinLoadingFlows")}</p>` : nothing}
      ${flows?.password
        ? html`<form class="signin" @submit=${this.#onSignin} aria-label=${t("signinFormLabel")}>
            <div class="field">
              <label for="user">${t("userLabel")}</label>
              <input
                id="user"
                name="username"
                type="text"
                autocomplete="username"
                autocapitalize="off"
                spellcheck="false"
                required
                .value=${this.user}
                placeholder=${t("userPlaceholder", { server: this.serverName || "example.org" })}
                aria-invalid=${userInvalid ? "true" : "false"}
                aria-describedby="user-hint ${userInvalid ? "user-error" : ""}"
              />
              <p class="hint" id="user-hint">${t("userHint")}</p>
              ${this.#fieldError("user", "user-error")}
            </div>
            <div class="field">
              <label for="password">${t("passwordLabel")}</label>
              <input
                id="password"
                name="password"
                type="password"
                autocomplete="current-password"
                required
                aria-invalid=${passwordInvalid ? "true" : "false"}
                aria-describedby=${passwordInvalid ? "password-error" : nothing}
              />
              ${this.#fieldError("password", "password-error")}
            </div>
            <button class="button primary wide" type="submit" ?disabled=${this.busy !== ""}>${t("signinButton")}</button>
          </form>`
        : nothing}
      ${flows?.sso
        ? html`<div class="sso">
            ${flows.password ? html`<p class="or"><span>${t("signinOr")}</span></p>` : nothing}
            <ul class="providers">
              ${flows.sso.length === 0
                ? html`<li><button class="button secondary wide" type="button" ?disabled=${this.busy !== ""} @click=${() => this.dispatchEvent(new SsoStartEvent(undefined))}>${t("ssoGeneric")}</button></li>`
                : flows.sso.map(
                    (provider) => html`<li>
                      <button class="button secondary wide" type="button" ?disabled=${this.busy !== ""} @click=${() => this.dispatchEvent(new SsoStartEvent(provider.id))}>
                        ${t("ssoWith", { provider: provider.name })}
                      </button>
                    </li>`,
                  )}
            </ul>
          </div>`
        : nothing}
      ${this.#renderRegistration()}
    `;
  }

  #renderRegistration() {
    const t = this.#t.t.bind(this.#t);
    const own = this.serverName === this.defaultServerName && this.defaultServerName !== "";
    if (!own) {
      return html`<section class="register-info" aria-labelledby="register-heading">
        <h2 id="register-heading">${t("registerHeading")}</h2>
        <p>${t("registerOtherServer", { server: this.defaultServerName })}</p>
      </section>`;
    }
    if (this.registration === "closed") {
      return html`<section class="register-info closed" aria-labelledby="register-heading">
        <h2 id="register-heading">${t("registerHeading")}</h2>
        <p id="register-closed" tabindex="-1"><strong>${t("registerClosed", { server: this.serverName })}</strong></p>
        <p>${t("registerClosedHelp")}</p>
        <pre class="command"><code>npx kontor user create &lt;${t("registerCommandName")}&gt; --password &lt;${t("registerCommandPassword")}&gt;</code></pre>
        <p>${t("registerClosedOther")}</p>
      </section>`;
    }
    return html`<section class="register-info" aria-labelledby="register-heading">
      <h2 id="register-heading">${t("registerHeading")}</h2>
      <p>${t("registerOffer", { server: this.serverName })}</p>
      <button class="button secondary" type="button" ?disabled=${this.registration === "checking"} @click=${() => this.#createAccount()}>
        ${t(this.registration === "checking" ? "registerChecking" : "registerButton")}
      </button>
    </section>`;
  }

  #renderRegister() {
    const t = this.#t.t.bind(this.#t);
    const error = this.localError || (this.errorField === "register" ? this.error : "");
    return html`<form class="register" @submit=${this.#onRegister} aria-labelledby="register-form-heading">
      <h2 id="register-form-heading">${t("registerFormHeading", { server: this.serverName })}</h2>
      <div class="field">
        <label for="new-username">${t("registerUsername")}</label>
        <input id="new-username" type="text" autocomplete="username" autocapitalize="off" spellcheck="false" required pattern="[a-z0-9._=/+\\-]+" aria-describedby="new-username-hint" />
        <p class="hint" id="new-username-hint">${t("registerUsernameHint", { server: this.serverName })}</p>
      </div>
      <div class="field">
        <label for="new-password">${t("passwordLabel")}</label>
        <input id="new-password" type="password" autocomplete="new-password" required minlength=${minimumPasswordLength} />
      </div>
      <div class="field">
        <label for="new-password-again">${t("registerPasswordAgain")}</label>
        <input id="new-password-again" type="password" autocomplete="new-password" required aria-describedby=${error ? "register-error" : nothing} />
      </div>
      ${error ? html`<p class="field-error" id="register-error" role="alert">${error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${this.busy !== ""}>${t("registerSubmit")}</button>
        <button class="button secondary" type="button" @click=${() => (this.mode = "signin")}>${t("registerBack")}</button>
      </div>
    </form>`;
  }
}
