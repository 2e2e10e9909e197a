/**
 * Turns a room's events into what a conversation shows: messages with
 * their latest edit applied, replies with the message they answer,
 * reactions counted, automatic messages and internal notes told apart,
 * and own messages marked sent or read. Plain data in, plain data out: the
 * Matrix SDK is only the source of the events (see room-timeline.ts).
 */

/** An event as the mapping needs it; the SDK's MatrixEvent is converted into this. */
export interface RawEvent {
  /** The event ID, or the transaction ID of a local echo that is not sent yet. */
  id: string;
  type: string;
  sender: string;
  content: Record<string, unknown>;
  ts: number;
  redacted?: boolean;
  /** Local echo: not yet accepted by the homeserver, or failed. */
  status?: "sending" | "failed";
}

export type AutomaticKind = "greeting" | "away" | "notice";

export interface MediaInfo {
  /** mxc:// URI. */
  url: string;
  mimetype: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  name: string;
}

export interface ReplyPreview {
  eventId: string;
  /** Undefined when the answered message is not loaded. */
  author: string | undefined;
  text: string | undefined;
}

export interface Reaction {
  key: string;
  count: number;
  mine: boolean;
}

export type DeliveryState = "sending" | "failed" | "sent" | "read";

export interface TimelineItem {
  id: string;
  sender: string;
  /** Who wrote it, as shown: the business's name, a colleague's name, "You". */
  author: string;
  mine: boolean;
  /** Which side of the conversation wrote it: shown at the start or the end of the line. */
  side: "them" | "us";
  ts: number;
  kind: "text" | "image" | "file" | "automatic" | "note" | "command" | "unsupported" | "encrypted";
  /** For kind "automatic": greeting, away message or notice from Kontor. */
  automatic?: AutomaticKind;
  /** Plain text, reply fallback removed. */
  body: string;
  /** Matrix HTML (org.matrix.custom.html), to be sanitised before showing. */
  formattedBody?: string;
  media?: MediaInfo;
  replyTo?: ReplyPreview;
  edited: boolean;
  redacted: boolean;
  reactions: Reaction[];
  /** Own messages only. */
  delivery?: DeliveryState;
  /** Own text messages that may be edited. */
  editable: boolean;
}

export interface TimelineContext {
  /** The signed-in person. */
  me: string;
  /**
   * "customer": the customer's own room with the business.
   * "staff": a staff room, where the customer speaks through a ghost and notes and commands live.
   */
  view: "customer" | "staff";
  /** The business's Matrix user. */
  businessUserId: string;
  /** Whether a user belongs to the business's side (staff, the business itself). */
  isStaff(userId: string): boolean;
  displayName(userId: string): string;
  /** Event IDs up to which the other side has read (their read receipts). */
  readUpTo: readonly string[];
  /** How "you" is written. */
  youLabel: string;
}

const kindKey = "eu.kontor.kind";
const automaticKinds: readonly string[] = ["greeting", "away", "notice"];

