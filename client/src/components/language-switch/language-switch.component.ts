import { LitElement, html } from "lit";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { languages, type Language } from "../../i18n/messages.ts";
import { sharedStyles } from "../../styles/shared.ts";
import { languageSwitchStyles } from "./language-switch.styles.ts";

/** Each language's name in itself, so a reader finds their own whatever is shown now. */
const ownNames: Record<Language, string> = { en: "English", de: "Deutsch" };

/** Two toggle buttons, EN and DE; the choice is saved and applies to the whole app at once. */
export class LanguageSwitch extends LitElement {
  static override styles = [...sharedStyles, languageSwitchStyles];

  readonly #locale = new LocaleController(this);

  #choose(language: Language): void {
    this.#locale.store.set(language);
  }

  override render() {
    const current = this.#locale.language;
    return html`
      <div class="switch" role="group" aria-label=${this.#locale.t("languageSwitchLabel")}>
        ${languages.map(
          (language) => html`
            <button type="button" lang=${language} title=${ownNames[language]} aria-pressed=${language === current ? "true" : "false"}
              data-language=${language} @click=${() => this.#choose(language)}>
              <span aria-hidden="true">${language.toUpperCase()}</span><span class="visually-hidden">${ownNames[language]}</span>
            </button>
          `,
        )}
      </div>
    `;
  }
}
