import { html, nothing, type PropertyValues } from "lit";
import { saveSettings, type ConversationSettings } from "../../api/business-management.ts";
import type { AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { SettingsSection } from "./settings-section.ts";

/** The settings page's automatic messages: the greeting, the away message and whether replies are signed. */
export class MessagesSettings extends SettingsSection {
  static override properties = {
    stored: { attribute: false },
    settings: { state: true },
  };

  /** The settings as the business has them now. */
  declare stored: ConversationSettings | undefined;
  declare settings: ConversationSettings | undefined;

  constructor() {
    super();
    this.stored = undefined;
    this.settings = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("stored")) this.settings = this.stored;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const services = this.services;
    if (!services) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => {
      const value = String(data.get(name) ?? "").trim();
      return value === "" ? null : value;
    };
    const settings: ConversationSettings = { greeting: text("greeting"), awayMessage: text("away"), signReplies: data.get("sign") === "on" };
    void this.saving.save(["greeting", "away_message", "sign_replies"], async () => {
      this.settings = await saveSettings(this.slug, settings, services.api);
    });
  }

  #textArea(options: { name: string; field: string; value: string | null; label: AnyMessageKey; placeholder: AnyMessageKey; hint: AnyMessageKey }) {
    const t = this.locale.t.bind(this.locale);
    const problems = this.saving.problemsFor(options.field);
    return html`<div class="field">
      <label for=${options.name}>${t(options.label)}</label>
      <textarea
        id=${options.name}
        name=${options.name}
        rows="3"
        maxlength="1000"
        .value=${options.value ?? ""}
        placeholder=${t(options.placeholder)}
        aria-invalid=${problems.length > 0 ? "true" : "false"}
        aria-describedby="${options.name}-hint"
      ></textarea>
      <p class="hint" id="${options.name}-hint">${t(options.hint)}</p>
      ${problems.length > 0 ? html`<p class="field-error">${problems.join(" ")}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.locale.t.bind(this.locale);
    const settings = this.settings;
    if (!settings) return nothing;
    return html`<section class="panel" aria-labelledby="messages-heading">
      <h2 id="messages-heading">${t("settingsMessagesHeading")}</h2>
      <form id="messages" @submit=${(event: SubmitEvent) => this.#submit(event)}>
        ${this.saving.renderProblems()}
        <fieldset ?disabled=${!this.editable}>
          ${this.#textArea({ name: "greeting", field: "greeting", value: settings.greeting, label: "greetingLabel", placeholder: "greetingPlaceholder", hint: "greetingHint" })}
          ${this.#textArea({ name: "away", field: "away_message", value: settings.awayMessage, label: "awayLabel", placeholder: "awayPlaceholder", hint: "awayHint" })}
          <label class="check"><input type="checkbox" name="sign" .checked=${settings.signReplies} /> ${t("signRepliesLabel")}</label>
          <p class="hint">${t("signRepliesHint")}</p>
        </fieldset>
        ${this.saving.renderSaveRow("saveMessages", { disabled: !this.editable })}
      </form>
    </section>`;
  }
}