function relation(content: Record<string, unknown>): Record<string, unknown> | undefined {
  const value = content["m.relates_to"];
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

function string(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function number(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Removes the "> <@alice:example.org> quoted" lines that older clients put before a reply. */
export function stripReplyFallback(body: string): string {
  const lines = body.split("\n");
  if (!lines[0]?.startsWith("> ")) return body;
  let index = 0;
  while (index < lines.length && lines[index]?.startsWith("> ")) index += 1;
  if (lines[index] === "") index += 1;
  return lines.slice(index).join("\n");
}

/** Staff notes: thread replies and messages starting with `!note`, as the relay treats them. */
export function isInternalNote(content: Record<string, unknown>): boolean {
  if (relation(content)?.rel_type === "m.thread") return true;
  if (content[kindKey] === "note") return true;
  const body = string(content.body);
  return body !== undefined && /^!note(\s|$)/i.test(body.trim());
}

function isCommand(content: Record<string, unknown>): boolean {
  const body = string(content.body)?.trim() ?? "";
  return body.startsWith("!") && !/^!note(\s|$)/i.test(body) && relation(content)?.rel_type === undefined;
}

function mediaOf(content: Record<string, unknown>): MediaInfo | undefined {
  const url = string(content.url);
  if (!url?.startsWith("mxc://")) return undefined;
  const info = typeof content.info === "object" && content.info !== null ? (content.info as Record<string, unknown>) : {};
  return {
    url,
    mimetype: string(info.mimetype) ?? null,
    size: number(info.size),
    width: number(info.w),
    height: number(info.h),
    name: string(content.filename) ?? string(content.body) ?? "",
  };
}

interface Edit {
  content: Record<string, unknown>;
  ts: number;
}

/** The content shown for a message: its newest edit by the same sender, if any. */
function latestEdits(events: readonly RawEvent[]): Map<string, Edit> {
  const senders = new Map(events.map((event) => [event.id, event.sender]));
  const edits = new Map<string, Edit>();
  for (const event of events) {
    const rel = relation(event.content);
    if (event.redacted || rel?.rel_type !== "m.replace") continue;
    const target = string(rel.event_id);
    const newContent = event.content["m.new_content"];
    if (!target || typeof newContent !== "object" || newContent === null) continue;
    // Only the author may edit a message; an edit by anyone else is ignored.
    if (senders.get(target) !== event.sender) continue;
    const previous = edits.get(target);
    if (!previous || previous.ts <= event.ts) edits.set(target, { content: newContent as Record<string, unknown>, ts: event.ts });
  }
  return edits;
}

function reactionsOf(events: readonly RawEvent[], me: string): Map<string, Reaction[]> {
  const byTarget = new Map<string, Map<string, { senders: Set<string> }>>();
  for (const event of events) {
    if (event.type !== "m.reaction" || event.redacted) continue;
    const rel = relation(event.content);
    const target = string(rel?.event_id);
    const key = string(rel?.key);
    if (rel?.rel_type !== "m.annotation" || !target || !key) continue;
    const keys = byTarget.get(target) ?? new Map<string, { senders: Set<string> }>();
    const entry = keys.get(key) ?? { senders: new Set<string>() };
    entry.senders.add(event.sender);
    keys.set(key, entry);
    byTarget.set(target, keys);
  }
  const result = new Map<string, Reaction[]>();
  for (const [target, keys] of byTarget) {
    result.set(
      target,
      [...keys].map(([key, { senders }]) => ({ key, count: senders.size, mine: senders.has(me) })),
    );
  }
  return result;
}

/** What a message is about at a glance, for reply quotes: "📷 photo.png", the first line of text. */
export function previewText(item: Pick<TimelineItem, "kind" | "body" | "redacted" | "media">): string {
  if (item.redacted) return "";
  const first = item.body.split("\n").find((line) => line.trim() !== "") ?? "";
  if (item.kind === "image" || item.kind === "file") return item.media?.name || first;
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

function kindOf(event: RawEvent, content: Record<string, unknown>, context: TimelineContext): TimelineItem["kind"] {
  if (event.type === "m.room.encrypted") return "encrypted";
  if (event.type === "m.sticker") return mediaOf(content) ? "image" : "unsupported";
  const marker = string(event.content[kindKey]);
  if (marker && automaticKinds.includes(marker) && event.sender === context.businessUserId) return "automatic";
  if (context.view === "staff") {
    if (isInternalNote(event.content)) return "note";
    // Kontor's answers to commands, and the commands themselves, are for the team only.
    if (event.sender === context.businessUserId && content.msgtype === "m.notice") return "command";
    if (context.isStaff(event.sender) && isCommand(event.content)) return "command";
  }
  switch (content.msgtype) {
    case "m.text":
    case "m.notice":
    case "m.emote":
      return "text";
    case "m.image":
      return mediaOf(content) ? "image" : "text";
    case "m.file":
    case "m.audio":
    case "m.video":
      return mediaOf(content) ? "file" : "text";
    default:
      return typeof content.body === "string" ? "text" : "unsupported";
  }
}

/** Which side wrote a message: the customer side ("them" for staff) or the business side. */
function sideOf(sender: string, context: TimelineContext): "them" | "us" {
  if (context.view === "customer") return sender === context.me ? "us" : "them";
  return context.isStaff(sender) || sender === context.businessUserId ? "us" : "them";
}

function isShown(event: RawEvent): boolean {
  if (event.type !== "m.room.message" && event.type !== "m.sticker" && event.type !== "m.room.encrypted") return false;
  // Edits change the message they point at; they are not shown on their own.
  return relation(event.content)?.rel_type !== "m.replace";
}

/** Maps events (oldest first) to timeline items. */
export function buildTimeline(events: readonly RawEvent[], context: TimelineContext): TimelineItem[] {
  const edits = latestEdits(events);
  const reactions = reactionsOf(events, context.me);
  const items: TimelineItem[] = [];
  const byId = new Map<string, TimelineItem>();
  const readIndex = Math.max(-1, ...context.readUpTo.map((id) => events.findIndex((event) => event.id === id)));
  const readTs = readIndex >= 0 ? (events[readIndex]?.ts ?? -1) : -1;

  for (const event of events) {
    if (!isShown(event)) continue;
    const edit = edits.get(event.id);
    const content = event.redacted ? {} : (edit?.content ?? event.content);
    const kind = event.redacted ? "text" : kindOf(event, content, context);
    const mine = event.sender === context.me;
    let body = event.redacted ? "" : stripReplyFallback(string(content.body) ?? "");
    if (kind === "note") body = body.replace(/^\s*!note\s*/i, "");
    if (kind === "note" && event.sender === context.businessUserId) body = body.replace(/^📝\s*/u, "");
    // Kontor's automatic messages start with "🤖 " for plain Matrix clients; here a label says so, and some systems lack the glyph.
    if (string(event.content[kindKey])) body = body.replace(/^🤖\uFE0F? /u, "");
    const format = string(content.format);
    const formatted = format === "org.matrix.custom.html" ? string(content.formatted_body) : undefined;
    const replyId = string((relation(event.content)?.["m.in_reply_to"] as Record<string, unknown> | undefined)?.event_id);
    let delivery: DeliveryState | undefined;
    if (mine) {
      if (event.status) delivery = event.status;
      else delivery = readTs >= 0 && event.ts <= readTs ? "read" : "sent";
    }
    const item: TimelineItem = {
      id: event.id,
      sender: event.sender,
      author: mine ? context.youLabel : context.displayName(event.sender),
      mine,
      side: sideOf(event.sender, context),
      ts: event.ts,
      kind,
      body,
      edited: edit !== undefined && !event.redacted,
      redacted: event.redacted === true,
      reactions: event.redacted ? [] : (reactions.get(event.id) ?? []),
      // Notes are not edited: an edit of a note would not be recognised as a note any more.
      editable: mine && !event.redacted && !event.status && kind === "text" && content.msgtype !== "m.emote",
    };
    if (kind === "automatic") item.automatic = string(event.content[kindKey]) as AutomaticKind;
    // Notes and commands are plain text: `!note <b>` must not render as HTML.
    if (formatted && kind !== "note" && kind !== "command") item.formattedBody = formatted;
    const media = kind === "image" || kind === "file" ? mediaOf(content) : undefined;
    if (media) item.media = media;
    if (replyId && !event.redacted) {
      const answered = byId.get(replyId);
      item.replyTo = { eventId: replyId, author: answered?.author, text: answered ? previewText(answered) : undefined };
    }
    // Notes stay in the team: "read" by the customer means nothing for them.
    if (delivery && (kind !== "note" || delivery === "failed" || delivery === "sending")) item.delivery = delivery;
    items.push(item);
    byId.set(item.id, item);
  }
  return items;
}

/**
 * The newest message someone else wrote: what a read receipt should point
 * at. A message, not a state change: Kontor carries receipts on messages
 * across to the other side, and a receipt on the staff room's topic change
 * would tell the customer nothing.
 */
export function lastEventFromOthers(events: readonly Pick<RawEvent, "id" | "type" | "sender" | "status">[], me: string): Pick<RawEvent, "id"> | undefined {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (!event || event.sender === me || event.status || !event.id.startsWith("$")) continue;
    if (event.type === "m.room.message" || event.type === "m.sticker") return event;
  }
  return undefined;
}
