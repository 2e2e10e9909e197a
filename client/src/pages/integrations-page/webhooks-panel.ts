import { defineElement } from "../../components/define.ts";
import { WebhooksPanel } from "./webhooks-panel.component.ts";

export { WebhooksPanel } from "./webhooks-panel.component.ts";

defineElement("kontor-webhooks-panel", WebhooksPanel);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-webhooks-panel": WebhooksPanel;
  }
}
