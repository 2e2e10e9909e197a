import { businessLocale } from "../businesses/profile-room-content.ts";
import { awayMessage, KIND_KEY } from "../conversations/auto-replies.ts";
import { customerNameOf, ghostDisplayName } from "../conversations/ghosts.ts";
import type { Conversation } from "../conversations/conversation.ts";
import type { BusinessRecord } from "../businesses/business-repository.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { previewOf, relayMessageContent, relayReactionContent } from "./content.ts";
import { contentOf, redactedEventId, timestampOf, type RelayDeps, type RoomEventContext } from "./relay-deps.ts";
import { relayTxnId } from "./relay-sender.ts";
import { recordRelayedMessage } from "./record-message.ts";

/**
 * Events in a customer room: the customer's messages, reactions, edits and
 * redactions go to the staff room as the customer's ghost. Events from
 * anyone but the customer are ignored.
 */
export class CustomerRoomHandler {
  readonly #deps: RelayDeps;

  constructor(deps: RelayDeps) {
    this.#deps = deps;
  }

  async handle(context: RoomEventContext): Promise<void> {
    const { event, conversation, business } = context;
    if (event.type === "m.room.member") return this.#membership(context);
    if (event.sender !== conversation.customerId) return;
    switch (event.type) {
      case "m.room.message":
      case "m.sticker":
        return this.#message(context);
      case "m.reaction":
        return this.#reaction(context);
      case "m.room.redaction":
        return this.#redaction(context);
      case "m.room.encryption":
      case "m.room.encrypted":
        return this.#encrypted(conversation, business);
      default:
        return;
    }
  }

  async #message({ event, conversation, business, mayHaveActed }: RoomEventContext): Promise<void> {
    const { sender, messages, service, relayed } = this.#deps;
    const source = contentOf(event);
    const content = relayMessageContent(source, (id) => relayed.counterpart(id), event.event_id);
    if (!content || !conversation.staffRoomId) return;
    await sender.send({
      conversationId: conversation.id,
      sourceEventId: event.event_id,
      direction: "to_staff",
      targetRoomId: conversation.staffRoomId,
      asUser: conversation.ghostId,
      type: event.type,
      content,
      mayHaveSent: mayHaveActed,
    });
    const at = timestampOf(event, this.#deps.now());
    const isNew = recordRelayedMessage(messages, { conversationId: conversation.id, eventId: event.event_id, kind: "customer", sender: event.sender, source, relayed: content, at });
    if (!isNew) return;
    const updated = await service.customerWrote(conversation.id, at, previewOf(content));
    await this.#sendAwayMessage(updated, business);
  }

