import { LitElement, html, nothing } from "lit";
import { icons } from "../icons.ts";
import { repeat } from "lit/directives/repeat.js";
import type { TimelineItem } from "../../conversations/timeline.ts";
import { dateIn } from "../../i18n/format.ts";
import { formatDayHeading } from "../../i18n/relative-time.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import type { MediaSource } from "../../media/authenticated-media.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import "../message-bubble/message-bubble.ts";
import { messageLogStyles } from "./message-log.styles.ts";

/** An upload on its way, shown at the end of the conversation. */
export interface PendingUpload {
  id: string;
  name: string;
  loaded: number;
  total: number;
  failed: boolean;
}

/** Asks for older messages (the "Load earlier messages" button). */
export class LoadOlderEvent extends Event {
  static readonly eventName = "kontor-load-older";

  constructor() {
    super(LoadOlderEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-load-older": LoadOlderEvent;
  }
}

/** A new author, a gap of more than five minutes or a new day starts a new group (the name is shown again). */
const groupGapMs = 5 * 60_000;

type Row = { kind: "day"; key: string; label: string } | { kind: "message"; key: string; item: TimelineItem; showAuthor: boolean };

export function rowsOf(items: readonly TimelineItem[], locale: string, timeZone: string, now: Date): Row[] {
  const rows: Row[] = [];
  let day = "";
  let previous: TimelineItem | undefined;
  for (const item of items) {
    const date = dateIn(new Date(item.ts), timeZone);
    if (date !== day) {
      day = date;
      previous = undefined;
      rows.push({ kind: "day", key: `day-${date}`, label: formatDayHeading(new Date(item.ts), now, locale, timeZone) });
    }
    const showAuthor = !previous || previous.sender !== item.sender || item.ts - previous.ts > groupGapMs || previous.kind === "automatic";
    rows.push({ kind: "message", key: item.id, item, showAuthor });
    previous = item;
  }
  return rows;
}

/**
 * The messages of a conversation as a log: screen readers hear new
 * messages as they arrive (aria-live), the view stays at the newest
 * message unless the reader scrolled up, and older messages load on request.
 */
export class MessageLog extends LitElement {
  static override properties = {
    items: { attribute: false },
    uploads: { attribute: false },
    typing: { attribute: false },
    media: { attribute: false },
    locale: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
    now: { attribute: false },
    canLoadOlder: { type: Boolean, attribute: "can-load-older" },
    loadingOlder: { type: Boolean, attribute: "loading-older" },
    label: { type: String },
    emptyText: { type: String, attribute: "empty-text" },
    hasNewBelow: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, messageLogStyles];

  declare items: readonly TimelineItem[];
  declare uploads: readonly PendingUpload[];
  declare typing: readonly string[];
  declare media: MediaSource | undefined;
  declare locale: string;
  declare timeZone: string;
  declare now: Date;
  declare canLoadOlder: boolean;
  declare loadingOlder: boolean;
  declare label: string;
  declare emptyText: string;
  declare hasNewBelow: boolean;
  readonly #t = new SignedInLocaleController(this);
  /** Whether the reader is at the newest message; kept on scroll, so layout changes cannot lose it. */
  #atBottom = true;
  #heightBefore = 0;
  #resizeObserver: ResizeObserver | undefined;
  #firstIdBefore: string | undefined;
  #lastIdBefore: string | undefined;

  constructor() {
    super();
    this.items = [];
    this.uploads = [];
    this.typing = [];
    this.media = undefined;
    this.locale = "en";
    this.timeZone = "UTC";
    this.now = new Date();
    this.canLoadOlder = false;
    this.loadingOlder = false;
    this.label = "";
    this.emptyText = "";
    this.hasNewBelow = false;
  }

  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector(".scroller");
  }

