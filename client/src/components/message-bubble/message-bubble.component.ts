import { LitElement, html, nothing, type TemplateResult } from "lit";
import { icons } from "../icons.ts";
import { linkify } from "../../conversations/linkify.ts";
import type { TimelineItem } from "../../conversations/timeline.ts";
import { formatFullDateTime, formatTime } from "../../i18n/relative-time.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import type { MediaSource } from "../../media/authenticated-media.ts";
import { loadInlineImages } from "../../media/inline-images.ts";
import { sanitizeHtmlToFragment } from "../../security/sanitize-html.ts";
import { sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { MessageActionEvent, type MessageAction } from "./message-action-event.ts";
import { messageBubbleStyles } from "./message-bubble.styles.ts";

type MediaState = { state: "idle" } | { state: "loading" } | { state: "ready"; url: string } | { state: "failed" };

const automaticLabels: Record<string, AnyMessageKey> = { greeting: "automaticGreeting", away: "automaticAway", notice: "automaticNotice" };
const externalRel = "noopener noreferrer nofollow";

/** Bytes in the units people know: "840 kB", "2.4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value);
}

/**
 * One message of a conversation. Text is shown as text; Matrix HTML only
 * through the sanitiser, appended as a parsed fragment (never re-parsed
 * from a string). Kontor's automatic messages and staff notes have a look
 * and a label of their own, so nobody takes them for what a person wrote
 * to the other side.
 */
export class MessageBubble extends LitElement {
  static override properties = {
    item: { attribute: false },
    locale: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
    showAuthor: { type: Boolean, attribute: "show-author" },
    actions: { type: Boolean },
    media: { attribute: false },
    mediaState: { state: true },
  };

  static override styles = [...sharedStyles, controlStyles, messageBubbleStyles];

  declare item: TimelineItem | undefined;
  declare locale: string;
  declare timeZone: string;
  declare showAuthor: boolean;
  declare actions: boolean;
  declare media: MediaSource | undefined;
  declare mediaState: MediaState;
  readonly #t = new SignedInLocaleController(this);
  #shownHtml: string | undefined;
  #shownMedia: MediaSource | undefined;
  #mediaFor: string | undefined;

  constructor() {
    super();
    this.item = undefined;
    this.locale = "en";
    this.timeZone = "UTC";
    this.showAuthor = true;
    this.actions = true;
    this.media = undefined;
    this.mediaState = { state: "idle" };
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has("item") || changed.has("media")) && this.item?.kind === "image" && this.item.media && this.media) {
      const url = this.item.media.url;
      if (url !== this.#mediaFor) {
        this.#mediaFor = url;
        void this.#loadImage(url);
      }
    }
  }

  override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>(".formatted");
    const source = this.item?.formattedBody;
    if (!container || source === undefined) {
      this.#shownHtml = undefined;
      return;
    }
    // Images need the media source: shown again when it arrives after the text.
    if (source === this.#shownHtml && this.media === this.#shownMedia && container.childNodes.length > 0) return;
    this.#shownHtml = source;
    this.#shownMedia = this.media;
    container.replaceChildren(sanitizeHtmlToFragment(source));
    loadInlineImages(container, this.media);
  }

  async #loadImage(url: string): Promise<void> {
    const media = this.media;
    if (!media) return;
    this.mediaState = { state: "loading" };
    try {
      const objectUrl = await media.objectUrl(url, { thumbnail: { width: 800, height: 600 } });
      if (this.#mediaFor === url) this.mediaState = { state: "ready", url: objectUrl };
    } catch {
      if (this.#mediaFor === url) this.mediaState = { state: "failed" };
    }
  }

  async #download(event: Event): Promise<void> {
    const item = this.item;
    if (!item?.media || !this.media) return;
    event.preventDefault();
    try {
      const url = await this.media.objectUrl(item.media.url);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = item.media.name || "download";
      anchor.rel = externalRel;
      this.renderRoot.append(anchor);
      anchor.click();
      anchor.remove();
    } catch {
      this.mediaState = { state: "failed" };
    }
  }

  #act(action: MessageAction): void {
    if (this.item) this.dispatchEvent(new MessageActionEvent(action, this.item.id));
  }

  #text(text: string): TemplateResult[] {
    return linkify(text).map((part) => (part.kind === "link" ? html`<a href=${part.href} target="_blank" rel=${externalRel}>${part.text}</a>` : html`${part.text}`));
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    if (item.kind === "automatic") return this.#renderAutomatic(item);
    if (item.kind === "command") return this.#renderCommand(item);
    const t = this.#t.t.bind(this.#t);
    const note = item.kind === "note";
    const classes = ["bubble", `side-${item.side}`, note ? "note" : "", item.mine ? "mine" : "", item.redacted ? "redacted" : ""].filter(Boolean).join(" ");
    return html`
      <article class=${classes} aria-label=${this.#summary(item)}>
        ${this.showAuthor || note
          ? html`<p class="author">
              ${note ? html`<span class="tag note-tag">${t("noteLabel")}</span>` : nothing}
              <span class="name">${item.author}</span>
            </p>`
          : nothing}
        ${item.replyTo ? this.#renderReply(item.replyTo) : nothing}
        ${this.#renderBody(item)}
        ${item.reactions.length > 0
          ? html`<ul class="reactions" aria-label=${t("reactionsLabel")}>
              ${item.reactions.map((reaction) => html`<li class="chip ${reaction.mine ? "accent" : ""}">${reaction.key} <span>${reaction.count}</span></li>`)}
            </ul>`
          : nothing}
        <p class="meta">
          <time datetime=${new Date(item.ts).toISOString()} title=${formatFullDateTime(new Date(item.ts), this.locale, this.timeZone)}
            >${formatTime(new Date(item.ts), this.locale, this.timeZone)}</time
          >
          ${item.edited ? html`<span class="edited">· ${t("messageEdited")}</span>` : nothing} ${this.#renderDelivery(item)}
        </p>
        ${this.#renderActions(item)}
      </article>
    `;
  }

  #summary(item: TimelineItem): string {
    const t = this.#t.t.bind(this.#t);
    const time = formatFullDateTime(new Date(item.ts), this.locale, this.timeZone);
    return item.kind === "note" ? t("noteSummary", { author: item.author, time }) : t("messageSummary", { author: item.author, time });
  }

  #renderReply(reply: NonNullable<TimelineItem["replyTo"]>) {
    const t = this.#t.t.bind(this.#t);
    return html`<blockquote class="reply">
      <span class="reply-author">${reply.author ?? t("replyUnknownAuthor")}</span>
      <span class="reply-text">${reply.text ?? t("replyNotLoaded")}</span>
    </blockquote>`;
  }

  #renderBody(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    if (item.redacted) return html`<p class="body removed">${t("messageRemoved")}</p>`;
    switch (item.kind) {
      case "encrypted":
        return html`<p class="body removed">${t("messageEncrypted")}</p>`;
      case "unsupported":
        return html`<p class="body removed">${t("messageUnsupported")}</p>`;
      case "image":
        return this.#renderImage(item);
      case "file":
        return this.#renderFile(item);
      default:
        return item.formattedBody !== undefined ? html`<div class="body formatted"></div>` : html`<p class="body text">${this.#text(item.body)}</p>`;
    }
  }

  #renderImage(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    const media = item.media;
    const state = this.mediaState;
    const alt = media?.name || t("imageAlt");
    if (state.state === "ready") {
      // Width and height as attributes keep the layout still while the image decodes.
      const width = media?.width && media.height ? Math.min(media.width, 320) : undefined;
      const height = width && media?.width && media.height ? Math.round((media.height / media.width) * width) : undefined;
      return html`<a class="image-link" href=${state.url} target="_blank" rel=${externalRel} title=${t("imageOpen")}>
        <img class="image" src=${state.url} alt=${alt} width=${width ?? nothing} height=${height ?? nothing} />
      </a>`;
    }
    if (state.state === "failed") return html`<p class="body removed">${t("imageFailed", { name: alt })}</p>`;
    return html`<div class="image-placeholder" role="img" aria-label=${t("imageLoading", { name: alt })}>${icons.image}</div>`;
  }

  #renderFile(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    const media = item.media;
    const name = media?.name || t("fileUnnamed");
    const size = media?.size ? formatBytes(media.size, this.locale) : "";
    return html`<p class="body file">
      <span class="file-icon">${icons.file}</span>
      <a href="#" @click=${(event: Event) => void this.#download(event)}>${t("fileDownload", { name })}</a>
      ${size ? html`<span class="file-size">${size}</span>` : nothing}
      ${this.mediaState.state === "failed" ? html`<span class="field-error">${t("fileFailed")}</span>` : nothing}
    </p>`;
  }

  #renderDelivery(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    switch (item.delivery) {
      case "sending":
        return html`<span class="delivery">· ${t("deliverySending")}</span>`;
      case "failed":
        return html`<span class="delivery failed">· ${t("deliveryFailed")}</span>`;
      case "read":
        return html`<span class="delivery read" title=${t("deliveryReadHint")}>· <span aria-hidden="true">✓✓</span> ${t("deliveryRead")}</span>`;
      case "sent":
        return html`<span class="delivery"><span aria-hidden="true">· ✓</span> ${t("deliverySent")}</span>`;
      default:
        return nothing;
    }
  }

  #renderActions(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    if (item.delivery === "failed") {
      return html`<div class="actions visible">
        <button class="text-button" type="button" @click=${() => this.#act("retry")}>${t("actionRetry")}</button>
        <button class="text-button danger" type="button" @click=${() => this.#act("discard")}>${t("actionDiscard")}</button>
      </div>`;
    }
    // Notes stay in the team: answering one as a reply to the customer would make no sense.
    if (!this.actions || item.redacted || item.delivery === "sending" || item.kind === "note") return nothing;
    return html`<div class="actions">
      <button class="text-button" type="button" aria-label=${t("actionReplyTo", { author: item.author })} @click=${() => this.#act("reply")}>${t("actionReply")}</button>
      ${item.editable ? html`<button class="text-button" type="button" @click=${() => this.#act("edit")}>${t("actionEdit")}</button>` : nothing}
    </div>`;
  }

  #renderAutomatic(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    const label = t(automaticLabels[item.automatic ?? "notice"] ?? "automaticNotice");
    return html`<aside class="system automatic kind-${item.automatic ?? "notice"}" aria-label=${label}>
      <p class="system-label">${icons.info} ${label} · <span class="system-from">${item.author}</span></p>
      <p class="system-text">${this.#text(item.body)}</p>
      <p class="meta"><time datetime=${new Date(item.ts).toISOString()}>${formatTime(new Date(item.ts), this.locale, this.timeZone)}</time></p>
    </aside>`;
  }

  #renderCommand(item: TimelineItem) {
    const t = this.#t.t.bind(this.#t);
    return html`<aside class="system command" aria-label=${t("commandLabel")}>
      <p class="system-label">${t("commandLabel")} · ${item.author}</p>
      <p class="system-text command-text">${item.body}</p>
    </aside>`;
  }
}
