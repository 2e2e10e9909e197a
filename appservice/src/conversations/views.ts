import type { Conversation } from "./conversation.ts";
import type { StoredMessage } from "./message-repository.ts";

const iso = (value: number | undefined) => (value === undefined ? null : new Date(value).toISOString());

/** A conversation as the REST API and webhooks show it. */
export function conversationJson(conversation: Conversation): Record<string, unknown> {
  return {
    id: conversation.id,
    business: conversation.businessSlug,
    customer: { user_id: conversation.customerId, name: conversation.customerName ?? null },
    status: conversation.status,
    assignee: conversation.assignee ?? null,
    labels: conversation.labels,
    snoozed_until: iso(conversation.snoozedUntil),
    encrypted: conversation.encrypted,
    origin: conversation.origin,
    customer_room_id: conversation.customerRoomId ?? null,
    staff_room_id: conversation.staffRoomId ?? null,
    last_message_preview: conversation.lastMessagePreview ?? null,
    created_at: iso(conversation.createdAt),
    updated_at: iso(conversation.updatedAt),
    first_response_at: iso(conversation.firstResponseAt),
    last_customer_message_at: iso(conversation.lastCustomerMessageAt),
    last_business_message_at: iso(conversation.lastBusinessMessageAt),
  };
}

/** A message as the REST API and webhooks show it. */
export function messageJson(message: StoredMessage): Record<string, unknown> {
  return {
    id: message.eventId,
    seq: message.seq,
    conversation_id: message.conversationId,
    kind: message.kind,
    sender: message.sender,
    agent: message.agent ?? null,
    msgtype: message.msgtype,
    body: message.body,
    formatted_body: message.formattedBody ?? null,
    media: message.media ?? null,
    reply_to: message.replyTo ?? null,
    created_at: iso(message.createdAt),
    edited_at: iso(message.editedAt),
    redacted: message.redactedAt !== undefined,
  };
}
