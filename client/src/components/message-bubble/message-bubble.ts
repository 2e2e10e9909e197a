import { defineElement } from "../define.ts";
import { MessageBubble } from "./message-bubble.component.ts";

export { MessageBubble, formatBytes } from "./message-bubble.component.ts";
export { MessageActionEvent, type MessageAction } from "./message-action-event.ts";

defineElement("kontor-message-bubble", MessageBubble);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-message-bubble": MessageBubble;
  }
}
