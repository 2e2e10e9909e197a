import type { WebhookDraft } from "../../api/webhooks.ts";

/** The webhook form was sent with a draft that passed the local checks. */
export class WebhookSubmitEvent extends Event {
  static readonly eventName = "kontor-webhook-submit";
  readonly draft: WebhookDraft;

  constructor(draft: WebhookDraft) {
    super(WebhookSubmitEvent.eventName, { bubbles: true, composed: true });
    this.draft = draft;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-webhook-submit": WebhookSubmitEvent;
  }
}
