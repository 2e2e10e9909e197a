import { sanitizeMatrixHtml, stripReplyFallbackHtml, stripReplyFallbackText } from "./sanitize-html.ts";

/** Marks a relayed event with the event it stands for, so a retried relay can find it. */
export const SOURCE_KEY = "eu.kontor.source";

export type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Message fields that are relayed; anything else (client-specific extras) stays behind. */
const messageKeys = ["msgtype", "body", "format", "formatted_body", "url", "info", "filename", "geo_uri", "m.mentions"];
const infoKeys = ["mimetype", "size", "w", "h", "duration", "thumbnail_url", "thumbnail_info"];

function pick(source: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

/** The text and HTML parts of a message, without reply fallbacks and with HTML sanitised. */
function cleanMessage(content: JsonObject): JsonObject {
  const clean = pick(content, messageKeys);
  if (typeof clean.body === "string") clean.body = stripReplyFallbackText(clean.body);
  if (isObject(clean.info)) clean.info = pick(clean.info, infoKeys);
  if (typeof clean.url === "string" && !clean.url.startsWith("mxc://")) delete clean.url;
  if (clean.format === "org.matrix.custom.html" && typeof clean.formatted_body === "string") {
    clean.formatted_body = sanitizeMatrixHtml(stripReplyFallbackHtml(clean.formatted_body));
  } else {
    delete clean.format;
    delete clean.formatted_body;
  }
  // Mentions name users of the other side's room; they do not carry over.
  delete clean["m.mentions"];
  return clean;
}

export type EventIdMapper = (eventId: string) => string | undefined;

/**
 * The `m.relates_to` of a relayed event, pointing at the counterparts of the
 * events it relates to. Returns null when the relation is essential (an
 * edit or a reaction) but its target was never relayed: the event cannot be
 * relayed then. A reply to an unrelayed event becomes a plain message.
 */
export function mapRelation(relatesTo: unknown, map: EventIdMapper): JsonObject | undefined | null {
  if (!isObject(relatesTo)) return undefined;
  const relType = relatesTo.rel_type;
  if (relType === "m.replace" || relType === "m.annotation") {
    const target = typeof relatesTo.event_id === "string" ? map(relatesTo.event_id) : undefined;
    if (!target) return null;
    return relType === "m.annotation" ? { rel_type: relType, event_id: target, key: relatesTo.key } : { rel_type: relType, event_id: target };
  }
  const replyTo = isObject(relatesTo["m.in_reply_to"]) ? relatesTo["m.in_reply_to"].event_id : undefined;
  const mapped = typeof replyTo === "string" ? map(replyTo) : undefined;
  return mapped ? { "m.in_reply_to": { event_id: mapped } } : undefined;
}

/**
 * The content of a relayed `m.room.message` or `m.sticker`, or undefined
 * when it cannot be relayed (an edit of something never relayed).
 */
export function relayMessageContent(content: JsonObject, map: EventIdMapper, sourceEventId: string): JsonObject | undefined {
  const relation = mapRelation(content["m.relates_to"], map);
  if (relation === null) return undefined;
  const relayed = cleanMessage(content);
  if (isObject(content["m.new_content"])) relayed["m.new_content"] = cleanMessage(content["m.new_content"]);
  if (relation) relayed["m.relates_to"] = relation;
  relayed[SOURCE_KEY] = sourceEventId;
  return relayed;
}

/** A reaction's content on the other side, or undefined when its target was never relayed. */
export function relayReactionContent(content: JsonObject, map: EventIdMapper, sourceEventId: string): JsonObject | undefined {
  const relation = mapRelation(content["m.relates_to"], map);
  if (!relation || relation.rel_type !== "m.annotation" || typeof relation.key !== "string") return undefined;
  return { "m.relates_to": relation, [SOURCE_KEY]: sourceEventId };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);

/** Adds the agent's name in front of a text message (and its edit), for businesses that sign replies. */
export function signContent(content: JsonObject, agentName: string): JsonObject {
  const sign = (message: JsonObject): JsonObject => {
    if (!["m.text", "m.notice", "m.emote"].includes(String(message.msgtype)) || typeof message.body !== "string") return message;
    const html = message.format === "org.matrix.custom.html" && typeof message.formatted_body === "string" ? message.formatted_body : escapeHtml(message.body).replace(/\n/g, "<br>");
    return {
      ...message,
      body: `${agentName}: ${message.body}`,
      format: "org.matrix.custom.html",
      formatted_body: `<strong>${escapeHtml(agentName)}</strong>: ${html}`,
    };
  };
  const signed = sign(content);
  if (isObject(content["m.new_content"])) signed["m.new_content"] = sign(content["m.new_content"]);
  return signed;
}

/** A one-line preview for inbox lists. */
export function previewOf(content: JsonObject): string {
  const msgtype = String(content.msgtype ?? "");
  const labels: Record<string, string> = { "m.image": "📷", "m.file": "📎", "m.audio": "🎵", "m.video": "🎬", "m.location": "📍" };
  const body = typeof content.body === "string" ? stripReplyFallbackText(content.body) : "";
  const text = labels[msgtype] ? `${labels[msgtype]} ${body}` : body;
  return text.replace(/\s+/g, " ").trim().slice(0, 140);
}
