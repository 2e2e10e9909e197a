import { defineElement } from "../../components/define.ts";
import { ConversationsPage } from "./conversations-page.component.ts";

export { ConversationsPage } from "./conversations-page.component.ts";

defineElement("kontor-conversations-page", ConversationsPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-conversations-page": ConversationsPage;
  }
}
