import { LitElement, html, nothing, type PropertyValues } from "lit";
import { webhookEventTypes, type WebhookDraft, type WebhookEventType } from "../../api/webhooks.ts";
import type { FieldProblems } from "../../business/field-problems.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { emptyWebhookDraft, localWebhookProblems, toggleEvent, type LocalWebhookProblem, type WebhookFormField } from "../../integrations/webhook-form-model.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { webhookFormStyles } from "./webhook-form.styles.ts";
import { WebhookSubmitEvent } from "./webhook-submit-event.ts";

export const webhookEventLabels: Record<WebhookEventType, AnyMessageKey> = {
  "conversation.created": "webhookEventConversationCreated",
  "message.created": "webhookEventMessageCreated",
  "conversation.updated": "webhookEventConversationUpdated",
};

const localProblemKeys: Record<LocalWebhookProblem, AnyMessageKey> = {
  "url-missing": "webhookUrlMissing",
  "url-invalid": "webhookUrlInvalid",
  "events-missing": "webhookEventsMissing",
};

/**
 * The form for a new webhook: the endpoint's address, the events to send
 * (all three at first) and an optional description. It checks what it can
 * itself; what the API objects to (`.problems`, e.g. "url": ["must use
 * https://..."]) is shown next to the field it names, and focus moves there.
 */
export class WebhookForm extends LitElement {
  static override properties = {
    problems: { attribute: false },
    busy: { type: Boolean },
    draft: { state: true },
    shown: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, formStyles, controlStyles, webhookFormStyles];

  /** Problems from the API by field ("url", "events", "description"). */
  declare problems: FieldProblems;
  declare busy: boolean;
  declare draft: WebhookDraft;
  /** The problems on screen: the API's and the form's own, until the field is changed. */
  declare shown: Partial<Record<WebhookFormField, readonly string[]>>;
  readonly #locale = new SignedInLocaleController(this);
  #focusProblem = false;

  constructor() {
    super();
    this.problems = {};
    this.busy = false;
    this.draft = emptyWebhookDraft();
    this.shown = {};
  }

  /** Empties the form after the webhook was made. */
  reset(): void {
    this.draft = emptyWebhookDraft();
    this.shown = {};
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("problems")) {
      this.shown = { ...this.problems };
      this.#focusProblem = Object.values(this.problems).some((list) => list.length > 0);
    }
  }

  override updated(): void {
    if (!this.#focusProblem) return;
    this.#focusProblem = false;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #change(field: WebhookFormField, draft: WebhookDraft): void {
    this.draft = draft;
    if (this.shown[field]) {
      const { [field]: _cleared, ...rest } = this.shown;
      this.shown = rest;
    }
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const local = localWebhookProblems(this.draft);
    const fields = Object.keys(local) as WebhookFormField[];
    if (fields.length > 0) {
      this.shown = Object.fromEntries(fields.map((field) => [field, [this.#locale.t(localProblemKeys[local[field] as LocalWebhookProblem])]]));
      this.#focusProblem = true;
      return;
    }
    this.dispatchEvent(new WebhookSubmitEvent({ ...this.draft, url: this.draft.url.trim(), description: this.draft.description.trim() }));
  }

  #error(id: string, field: WebhookFormField) {
    const problems = this.shown[field] ?? [];
    return problems.length > 0 ? html`<p class="field-error" id=${id}>${problems.join(" ")}</p>` : nothing;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const urlInvalid = (this.shown.url ?? []).length > 0;
    const eventsInvalid = (this.shown.events ?? []).length > 0;
    const descriptionInvalid = (this.shown.description ?? []).length > 0;
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#submit(event)}>
      <div class="field">
        <label for="webhook-url">${t("webhookUrlLabel")}</label>
        <input
          id="webhook-url"
          name="url"
          type="url"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          maxlength="2000"
          placeholder="https://helpdesk.example.org/kontor"
          .value=${this.draft.url}
          aria-invalid=${urlInvalid ? "true" : "false"}
          aria-describedby=${urlInvalid ? "webhook-url-error webhook-url-hint" : "webhook-url-hint"}
          @input=${(event: Event) => this.#change("url", { ...this.draft, url: (event.target as HTMLInputElement).value })}
        />
        <p class="hint" id="webhook-url-hint">${t("webhookUrlHint")}</p>
        ${this.#error("webhook-url-error", "url")}
      </div>
      <fieldset aria-describedby=${eventsInvalid ? "webhook-events-error" : nothing}>
        <legend>${t("webhookEventsLabel")}</legend>
        <ul class="events">
          ${webhookEventTypes.map(
            (type) => html`<li>
              <label class="check event">
                <input
                  type="checkbox"
                  name="events"
                  value=${type}
                  .checked=${this.draft.events.includes(type)}
                  aria-invalid=${eventsInvalid ? "true" : "false"}
                  @change=${(event: Event) => this.#change("events", { ...this.draft, events: toggleEvent(this.draft.events, type, (event.target as HTMLInputElement).checked) })}
                />
                <span class="event-text"><span>${t(webhookEventLabels[type])}</span> <code>${type}</code></span>
              </label>
            </li>`,
          )}
        </ul>
        ${this.#error("webhook-events-error", "events")}
      </fieldset>
      <div class="field">
        <label for="webhook-description">${t("webhookDescriptionLabel")}</label>
        <input
          id="webhook-description"
          name="description"
          type="text"
          maxlength="200"
          autocomplete="off"
          .value=${this.draft.description}
          aria-invalid=${descriptionInvalid ? "true" : "false"}
          aria-describedby=${descriptionInvalid ? "webhook-description-error" : nothing}
          @input=${(event: Event) => this.#change("description", { ...this.draft, description: (event.target as HTMLInputElement).value })}
        />
        ${this.#error("webhook-description-error", "description")}
      </div>
      <button class="button primary" type="submit" ?disabled=${this.busy}>${t(this.busy ? "webhookCreating" : "webhookCreate")}</button>
    </form>`;
  }
}
