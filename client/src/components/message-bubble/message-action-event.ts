export type MessageAction = "reply" | "edit" | "retry" | "discard";

/** A person chose an action on a message (answer it, edit it, send it again). */
export class MessageActionEvent extends Event {
  static readonly eventName = "kontor-message-action";
  readonly action: MessageAction;
  readonly messageId: string;

  constructor(action: MessageAction, messageId: string) {
    super(MessageActionEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
    this.messageId = messageId;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-message-action": MessageActionEvent;
  }
}
