import { LitElement, html, nothing } from "lit";
import { icons } from "../icons.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import {
  ComposerAttachEvent,
  ComposerCancelEvent,
  ComposerEditLastEvent,
  ComposerModeEvent,
  ComposerSendEvent,
  ComposerTypingEvent,
  type ComposerMode,
} from "./composer-events.ts";
import { composerStyles } from "./composer.styles.ts";

/** A quoted message above the field: what is being answered or edited. */
export interface ComposerContext {
  kind: "reply" | "edit";
  author: string;
  text: string;
}

/** Typing is announced again after this long, and ends after this long without a keystroke. */
const typingRepeatMs = 3_000;
const typingIdleMs = 5_000;
const maxRows = 8;

/**
 * The message field of a conversation: Enter sends, Shift+Enter starts a
 * new line, Escape cancels a reply or an edit, arrow up edits the last own
 * message. Staff get a switch between a reply to the customer and an
 * internal note, which changes the field's look so nobody mixes them up.
 */
export class Composer extends LitElement {
  static override properties = {
    label: { type: String },
    placeholder: { type: String },
    disabled: { type: Boolean, reflect: true },
    disabledReason: { type: String, attribute: "disabled-reason" },
    allowNotes: { type: Boolean, attribute: "allow-notes" },
    allowAttachments: { type: Boolean, attribute: "allow-attachments" },
    mode: { type: String, reflect: true },
    context: { attribute: false },
    text: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, controlStyles, composerStyles];

