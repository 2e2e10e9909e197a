import { LitElement, html, nothing } from "lit";
import { failureMessage } from "../../api/failure-message.ts";
import type { Delivery, DeliveryAttempt, DeliveryStatus } from "../../api/webhooks.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { formatFullDateTime, formatRelativeTime, userTimeZone } from "../../i18n/relative-time.ts";
import type { DeliveryLogState } from "../../integrations/delivery-log.ts";
import { attemptOutcome, formatDuration, formatTimeWithSeconds } from "../../integrations/delivery-text.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { icons } from "../icons.ts";
import { DeliveryLogRequestEvent } from "./delivery-log-event.ts";
import { deliveryLogStyles } from "./delivery-log.styles.ts";

const statusKeys: Record<DeliveryStatus, AnyMessageKey> = {
  delivered: "webhookDeliveryDelivered",
  pending: "webhookDeliveryPending",
  failed: "webhookDeliveryFailed",
};

const emptyState: DeliveryLogState = { deliveries: [], nextBefore: null, activity: "idle", loaded: false, failure: undefined };

/**
 * A webhook's delivery log: each event Kontor sent (or is still trying to
 * send), newest first, with its outcome in words and every attempt with
 * the receiver's answer. "Load older" and "Refresh" ask the owner of the
 * state (`DeliveryLogRequestEvent`); this element only shows it.
 */
export class DeliveryLogView extends LitElement {
  static override properties = {
    state: { attribute: false },
    locale: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, controlStyles, deliveryLogStyles];

  declare state: DeliveryLogState;
  declare locale: string;
  declare timeZone: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this, 30_000);

  constructor() {
    super();
    this.state = emptyState;
    this.locale = "en";
    this.timeZone = userTimeZone();
  }

  #request(action: "older" | "refresh"): void {
    this.dispatchEvent(new DeliveryLogRequestEvent(action));
  }

  #time(iso: string, style: "relative" | "seconds") {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return nothing;
    const shown = style === "relative" ? formatRelativeTime(instant, this.#clock.now(), this.locale, this.timeZone) : formatTimeWithSeconds(instant, this.locale, this.timeZone);
    return html`<time datetime=${instant.toISOString()} title=${formatFullDateTime(instant, this.locale, this.timeZone)}>${shown}</time>`;
  }

  #summary(): string {
    const t = this.#locale.t.bind(this.#locale);
    const { activity, loaded, deliveries } = this.state;
    if (activity === "loading" || (!loaded && !this.state.failure)) return t("webhookDeliveriesLoading");
    if (activity === "loading-older") return t("webhookDeliveriesLoadingOlder");
    if (!loaded) return "";
    return deliveries.length === 1 ? t("webhookDeliveriesShownOne") : t("webhookDeliveriesShownOther", { count: deliveries.length });
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const { deliveries, nextBefore, activity, loaded, failure } = this.state;
    const failureText = failure ? failureMessage(failure) : undefined;
    return html`
      <div class="toolbar">
        <p class="summary" role="status">${this.#summary()}</p>
        <button class="button secondary small" type="button" ?disabled=${activity === "loading" || activity === "refreshing"} @click=${() => this.#request("refresh")}>
          ${icons.refresh} ${t("webhookDeliveriesRefresh")}
        </button>
      </div>
      ${failureText ? html`<p class="notice error" role="alert">${t(failureText.key, failureText.params)}</p>` : nothing}
      ${loaded && deliveries.length === 0 ? html`<p class="none">${t("webhookDeliveriesEmpty")}</p>` : nothing}
      ${deliveries.length > 0 ? html`<ol class="deliveries">${deliveries.map((delivery) => this.#renderDelivery(delivery))}</ol>` : nothing}
      ${nextBefore !== null
        ? html`<button class="button secondary older" type="button" ?disabled=${activity === "loading-older"} @click=${() => this.#request("older")}>
            ${t(activity === "loading-older" ? "webhookDeliveriesLoadingOlder" : "webhookDeliveriesLoadOlder")}
          </button>`
        : nothing}
    `;
  }

  #renderDelivery(delivery: Delivery) {
    const t = this.#locale.t.bind(this.#locale);
    return html`<li class="delivery ${delivery.status}">
      <div class="delivery-head">
        <span class="chip status ${delivery.status}">${delivery.status === "delivered" ? icons.check : delivery.status === "failed" ? icons.warning : icons.clock} ${t(statusKeys[delivery.status])}</span>
        <code class="event-type">${delivery.eventType}</code>
        <span class="created">${this.#time(delivery.createdAt, "relative")}</span>
      </div>
      <p class="delivery-meta">
        ${delivery.status === "delivered" && delivery.deliveredAt ? html`<span>${t("webhookDeliveryDeliveredAt")} ${this.#time(delivery.deliveredAt, "seconds")}</span>` : nothing}
        ${delivery.status === "pending" && delivery.nextAttemptAt ? html`<span>${t("webhookDeliveryNextAttempt")} ${this.#time(delivery.nextAttemptAt, "seconds")}</span>` : nothing}
        ${delivery.status === "failed" ? html`<span>${t("webhookDeliveryGivenUp")}</span>` : nothing}
        <span class="delivery-id">${t("webhookDeliveryId")} <code>${delivery.id}</code></span>
      </p>
      ${delivery.attempts.length > 0
        ? html`<ol class="attempts" aria-label=${t("webhookDeliveryAttempts")}>${delivery.attempts.map((attempt) => this.#renderAttempt(attempt))}</ol>`
        : html`<p class="delivery-meta">${t("webhookDeliveryNoAttempt")}</p>`}
    </li>`;
  }

  #renderAttempt(attempt: DeliveryAttempt) {
    const t = this.#locale.t.bind(this.#locale);
    const outcome = attemptOutcome(attempt);
    return html`<li class="attempt ${outcome.ok ? "ok" : "failed"}">
      <span class="attempt-number">${t("webhookDeliveryAttemptNumber", { number: attempt.attempt })}</span>
      ${this.#time(attempt.at, "seconds")}
      <span class="outcome"><span class="visually-hidden">${t(outcome.ok ? "webhookDeliveryAttemptOk" : "webhookDeliveryAttemptFailed")} </span>${outcome.text}</span>
      <span class="duration">${formatDuration(attempt.durationMs, this.locale)}</span>
    </li>`;
  }
}
