import { LitElement, html } from "lit";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import { buttonStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";

/** Any path the app does not know. */
export class NotFoundPage extends LitElement implements PageElement {
  static override styles = [...sharedStyles, buttonStyles, pageStyles];

  readonly #locale = new LocaleController(this);
  readonly #page = new PageController(this, () => this.#locale.t("notFoundTitle"));

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    return html`
      <h1 tabindex="-1">${t("notFoundTitle")}</h1>
      <p class="lead">${t("notFoundText")}</p>
      <a class="button primary" href=${paths.directory}>${t("backToDirectory")}</a>
    `;
  }
}