  declare label: string;
  declare placeholder: string;
  declare disabled: boolean;
  declare disabledReason: string;
  declare allowNotes: boolean;
  declare allowAttachments: boolean;
  declare mode: ComposerMode;
  declare context: ComposerContext | null;
  declare text: string;
  readonly #locale = new SignedInLocaleController(this);
  #typingSentAt = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.label = "";
    this.placeholder = "";
    this.disabled = false;
    this.disabledReason = "";
    this.allowNotes = false;
    this.allowAttachments = true;
    this.mode = "reply";
    this.context = null;
    this.text = "";
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTyping();
  }

  get #field(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector("textarea");
  }

  override focus(): void {
    this.#field?.focus();
  }

  /** Puts text into the field (a canned reply at the cursor, or the message being edited). */
  insertText(value: string, options: { replace?: boolean } = {}): void {
    const field = this.#field;
    if (options.replace || !field) {
      this.text = value;
    } else {
      const start = field.selectionStart ?? this.text.length;
      const end = field.selectionEnd ?? this.text.length;
      this.text = `${this.text.slice(0, start)}${value}${this.text.slice(end)}`;
    }
    void this.updateComplete.then(() => {
      const target = this.#field;
      if (!target) return;
      target.focus();
      target.setSelectionRange(this.text.length, this.text.length);
    });
  }

  clear(): void {
    this.text = "";
  }

  #onInput(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (this.text.trim() === "") {
      this.#stopTyping();
      return;
    }
    const now = Date.now();
    if (now - this.#typingSentAt > typingRepeatMs) {
      this.#typingSentAt = now;
      this.dispatchEvent(new ComposerTypingEvent(true));
    }
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#stopTyping(), typingIdleMs);
  }

  #stopTyping(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    if (this.#typingSentAt === 0) return;
    this.#typingSentAt = 0;
    this.dispatchEvent(new ComposerTypingEvent(false));
  }

  #onKeyDown(event: KeyboardEvent): void {
    // An input method composing a character uses Enter to confirm it.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === "Enter" && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#send();
      return;
    }
    if (event.key === "Escape" && this.context) {
      event.preventDefault();
      event.stopPropagation();
      this.dispatchEvent(new ComposerCancelEvent());
      return;
    }
    if (event.key === "ArrowUp" && this.text === "" && !this.context) {
      event.preventDefault();
      this.dispatchEvent(new ComposerEditLastEvent());
    }
  }

  #send(): void {
    const text = this.text.trim();
    if (!text || this.disabled) return;
    this.#stopTyping();
    this.dispatchEvent(new ComposerSendEvent(text, this.mode));
    this.text = "";
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#send();
    this.focus();
  }

  #setMode(mode: ComposerMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.dispatchEvent(new ComposerModeEvent(mode));
    this.focus();
  }

  #onModeKey(event: KeyboardEvent): void {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next = this.mode === "reply" ? "note" : "reply";
    this.#setMode(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[role="radio"][data-mode="${next}"]`)?.focus());
  }

  #onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) this.dispatchEvent(new ComposerAttachEvent(files));
  }

  #onPaste(event: ClipboardEvent): void {
    if (!this.allowAttachments || this.mode === "note") return;
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    this.dispatchEvent(new ComposerAttachEvent(files));
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const note = this.mode === "note";
    const label = this.label || t(note ? "composerNoteLabel" : "composerLabel");
    const rows = Math.min(maxRows, Math.max(1, this.text.split("\n").length));
    return html`
      <form class="composer ${note ? "note" : "reply"}" @submit=${this.#onSubmit}>
        ${this.allowNotes
          ? html`<div class="top-row">
              <div class="modes" role="radiogroup" aria-label=${t("composerModeLabel")} @keydown=${this.#onModeKey}>
                ${(["reply", "note"] as const).map(
                  (mode) => html`<button
                    type="button"
                    role="radio"
                    class="mode"
                    data-mode=${mode}
                    aria-checked=${this.mode === mode ? "true" : "false"}
                    tabindex=${this.mode === mode ? "0" : "-1"}
                    @click=${() => this.#setMode(mode)}
                  >
                    ${t(mode === "reply" ? "composerModeReply" : "composerModeNote")}
                  </button>`,
                )}
              </div>
              <slot name="tools"></slot>
            </div>`
          : nothing}
        ${this.context
          ? html`<div class="context" id="context">
              <span class="context-text">
                <strong>${t(this.context.kind === "reply" ? "composerReplyingTo" : "composerEditing", { author: this.context.author })}</strong>
                <span class="quote">${this.context.text}</span>
              </span>
              <button type="button" class="icon-button" aria-label=${t("composerCancel")} title=${t("composerCancelHint")} @click=${() => this.dispatchEvent(new ComposerCancelEvent())}>
                ${icons.close}
              </button>
            </div>`
          : nothing}
        ${note ? html`<p class="note-hint" id="note-hint">${t("composerNoteHint")}</p>` : nothing}
        <div class="row">
          ${this.allowAttachments && !note && !this.context
            ? html`<label class="icon-button attach" title=${t("composerAttach")}>
                ${icons.attach}<span class="visually-hidden">${t("composerAttach")}</span>
                <input class="file" type="file" multiple ?disabled=${this.disabled} @change=${this.#onFiles} />
              </label>`
            : nothing}
          <label class="visually-hidden" for="message">${label}</label>
          <textarea
            id="message"
            rows=${rows}
            .value=${this.text}
            placeholder=${this.disabled && this.disabledReason ? this.disabledReason : this.placeholder || label}
            ?disabled=${this.disabled}
            aria-describedby=${[this.context ? "context" : "", note ? "note-hint" : "", "keys"].filter(Boolean).join(" ")}
            enterkeyhint="send"
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @paste=${this.#onPaste}
            @blur=${() => this.#stopTyping()}
          ></textarea>
          <button class="button primary send" type="submit" ?disabled=${this.disabled || this.text.trim() === ""}>
            <span class="send-label">${t(note ? "composerSaveNote" : this.context?.kind === "edit" ? "composerSaveEdit" : "composerSend")}</span>
            <span class="send-icon">${icons.send}</span>
          </button>
        </div>
        <p class="keys" id="keys">${t("composerKeys")}</p>
      </form>
    `;
  }
}
