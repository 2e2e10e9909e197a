import { LitElement, html, nothing } from "lit";
import { errorMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { createWebhook, fetchWebhooks, type Webhook } from "../../api/webhooks.ts";
import { groupProblems, type FieldProblems } from "../../business/field-problems.ts";
import "../../components/secret-dialog/secret-dialog.ts";
import type { SecretDialog } from "../../components/secret-dialog/secret-dialog.ts";
import "../../components/webhook-form/webhook-form.ts";
import type { WebhookForm, WebhookSubmitEvent } from "../../components/webhook-form/webhook-form.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { webhookFormFields } from "../../integrations/webhook-form-model.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { integrationsPanelStyles } from "./integrations.styles.ts";
import { panelStyles } from "../../styles/panel-styles.ts";
import { webhookGuide } from "./webhook-guide.ts";
import "./webhook-item.ts";
import type { WebhookChangedEvent, WebhookDeletedEvent } from "./webhook-item.ts";
import { webhooksPanelStyles } from "./webhooks-panel.styles.ts";

type Loaded = { state: "loading" } | { state: "ready" } | { state: "failed"; message: string };
type Announcement = { key: AnyMessageKey; params: Record<string, string> };

/** The API's limit per business. */
const maxWebhooks = 10;

/**
 * The business's webhooks: each with its state and delivery log
 * (`<kontor-webhook-item>`), how Kontor signs and retries, and the form
 * for a new one, whose signing secret is shown once.
 */
export class WebhooksPanel extends LitElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    webhooks: { state: true },
    loaded: { state: true },
    creating: { state: true },
    problems: { state: true },
    createProblem: { state: true },
    announcement: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, formStyles, controlStyles, panelStyles, integrationsPanelStyles, webhooksPanelStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare webhooks: readonly Webhook[];
  declare loaded: Loaded;
  declare creating: boolean;
  /** The API's objections to the new webhook, by field. */
  declare problems: FieldProblems;
  declare createProblem: string;
  /** Read out after a change, in the language of the moment. */
  declare announcement: Announcement | undefined;
  readonly #locale = new SignedInLocaleController(this);
  #loadedFor: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.webhooks = [];
    this.loaded = { state: "loading" };
    this.creating = false;
    this.problems = {};
    this.createProblem = "";
    this.announcement = undefined;
  }

  override willUpdate(): void {
    if (!this.services || !this.slug || this.#loadedFor === this.slug) return;
    this.#loadedFor = this.slug;
    void this.#load();
  }

  #message(error: unknown): string {
    const failure = error instanceof ApiError ? error.failure : undefined;
    if (failure?.kind === "conflict") return this.#locale.t("webhookLimit", { count: maxWebhooks });
    const message = errorMessage(error);
    return this.#locale.t(message.key, message.params);
  }

  async #load(): Promise<void> {
    if (!this.services) return;
    this.loaded = { state: "loading" };
    try {
      this.webhooks = await fetchWebhooks(this.slug, this.services.api);
      this.loaded = { state: "ready" };
    } catch (error) {
      this.loaded = { state: "failed", message: this.#message(error) };
    }
  }

  async #create(event: WebhookSubmitEvent): Promise<void> {
    const services = this.services;
    const form = event.target as WebhookForm;
    if (!services || this.creating) return;
    this.creating = true;
    this.problems = {};
    this.createProblem = "";
    try {
      const { webhook, secret } = await createWebhook(this.slug, event.draft, services.api);
      this.webhooks = [...this.webhooks, webhook];
      form.reset();
      this.creating = false;
      await this.updateComplete;
      await this.renderRoot.querySelector<SecretDialog>("kontor-secret-dialog")?.show(
        { kind: "webhook-secret", secret, name: webhook.url },
        form.shadowRoot?.querySelector<HTMLElement>("button[type=submit]") ?? null,
      );
    } catch (error) {
      this.creating = false;
      const failure = error instanceof ApiError ? error.failure : undefined;
      if (failure?.kind === "invalid") {
        const grouped = groupProblems(failure.problems, webhookFormFields, failure.message);
        this.problems = grouped.byField;
        this.createProblem = grouped.other.join(" ");
      } else {
        this.createProblem = this.#message(error);
      }
    }
  }

  #changed(event: WebhookChangedEvent): void {
    this.webhooks = this.webhooks.map((existing) => (existing.id === event.webhook.id ? event.webhook : existing));
    this.announcement = { key: event.webhook.enabled ? "webhookTurnedOn" : "webhookTurnedOff", params: { url: event.webhook.url } };
  }

  async #deleted(event: WebhookDeletedEvent): Promise<void> {
    this.webhooks = this.webhooks.filter((existing) => existing.id !== event.webhook.id);
    this.announcement = { key: "webhookDeleted", params: { url: event.webhook.url } };
    // Its buttons are gone: focus goes to the list's heading.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("#webhooks-heading")?.focus();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.loaded;
    const full = this.webhooks.length >= maxWebhooks;
    return html`<section class="panel" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading" tabindex="-1">${t("webhooksHeading")}</h2>
      <p class="intro">${t("webhooksIntro")}</p>
      ${webhookGuide(t)}
      ${loaded.state === "loading" ? html`<p class="muted" role="status">${t("webhooksLoading")}</p>` : nothing}
      ${loaded.state === "failed"
        ? html`<div class="notice error" role="alert">
            <p>${loaded.message}</p>
            <button class="button secondary" type="button" @click=${() => void this.#load()}>${t("retry")}</button>
          </div>`
        : nothing}
      ${loaded.state === "ready" && this.webhooks.length === 0 ? html`<p class="none">${t("webhooksEmpty")}</p>` : nothing}
      ${this.webhooks.length > 0
        ? html`<ul class="webhook-list">
            ${this.webhooks.map(
              (webhook) => html`<li>
                <kontor-webhook-item
                  .webhook=${webhook}
                  slug=${this.slug}
                  .api=${this.services?.api ?? {}}
                  @kontor-webhook-changed=${(event: WebhookChangedEvent) => this.#changed(event)}
                  @kontor-webhook-deleted=${(event: WebhookDeletedEvent) => void this.#deleted(event)}
                ></kontor-webhook-item>
              </li>`,
            )}
          </ul>`
        : nothing}
      <p class="status-line" role="status">${this.announcement ? t(this.announcement.key, this.announcement.params) : ""}</p>
      <div class="create">
        <h3>${t("webhookNewHeading")}</h3>
        ${full
          ? html`<p class="none">${t("webhookLimit", { count: maxWebhooks })}</p>`
          : html`${this.createProblem ? html`<p class="notice error" role="alert">${this.createProblem}</p>` : nothing}
              <kontor-webhook-form .problems=${this.problems} ?busy=${this.creating} @kontor-webhook-submit=${(event: WebhookSubmitEvent) => void this.#create(event)}></kontor-webhook-form>`}
      </div>
      <kontor-secret-dialog></kontor-secret-dialog>
    </section>`;
  }
}
