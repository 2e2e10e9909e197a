import { defineElement } from "../../components/define.ts";
import { StaffConversationView } from "./staff-conversation.component.ts";

export { StaffConversationView } from "./staff-conversation.component.ts";
export { ConversationChangedEvent } from "./conversation-changed-event.ts";

defineElement("kontor-staff-conversation", StaffConversationView);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-staff-conversation": StaffConversationView;
  }
}