  /** Outside opening hours: one away message per closed period and conversation. */
  async #sendAwayMessage(conversation: Conversation, business: BusinessRecord): Promise<void> {
    const { settings, conversations, messages, client, now } = this.#deps;
    const away = awayMessage(business.profile, settings.get(business.profile.slug), new Date(now()));
    if (!away || conversation.awayNoticeFor === away.periodKey || !conversation.customerRoomId) return;
    const intent = new UserIntent(client, business.userId);
    const content = { msgtype: "m.notice", body: away.text, [KIND_KEY]: "away" };
    const eventId = await intent.sendEvent(conversation.customerRoomId, "m.room.message", content, `kontor.away.${conversation.id}.${away.periodKey}`);
    if (conversation.staffRoomId) {
      await intent.sendEvent(conversation.staffRoomId, "m.room.message", { ...content, body: `🤖 ${away.text}` }, `kontor.away-staff.${conversation.id}.${away.periodKey}`);
    }
    messages.insert({ conversationId: conversation.id, eventId, kind: "auto", sender: business.userId, msgtype: "m.notice", body: away.text, createdAt: now() });
    conversations.update(conversation.id, { awayNoticeFor: away.periodKey });
  }

  async #reaction({ event, conversation, mayHaveActed }: RoomEventContext): Promise<void> {
    const content = relayReactionContent(contentOf(event), (id) => this.#deps.relayed.counterpart(id), event.event_id);
    if (!content || !conversation.staffRoomId) return;
    await this.#deps.sender.send({
      conversationId: conversation.id,
      sourceEventId: event.event_id,
      direction: "to_staff",
      targetRoomId: conversation.staffRoomId,
      asUser: conversation.ghostId,
      type: "m.reaction",
      content,
      mayHaveSent: mayHaveActed,
    });
  }

  async #redaction({ event, conversation }: RoomEventContext): Promise<void> {
    const { relayed, sender, messages, client, now } = this.#deps;
    const redacted = redactedEventId(event);
    const target = redacted ? relayed.counterpart(redacted) : undefined;
    if (!redacted || !target || !conversation.staffRoomId || relayed.bySource(event.event_id)) return;
    const reason = contentOf(event).reason;
    const redactionId = await new UserIntent(client, conversation.ghostId).redact(
      conversation.staffRoomId,
      target,
      relayTxnId(event.event_id),
      typeof reason === "string" ? reason : undefined,
    );
    sender.record({ conversationId: conversation.id, sourceEventId: event.event_id, direction: "to_staff", targetRoomId: conversation.staffRoomId }, redactionId);
    messages.redact(redacted, timestampOf(event, now()));
  }

  /** Kontor cannot read encrypted rooms: tell the customer what to do and flag the conversation for staff. */
  async #encrypted(conversation: Conversation, business: BusinessRecord): Promise<void> {
    if (conversation.encrypted || !conversation.customerRoomId) return;
    const { client, service, publicUrl } = this.#deps;
    const intent = new UserIntent(client, business.userId);
    const locale = businessLocale(business.profile);
    const link = `${publicUrl}/b/${business.profile.slug}`;
    const text =
      locale === "de"
        ? `Dieses Gespräch ist jetzt Ende-zu-Ende-verschlüsselt. ${business.profile.name} kann verschlüsselte Nachrichten leider nicht lesen. Bitte starte einen neuen Chat ohne Verschlüsselung mit ${business.profile.name} oder schreib uns über ${link}.`
        : `This conversation is now end-to-end encrypted. ${business.profile.name} cannot read encrypted messages. Please start a new chat with ${business.profile.name} with encryption turned off, or write to us at ${link}.`;
    await intent.sendEvent(conversation.customerRoomId, "m.room.message", { msgtype: "m.notice", body: text, [KIND_KEY]: "notice" }, `kontor.encrypted.${conversation.id}`);
    if (conversation.staffRoomId) {
      const staffText =
        locale === "de"
          ? "⚠ Die Kundin oder der Kunde hat die Verschlüsselung eingeschaltet. Kontor kann die Nachrichten nicht mehr lesen; sie wurden gebeten, ohne Verschlüsselung neu zu schreiben."
          : "⚠ The customer turned on encryption. Kontor can no longer read their messages; they were asked to write again without encryption.";
      await intent.sendEvent(conversation.staffRoomId, "m.room.message", { msgtype: "m.notice", body: staffText }, `kontor.encrypted-staff.${conversation.id}`);
    }
    await service.change(conversation.id, () => ({ encrypted: true }));
  }

  /**
   * The customer's display name is known for sure once they are in the room
   * (before, their homeserver may not share their profile): name the ghost
   * and the staff room after it.
   */
  async #customerJoined({ event, conversation, business }: RoomEventContext): Promise<void> {
    const displayName = contentOf(event).displayname;
    const name = customerNameOf(conversation.customerId, typeof displayName === "string" ? displayName : undefined);
    if (name === conversation.customerName) return;
    const { client, conversations } = this.#deps;
    conversations.update(conversation.id, { customerName: name });
    await new UserIntent(client, conversation.ghostId).setDisplayName(ghostDisplayName(name, businessLocale(business.profile)));
    if (conversation.staffRoomId) await new UserIntent(client, business.userId).sendState(conversation.staffRoomId, "m.room.name", "", { name });
  }

  async #membership(context: RoomEventContext): Promise<void> {
    const { event, conversation, business } = context;
    const membership = contentOf(event).membership;
    const member = event.state_key;
    if (member === conversation.customerId && (membership === "leave" || membership === "ban")) {
      if (conversation.staffRoomId) {
        const text = businessLocale(business.profile) === "de" ? "Die Kundin oder der Kunde hat das Gespräch verlassen." : "The customer left the conversation.";
        await new UserIntent(this.#deps.client, business.userId).sendEvent(conversation.staffRoomId, "m.room.message", { msgtype: "m.notice", body: text }, `kontor.left.${event.event_id}`);
      }
      await this.#deps.service.setStatus(conversation.id, "resolved");
      return;
    }
    if (member === conversation.customerId && membership === "join") return this.#customerJoined(context);
    // Nobody but the customer and the business belongs in a customer room.
    if (membership === "join" && member && conversation.customerRoomId && member !== conversation.customerId && member !== business.userId) {
      await new UserIntent(this.#deps.client, business.userId)
        .kick(conversation.customerRoomId, member, "This is a private conversation between a customer and a business.")
        .catch((error: unknown) => this.#deps.logger.warn("could not remove a third party from a customer room", { member, error }));
    }
  }
}
