import { createHash, randomUUID } from "node:crypto";
import type { BusinessRecord } from "../businesses/business-repository.ts";
import { KontorError } from "../errors/codes.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { previewOf, signContent } from "../relay/content.ts";
import type { RelayedEventRepository } from "../relay/relayed-events.ts";
import { KIND_KEY } from "./auto-replies.ts";
import type { Conversation } from "./conversation.ts";
import type { ConversationService } from "./conversation-service.ts";
import type { MessageRepository, StoredMessage } from "./message-repository.ts";
import type { SettingsRepository } from "./settings-repository.ts";

export interface BusinessRepliesDeps {
  client: HomeserverClient;
  service: ConversationService;
  messages: MessageRepository;
  settings: SettingsRepository;
  relayed: RelayedEventRepository;
  now?: () => number;
}

export interface ReplyRequest {
  body: string;
  /** Who wrote it, shown to staff (and to the customer when the business signs replies). */
  agent?: string;
  /** The same key sends once: a retried request returns the first message. */
  idempotencyKey?: string;
}

const txn = (prefix: string, key: string) => `kontor.${prefix}.${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;

/**
 * Replies and notes written outside Matrix (the web client, integrations).
 * A reply goes to the customer as the business and a copy to the staff room;
 * a note goes to the staff room only.
 */
export class BusinessReplies {
  readonly #deps: BusinessRepliesDeps;

  constructor(deps: BusinessRepliesDeps) {
    this.#deps = deps;
  }

  async reply(conversation: Conversation, business: BusinessRecord, request: ReplyRequest): Promise<StoredMessage> {
    const { client, settings, messages, relayed, service } = this.#deps;
    if (!conversation.customerRoomId || !conversation.staffRoomId) throw new KontorError("unavailable", "the conversation is still starting; try again in a moment");
    const key = `${conversation.id}:${request.idempotencyKey ?? randomUUID()}`;
    const intent = new UserIntent(client, business.userId);
    let content: Record<string, unknown> = { msgtype: "m.text", body: request.body };
    if (request.agent && settings.get(business.profile.slug).signReplies) content = signContent(content, request.agent);
    const customerEventId = await intent.sendEvent(conversation.customerRoomId, "m.room.message", content, txn("reply", key));
    const existing = messages.get(customerEventId);
    if (existing) return existing;
    const staffCopy = await intent.sendEvent(
      conversation.staffRoomId,
      "m.room.message",
      { msgtype: "m.text", body: `${request.agent ?? "API"}: ${request.body}`, [KIND_KEY]: "api-reply" },
      txn("reply-copy", key),
    );
    relayed.record({ sourceEventId: staffCopy, conversationId: conversation.id, targetRoomId: conversation.customerRoomId, targetEventId: customerEventId, direction: "to_customer" });
    const now = (this.#deps.now ?? Date.now)();
    messages.insert({ conversationId: conversation.id, eventId: customerEventId, kind: "business", sender: business.userId, agent: request.agent, msgtype: "m.text", body: request.body, createdAt: now });
    await service.businessWrote(conversation.id, now, previewOf(content));
    return messages.get(customerEventId) as StoredMessage;
  }

  async note(conversation: Conversation, business: BusinessRecord, request: ReplyRequest): Promise<StoredMessage> {
    const { client, messages } = this.#deps;
    if (!conversation.staffRoomId) throw new KontorError("unavailable", "the conversation is still starting; try again in a moment");
    const key = `${conversation.id}:${request.idempotencyKey ?? randomUUID()}`;
    const eventId = await new UserIntent(client, business.userId).sendEvent(
      conversation.staffRoomId,
      "m.room.message",
      { msgtype: "m.notice", body: `📝 ${request.agent ?? "API"}: ${request.body}`, [KIND_KEY]: "note" },
      txn("note", key),
    );
    messages.insert({ conversationId: conversation.id, eventId, kind: "note", sender: business.userId, agent: request.agent, msgtype: "m.text", body: request.body, createdAt: (this.#deps.now ?? Date.now)() });
    return messages.get(eventId) as StoredMessage;
  }
}
