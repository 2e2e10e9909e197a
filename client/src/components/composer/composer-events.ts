/** What the composer tells the conversation around it. */

export type ComposerMode = "reply" | "note";

/** Enter (or the send button) with text in the field. */
export class ComposerSendEvent extends Event {
  static readonly eventName = "kontor-compose-send";
  readonly text: string;
  readonly mode: ComposerMode;

  constructor(text: string, mode: ComposerMode) {
    super(ComposerSendEvent.eventName, { bubbles: true, composed: true });
    this.text = text;
    this.mode = mode;
  }
}

/** Starts or stops "typing…" for the other side (sent at most every few seconds). */
export class ComposerTypingEvent extends Event {
  static readonly eventName = "kontor-compose-typing";
  readonly typing: boolean;

  constructor(typing: boolean) {
    super(ComposerTypingEvent.eventName, { bubbles: true, composed: true });
    this.typing = typing;
  }
}

/** Files chosen to send. */
export class ComposerAttachEvent extends Event {
  static readonly eventName = "kontor-compose-attach";
  readonly files: File[];

  constructor(files: File[]) {
    super(ComposerAttachEvent.eventName, { bubbles: true, composed: true });
    this.files = files;
  }
}

/** The reply or edit shown above the field was cancelled (button or Escape). */
export class ComposerCancelEvent extends Event {
  static readonly eventName = "kontor-compose-cancel";

  constructor() {
    super(ComposerCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Arrow up in an empty field: edit the last own message, as in most chat apps. */
export class ComposerEditLastEvent extends Event {
  static readonly eventName = "kontor-compose-edit-last";

  constructor() {
    super(ComposerEditLastEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Switched between a reply to the customer and an internal note. */
export class ComposerModeEvent extends Event {
  static readonly eventName = "kontor-compose-mode";
  readonly mode: ComposerMode;

  constructor(mode: ComposerMode) {
    super(ComposerModeEvent.eventName, { bubbles: true, composed: true });
    this.mode = mode;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-compose-send": ComposerSendEvent;
    "kontor-compose-typing": ComposerTypingEvent;
    "kontor-compose-attach": ComposerAttachEvent;
    "kontor-compose-cancel": ComposerCancelEvent;
    "kontor-compose-edit-last": ComposerEditLastEvent;
    "kontor-compose-mode": ComposerModeEvent;
  }
}
