import { defineElement } from "../define.ts";
import { InboxList } from "./inbox-list.component.ts";

export { InboxList, LoadMoreConversationsEvent, customerName, type InboxEntry } from "./inbox-list.component.ts";

defineElement("kontor-inbox-list", InboxList);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-inbox-list": InboxList;
  }
}
