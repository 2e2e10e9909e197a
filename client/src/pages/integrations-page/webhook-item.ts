import { defineElement } from "../../components/define.ts";
import { WebhookItem } from "./webhook-item.component.ts";

export { WebhookItem } from "./webhook-item.component.ts";
export { WebhookChangedEvent, WebhookDeletedEvent } from "./webhook-item-events.ts";

defineElement("kontor-webhook-item", WebhookItem);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-webhook-item": WebhookItem;
  }
}
