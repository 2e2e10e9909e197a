import type { Webhook } from "../../api/webhooks.ts";

/** A webhook was turned on or off: the list shows the API's answer. */
export class WebhookChangedEvent extends Event {
  static readonly eventName = "kontor-webhook-changed";
  readonly webhook: Webhook;

  constructor(webhook: Webhook) {
    super(WebhookChangedEvent.eventName, { bubbles: true, composed: true });
    this.webhook = webhook;
  }
}

/** A webhook was deleted. */
export class WebhookDeletedEvent extends Event {
  static readonly eventName = "kontor-webhook-deleted";
  readonly webhook: Webhook;

  constructor(webhook: Webhook) {
    super(WebhookDeletedEvent.eventName, { bubbles: true, composed: true });
    this.webhook = webhook;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-webhook-changed": WebhookChangedEvent;
    "kontor-webhook-deleted": WebhookDeletedEvent;
  }
}
