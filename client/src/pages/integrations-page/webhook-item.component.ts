import { LitElement, html, nothing } from "lit";
import { errorMessage } from "../../api/failure-message.ts";
import type { RequestOptions } from "../../api/http.ts";
import { deleteWebhook, fetchDeliveries, setWebhookEnabled, type Webhook } from "../../api/webhooks.ts";
import "../../components/confirm-dialog/confirm-dialog.ts";
import type { ConfirmDialog } from "../../components/confirm-dialog/confirm-dialog.ts";
import "../../components/delivery-log/delivery-log.ts";
import type { DeliveryLogRequestEvent } from "../../components/delivery-log/delivery-log.ts";
import { icons } from "../../components/icons.ts";
import { webhookEventLabels } from "../../components/webhook-form/webhook-form.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { formatFullDateTime, userTimeZone } from "../../i18n/relative-time.ts";
import { DeliveryLogController } from "../../integrations/delivery-log-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { WebhookChangedEvent, WebhookDeletedEvent } from "./webhook-item-events.ts";
import { webhookItemStyles } from "./webhook-item.styles.ts";

/** What Kontor writes when the business itself turned a webhook off; anything else is Kontor's own reason. */
const turnedOffByBusiness = "turned off by the business";

const deliveriesPerPage = 25;

/**
 * One webhook: its address, events and state in words; why Kontor turned
 * it off, when it did; turning it on and off; deleting it (after asking);
 * and its delivery log, fetched when opened and kept fresh while open.
 */
export class WebhookItem extends LitElement {
  static override properties = {
    webhook: { attribute: false },
    slug: { type: String },
    api: { attribute: false },
    logOpen: { state: true },
    busy: { state: true },
    problem: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, controlStyles, webhookItemStyles];

  declare webhook: Webhook;
  declare slug: string;
  declare api: RequestOptions;
  declare logOpen: boolean;
  declare busy: "" | "toggle" | "delete";
  declare problem: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #log = new DeliveryLogController(this, (before) => fetchDeliveries(this.slug, this.webhook.id, { limit: deliveriesPerPage, before }, this.api));

  constructor() {
    super();
    this.webhook = { id: "", url: "", events: [], description: null, enabled: true, disabledReason: null, failingSince: null, createdAt: "" };
    this.slug = "";
    this.api = {};
    this.logOpen = false;
    this.busy = "";
    this.problem = "";
  }

  #failure(error: unknown): string {
    const message = errorMessage(error);
    return this.#locale.t(message.key, message.params);
  }

  #toggleLog(): void {
    this.logOpen = !this.logOpen;
    this.#log.watch(this.logOpen);
  }

  async #setEnabled(enabled: boolean): Promise<void> {
    this.busy = "toggle";
    this.problem = "";
    try {
      const webhook = await setWebhookEnabled(this.slug, this.webhook.id, enabled, this.api);
      this.dispatchEvent(new WebhookChangedEvent(webhook));
      if (this.logOpen) void this.#log.refresh();
    } catch (error) {
      this.problem = this.#failure(error);
    } finally {
      this.busy = "";
    }
  }

  async #delete(event: Event): Promise<void> {
    const t = this.#locale.t.bind(this.#locale);
    const dialog = this.renderRoot.querySelector<ConfirmDialog>("kontor-confirm-dialog");
    const yes = await dialog?.ask({ title: t("webhookDeleteTitle"), message: t("webhookDeleteMessage", { url: this.webhook.url }), confirm: t("webhookDelete") }, event.currentTarget as HTMLElement);
    if (!yes) return;
    this.busy = "delete";
    this.problem = "";
    try {
      await deleteWebhook(this.slug, this.webhook.id, this.api);
      this.#log.watch(false);
      this.dispatchEvent(new WebhookDeletedEvent(this.webhook));
    } catch (error) {
      this.problem = this.#failure(error);
    } finally {
      this.busy = "";
    }
  }

  #onLogRequest(event: DeliveryLogRequestEvent): void {
    if (event.action === "older") void this.#log.loadOlder();
    else void this.#log.refresh();
  }

  #time(iso: string) {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return nothing;
    return html`<time datetime=${instant.toISOString()}>${formatFullDateTime(instant, this.#locale.locale, userTimeZone())}</time>`;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const webhook = this.webhook;
    const stoppedByKontor = !webhook.enabled && webhook.disabledReason !== null && webhook.disabledReason !== turnedOffByBusiness;
    return html`<article class="webhook ${webhook.enabled ? "on" : "off"}" aria-labelledby="webhook-url">
      <div class="head">
        <h3 id="webhook-url"><span class="visually-hidden">${t("webhookHeadingPrefix")} </span>${webhook.url}</h3>
        <span class="chip state ${webhook.enabled ? "on" : "off"}">${t(webhook.enabled ? "webhookOn" : "webhookOff")}</span>
      </div>
      ${webhook.description ? html`<p class="description">${webhook.description}</p>` : nothing}
      <p class="events">
        <span class="label">${t("webhookEventsLabel")}:</span>
        ${webhook.events.map((type) => html`<span class="chip" title=${t(webhookEventLabels[type])}><code>${type}</code></span>`)}
      </p>
      ${stoppedByKontor
        ? html`<div class="notice error stopped">
            <p class="notice-title">${icons.warning} ${t("webhookStoppedTitle")}</p>
            <p class="reason">${webhook.disabledReason}</p>
            <p>${t("webhookStoppedAdvice")}</p>
          </div>`
        : nothing}
      ${!webhook.enabled && !stoppedByKontor ? html`<p class="hint">${t("webhookOffHint")}</p>` : nothing}
      ${webhook.enabled && webhook.failingSince
        ? html`<div class="notice failing">
            <p>${icons.warning} ${t("webhookFailingSince")} ${this.#time(webhook.failingSince)}. ${t("webhookFailingAdvice")}</p>
          </div>`
        : nothing}
      <div class="actions" role="group" aria-labelledby="webhook-url">
        <button class="button secondary small" type="button" aria-expanded=${this.logOpen ? "true" : "false"} aria-controls="log" @click=${() => this.#toggleLog()}>
          ${t(this.logOpen ? "webhookHideLog" : "webhookShowLog")}
        </button>
        <button class="button secondary small" type="button" ?disabled=${this.busy !== ""} @click=${() => void this.#setEnabled(!webhook.enabled)}>
          ${t(webhook.enabled ? "webhookTurnOff" : "webhookTurnOn")}
        </button>
        <button class="button danger small" type="button" ?disabled=${this.busy !== ""} @click=${(event: Event) => void this.#delete(event)}>${icons.trash} ${t("webhookDelete")}</button>
      </div>
      ${this.problem ? html`<p class="notice error problem" role="alert">${this.problem}</p>` : nothing}
      <section id="log" class="log" aria-labelledby="log-heading" ?hidden=${!this.logOpen}>
        <h4 id="log-heading">${t("webhookDeliveriesHeading")}</h4>
        ${this.logOpen
          ? html`<kontor-delivery-log .state=${this.#log.state} locale=${this.#locale.locale} @kontor-delivery-log-request=${(event: DeliveryLogRequestEvent) => this.#onLogRequest(event)}></kontor-delivery-log>`
          : nothing}
      </section>
      <kontor-confirm-dialog></kontor-confirm-dialog>
    </article>`;
  }
}
