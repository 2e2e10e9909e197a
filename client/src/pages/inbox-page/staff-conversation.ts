import { defineElement } from "../../components/define.ts";
import { StaffConversationView } from "./staff-conversation.component.ts";

export { StaffConversationView, ConversationChangedEvent } from "./staff-conversation.component.ts";

defineElement("kontor-staff-conversation", StaffConversationView);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-staff-conversation": StaffConversationView;
  }
}
