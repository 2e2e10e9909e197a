import { defineElement } from "../define.ts";
import { ConversationList } from "./conversation-list.component.ts";

export { ConversationList, logoPath, type ConversationEntry } from "./conversation-list.component.ts";

defineElement("kontor-conversation-list", ConversationList);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-conversation-list": ConversationList;
  }
}
