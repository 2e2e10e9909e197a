import { businessLocale } from "../businesses/profile-room-content.ts";
import { isKontorUser } from "../conversations/ghosts.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { previewOf, relayMessageContent, relayReactionContent, signContent, type JsonObject } from "./content.ts";
import { contentOf, redactedEventId, timestampOf, type RelayDeps, type RoomEventContext } from "./relay-deps.ts";
import { relayTxnId } from "./relay-sender.ts";
import { recordRelayedMessage } from "./record-message.ts";
import { runStaffCommand } from "./staff-commands.ts";

/** Thread replies and `!note ...` are internal notes: they never reach the customer. */
export function isInternalNote(content: JsonObject): boolean {
  const relation = content["m.relates_to"] as JsonObject | undefined;
  if (relation?.rel_type === "m.thread") return true;
  return typeof content.body === "string" && /^!note(\s|$)/i.test(content.body.trim());
}

/**
 * Events in a staff room. Staff messages go to the customer as the business
 * (signed with the agent's name if the business wants that); notes stay;
 * `!commands` change the conversation. Only the business's staff count.
 */
export class StaffRoomHandler {
  readonly #deps: RelayDeps;

  constructor(deps: RelayDeps) {
    this.#deps = deps;
  }

  async handle(context: RoomEventContext): Promise<void> {
    const { event, business } = context;
    if (isKontorUser(this.#deps.namespaces, event.sender)) return;
    const role = this.#deps.businesses.staffRole(business.profile.slug, event.sender);
    if (!role) return this.#outsider(context);
    switch (event.type) {
      case "m.room.message":
        return this.#message(context);
      case "m.sticker":
        return this.#relay(context, contentOf(event));
      case "m.reaction":
        return this.#reaction(context);
      case "m.room.redaction":
        return this.#redaction(context);
      default:
        return;
    }
  }

  async #message(context: RoomEventContext): Promise<void> {
    const { event, conversation, business } = context;
    const content = contentOf(event);
    const body = typeof content.body === "string" ? content.body.trim() : "";
    if (isInternalNote(content)) return this.#note(context, body.replace(/^!note\s*/i, ""));
    if (body.startsWith("!") && !(content["m.relates_to"] as JsonObject | undefined)?.rel_type) {
      const answer = await runStaffCommand(body, {
        conversation,
        sender: event.sender,
        timeZone: business.profile.hours.timeZone,
        staffRole: (userId) => this.#deps.businesses.staffRole(business.profile.slug, userId),
        service: this.#deps.service,
        now: this.#deps.now(),
        locale: businessLocale(business.profile),
      });
      if (!conversation.staffRoomId) return;
      await new UserIntent(this.#deps.client, business.userId).sendEvent(
        conversation.staffRoomId,
        "m.room.message",
        { msgtype: "m.notice", body: answer, "m.relates_to": { "m.in_reply_to": { event_id: event.event_id } } },
        `kontor.command.${relayTxnId(event.event_id)}`,
      );
      return;
    }
    return this.#relay(context, content);
  }

  async #relay({ event, conversation, business, mayHaveActed }: RoomEventContext, source: JsonObject): Promise<void> {
    const { sender, relayed, settings, messages, service, client, now } = this.#deps;
    let content = relayMessageContent(source, (id) => relayed.counterpart(id), event.event_id);
    if (!content || !conversation.customerRoomId) return;
    const agentName = (await new UserIntent(client, business.userId).getProfile(event.sender)).displayname ?? event.sender;
    if (settings.get(business.profile.slug).signReplies) content = signContent(content, agentName);
    await sender.send({
      conversationId: conversation.id,
      sourceEventId: event.event_id,
      direction: "to_customer",
      targetRoomId: conversation.customerRoomId,
      asUser: business.userId,
      type: event.type,
      content,
      mayHaveSent: mayHaveActed,
    });
    const at = timestampOf(event, now());
    const isNew = recordRelayedMessage(messages, { conversationId: conversation.id, eventId: event.event_id, kind: "business", sender: event.sender, agent: agentName, source, relayed: content, at });
    if (!isNew) return;
    await service.businessWrote(conversation.id, at, previewOf(content));
  }

  #note({ event, conversation }: RoomEventContext, text: string): void {
    this.#deps.messages.insert({
      conversationId: conversation.id,
      eventId: event.event_id,
      kind: "note",
      sender: event.sender,
      msgtype: "m.text",
      body: text,
      createdAt: timestampOf(event, this.#deps.now()),
    });
  }

  async #reaction({ event, conversation, business, mayHaveActed }: RoomEventContext): Promise<void> {
    const content = relayReactionContent(contentOf(event), (id) => this.#deps.relayed.counterpart(id), event.event_id);
    if (!content || !conversation.customerRoomId) return;
    await this.#deps.sender.send({
      conversationId: conversation.id,
      sourceEventId: event.event_id,
      direction: "to_customer",
      targetRoomId: conversation.customerRoomId,
      asUser: business.userId,
      type: "m.reaction",
      content,
      mayHaveSent: mayHaveActed,
    });
  }

  async #redaction({ event, conversation, business }: RoomEventContext): Promise<void> {
    const { relayed, sender, messages, client, now } = this.#deps;
    const redacted = redactedEventId(event);
    if (redacted) messages.redact(redacted, timestampOf(event, now()));
    const target = redacted ? relayed.counterpart(redacted) : undefined;
    if (!target || !conversation.customerRoomId || relayed.bySource(event.event_id)) return;
    const redactionId = await new UserIntent(client, business.userId).redact(conversation.customerRoomId, target, relayTxnId(event.event_id));
    sender.record({ conversationId: conversation.id, sourceEventId: event.event_id, direction: "to_customer", targetRoomId: conversation.customerRoomId }, redactionId);
  }

  /** Someone who is not staff: their events are ignored; if they joined, they are removed. */
  async #outsider({ event, conversation, business }: RoomEventContext): Promise<void> {
    if (event.type !== "m.room.member" || contentOf(event).membership !== "join" || !event.state_key || !conversation.staffRoomId) return;
    if (this.#deps.businesses.staffRole(business.profile.slug, event.state_key) || isKontorUser(this.#deps.namespaces, event.state_key)) return;
    await new UserIntent(this.#deps.client, business.userId)
      .kick(conversation.staffRoomId, event.state_key, "Only the business's staff may be in this room.")
      .catch((error: unknown) => this.#deps.logger.warn("could not remove a non-staff member from a staff room", { member: event.state_key, error }));
  }
}
