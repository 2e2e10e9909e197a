import { defineElement } from "../define.ts";
import { WebhookForm } from "./webhook-form.component.ts";

export { WebhookForm, webhookEventLabels } from "./webhook-form.component.ts";
export { WebhookSubmitEvent } from "./webhook-submit-event.ts";

defineElement("kontor-webhook-form", WebhookForm);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-webhook-form": WebhookForm;
  }
}
