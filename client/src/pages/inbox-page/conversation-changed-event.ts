import type { StaffConversation } from "../../api/conversations.ts";

/** Tells the inbox that a conversation changed (status, assignee, labels), so the list follows. */
export class ConversationChangedEvent extends Event {
  static readonly eventName = "kontor-conversation-changed";
  readonly conversation: StaffConversation;

  constructor(conversation: StaffConversation) {
    super(ConversationChangedEvent.eventName, { bubbles: true, composed: true });
    this.conversation = conversation;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-conversation-changed": ConversationChangedEvent;
  }
}
