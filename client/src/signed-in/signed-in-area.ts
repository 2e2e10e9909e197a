import { LitElement, html, nothing } from "lit";
import { LocaleController } from "../i18n/locale-controller.ts";
import { PageController, type PageElement } from "../pages/page-controller.ts";
import type { SignedInRoute } from "../routing/routes.ts";
import { pageStyles, sharedStyles } from "../styles/shared.ts";

/**
 * Placeholder for everything behind sign-in (sign-in itself, writing to a
 * business, later the inbox). It is loaded on demand, so the Matrix SDK
 * that will live here never weighs on the public directory pages.
 */
export class SignedInArea extends LitElement implements PageElement {
  static override properties = { route: { attribute: false } };
  static override styles = [...sharedStyles, pageStyles];

  declare route: SignedInRoute | undefined;
  readonly #locale = new LocaleController(this);
  readonly #page = new PageController(this, () => this.#locale.t("signinTitle"));

  constructor() {
    super();
    this.route = undefined;
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    // Nobody can be signed in yet, so every signed-in route asks to sign in first.
    const continues = this.route?.page === "write" || (this.route?.page === "signin" && this.route.next !== undefined);
    return html`
      <h1 tabindex="-1">${t("signinTitle")}</h1>
      <p class="lead">${t("signinComing")}</p>
      ${continues ? html`<p>${t("signinContinue")}</p>` : nothing}
    `;
  }
}
