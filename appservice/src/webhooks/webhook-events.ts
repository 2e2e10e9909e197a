import type { ConversationChange } from "../conversations/conversation-service.ts";
import type { StoredMessage } from "../conversations/message-repository.ts";
import type { Conversation } from "../conversations/conversation.ts";
import { conversationJson, messageJson } from "../conversations/views.ts";
import type { WebhookEventType, WebhookRepository } from "./webhook-repository.ts";

/** The body of a webhook: Standard Webhooks' `type`, `timestamp` and `data`. */
export function webhookPayload(type: WebhookEventType, at: number, business: string, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: new Date(at).toISOString(), business, data });
}

/**
 * Turns what happens in conversations into queued webhook deliveries. It is
 * called inside the store transaction that records the change, so an event
 * is queued exactly when the change is stored.
 */
export class WebhookEvents {
  readonly #webhooks: WebhookRepository;
  readonly #conversation: (id: string) => Conversation | undefined;
  readonly #wake: () => void;
  readonly #now: () => number;

  constructor(webhooks: WebhookRepository, conversation: (id: string) => Conversation | undefined, wake: () => void, now: () => number = Date.now) {
    this.#webhooks = webhooks;
    this.#conversation = conversation;
    this.#wake = wake;
    this.#now = now;
  }

  conversationChanged(change: ConversationChange): void {
    const { conversation } = change;
    const at = this.#now();
    const data = change.type === "conversation.updated" ? { conversation: conversationJson(conversation), changed: change.changed } : { conversation: conversationJson(conversation) };
    const queued = this.#webhooks.enqueue(conversation.businessSlug, change.type, conversation.id, () => webhookPayload(change.type, at, conversation.businessSlug, data));
    if (queued > 0) this.#wake();
  }

  messageCreated(message: StoredMessage): void {
    const conversation = this.#conversation(message.conversationId);
    if (!conversation) return;
    const at = this.#now();
    const queued = this.#webhooks.enqueue(conversation.businessSlug, "message.created", conversation.id, () =>
      webhookPayload("message.created", at, conversation.businessSlug, { conversation: conversationJson(conversation), message: messageJson(message) }),
    );
    if (queued > 0) this.#wake();
  }
}
