import type { MessageKind, MessageRepository } from "../conversations/message-repository.ts";
import type { JsonObject } from "./content.ts";

export interface RelayedMessage {
  conversationId: string;
  eventId: string;
  kind: MessageKind;
  sender: string;
  agent?: string;
  /** What the author wrote (before signing). */
  source: JsonObject;
  /** What was relayed (sanitised, relations mapped). */
  relayed: JsonObject;
  at: number;
}

/**
 * Records a relayed message for the API and webhooks: an edit changes the
 * original's text; anything else is a new message. Returns false for edits.
 */
export function recordRelayedMessage(messages: MessageRepository, message: RelayedMessage): boolean {
  const { source, relayed } = message;
  const relation = source["m.relates_to"] as JsonObject | undefined;
  if (relation?.rel_type === "m.replace" && typeof relation.event_id === "string") {
    const replacement = (relayed["m.new_content"] as JsonObject | undefined) ?? relayed;
    messages.edit(relation.event_id, String(replacement.body ?? ""), replacement.formatted_body as string | undefined, message.at);
    return false;
  }
  const info = relayed.info as JsonObject | undefined;
  messages.insert({
    conversationId: message.conversationId,
    eventId: message.eventId,
    kind: message.kind,
    sender: message.sender,
    agent: message.agent,
    msgtype: String(relayed.msgtype ?? "m.text"),
    body: String(source.body ?? ""),
    formattedBody: typeof relayed.formatted_body === "string" ? relayed.formatted_body : undefined,
    media: typeof relayed.url === "string" ? { url: relayed.url, mimetype: info?.mimetype as string | undefined, name: String(relayed.body ?? "") } : undefined,
    replyTo: ((relation?.["m.in_reply_to"] as JsonObject | undefined)?.event_id as string | undefined) ?? undefined,
    createdAt: message.at,
  });
  return true;
}
