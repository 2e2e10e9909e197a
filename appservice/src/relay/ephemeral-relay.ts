import { isKontorUser } from "../conversations/ghosts.ts";
import type { EphemeralEvent } from "../matrix/transaction-schema.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import type { RelayDeps } from "./relay-deps.ts";

/**
 * Typing notifications and read receipts, carried across a conversation:
 * the customer's show in the staff room through the ghost; staff's show in
 * the customer room as the business's. Best effort: nothing is stored, and a
 * failure is only logged.
 */
export class EphemeralRelay {
  readonly #deps: RelayDeps;
  /** Last typing state sent per target room, so only changes are sent. */
  readonly #typing = new Map<string, boolean>();

  constructor(deps: RelayDeps) {
    this.#deps = deps;
  }

  handle(events: readonly EphemeralEvent[]): void {
    for (const event of events) {
      void this.#handleOne(event).catch((error: unknown) => this.#deps.logger.debug("ephemeral relay failed", { type: event.type, error }));
    }
  }

  async #handleOne(event: EphemeralEvent): Promise<void> {
    if (!event.room_id) return;
    const located = this.#deps.conversations.byRoom(event.room_id);
    if (!located || located.conversation.setupState !== "active") return;
    const { conversation } = located;
    const business = this.#deps.businesses.get(conversation.businessSlug);
    if (!business || !conversation.customerRoomId || !conversation.staffRoomId) return;
    const fromCustomer = located.side === "customer";
    const isRelevant = (userId: string) =>
      fromCustomer
        ? userId === conversation.customerId
        : !isKontorUser(this.#deps.namespaces, userId) && this.#deps.businesses.staffRole(business.profile.slug, userId) !== undefined;
    const actor = new UserIntent(this.#deps.client, fromCustomer ? conversation.ghostId : business.userId);
    const targetRoom = fromCustomer ? conversation.staffRoomId : conversation.customerRoomId;

    if (event.type === "m.typing") {
      const userIds = Array.isArray(event.content.user_ids) ? (event.content.user_ids as unknown[]).map(String) : [];
      const typing = userIds.some(isRelevant);
      if ((this.#typing.get(targetRoom) ?? false) === typing) return;
      this.#typing.set(targetRoom, typing);
      await actor.setTyping(targetRoom, typing);
      return;
    }
    if (event.type === "m.receipt") {
      for (const [eventId, receipts] of Object.entries(event.content)) {
        const readers = Object.keys(((receipts as Record<string, unknown>)["m.read"] as Record<string, unknown> | undefined) ?? {});
        if (!readers.some(isRelevant)) continue;
        const counterpart = this.#deps.relayed.counterpart(eventId);
        if (counterpart) await actor.sendReadReceipt(targetRoom, counterpart);
      }
    }
  }
}