  override firstUpdated(): void {
    // The pane shrinks and grows (toolbars, the keyboard on phones, images decoding): stay at the newest message.
    this.#resizeObserver = new ResizeObserver(() => {
      if (this.#atBottom) this.#toBottom();
    });
    const scroller = this.#scroller;
    const log = this.renderRoot.querySelector(".log");
    if (scroller) this.#resizeObserver.observe(scroller);
    if (log) this.#resizeObserver.observe(log);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.#resizeObserver) this.firstUpdated();
  }

  override willUpdate(): void {
    this.#heightBefore = this.#scroller?.scrollHeight ?? 0;
  }

  #toBottom(): void {
    const scroller = this.#scroller;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  override updated(changed: Map<string, unknown>): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const first = this.items[0]?.id;
    const last = this.items.at(-1)?.id;
    if (changed.has("items") && this.#firstIdBefore !== undefined && first !== this.#firstIdBefore && last === this.#lastIdBefore) {
      // Older messages came in above: keep the reader where they were.
      scroller.scrollTop += scroller.scrollHeight - this.#heightBefore;
    } else if (this.#atBottom || (changed.has("items") && this.items.at(-1)?.mine && last !== this.#lastIdBefore)) {
      // At the newest message, or just sent one: show it.
      this.#toBottom();
      this.#atBottom = true;
    } else if (changed.has("items") && last !== this.#lastIdBefore) {
      this.hasNewBelow = true;
    }
    this.#firstIdBefore = first;
    this.#lastIdBefore = last;
  }

  /** Scrolls to the newest message. */
  scrollToEnd(): void {
    this.#toBottom();
    this.#atBottom = true;
    this.hasNewBelow = false;
  }

  #onScroll(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
    if (this.#atBottom && this.hasNewBelow) this.hasNewBelow = false;
  }

  override render() {
    const t = this.#t.t.bind(this.#t);
    const rows = rowsOf(this.items, this.locale, this.timeZone, this.now);
    return html`
      <div class="scroller" @scroll=${this.#onScroll}>
        ${this.canLoadOlder
          ? html`<p class="older">
              <button class="button secondary small" type="button" ?disabled=${this.loadingOlder} @click=${() => this.dispatchEvent(new LoadOlderEvent())}>
                ${t(this.loadingOlder ? "loadingOlder" : "loadOlder")}
              </button>
            </p>`
          : nothing}
        ${rows.length === 0 && !this.canLoadOlder && this.emptyText ? html`<p class="empty">${this.emptyText}</p>` : nothing}
        <ol class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label=${this.label || t("messagesLabel")}>
          ${repeat(
            rows,
            (row) => row.key,
            (row) =>
              row.kind === "day"
                ? html`<li class="day" role="separator" aria-label=${row.label}><span>${row.label}</span></li>`
                : html`<li class="row ${row.showAuthor ? "first" : ""}">
                    <kontor-message-bubble
                      .item=${row.item}
                      .media=${this.media}
                      locale=${this.locale}
                      time-zone=${this.timeZone}
                      .showAuthor=${row.showAuthor && !row.item.mine}
                    ></kontor-message-bubble>
                  </li>`,
          )}
          ${this.uploads.map(
            (upload) => html`<li class="row upload">
              <div class="upload-box ${upload.failed ? "failed" : ""}">
                <span class="upload-name">${icons.attach} ${upload.name}</span>
                ${upload.failed
                  ? html`<span class="upload-failed">${t("uploadFailed")}</span>`
                  : html`<progress max=${Math.max(upload.total, 1)} value=${upload.loaded} aria-label=${t("uploadProgress", { name: upload.name })}></progress>
                      <span class="upload-percent">${upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0} %</span>`}
              </div>
            </li>`,
          )}
        </ol>
      </div>
      <p class="typing" aria-live="polite">
        ${this.typing.length > 0
          ? html`<span class="dots" aria-hidden="true"><span></span><span></span><span></span></span>
              ${this.typing.length === 1 ? t("typingOne", { name: this.typing[0] ?? "" }) : t("typingMany", { names: this.typing.join(", ") })}`
          : nothing}
      </p>
      ${this.hasNewBelow
        ? html`<button class="button primary small new-below" type="button" @click=${() => this.scrollToEnd()}>${t("newMessagesBelow")} ${icons.arrowDown}</button>`
        : nothing}
    `;
  }
}
