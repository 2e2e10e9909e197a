import { defineElement } from "../../components/define.ts";
import { CustomerConversationView } from "./customer-conversation.component.ts";

export { CustomerConversationView } from "./customer-conversation.component.ts";

defineElement("kontor-customer-conversation", CustomerConversationView);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-customer-conversation": CustomerConversationView;
  }
}
