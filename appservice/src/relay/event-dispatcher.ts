import type { BusinessRecord } from "../businesses/business-repository.ts";
import { businessLocale } from "../businesses/profile-room-content.ts";
import { KIND_KEY } from "../conversations/auto-replies.ts";
import { isKontorUser } from "../conversations/ghosts.ts";
import { type HandlingContext, NotReadyError } from "../matrix/event-processor.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import type { InboundEvent } from "../store/inbox-repository.ts";
import type { CustomerRoomHandler } from "./customer-room-handler.ts";
import { contentOf, type RelayDeps } from "./relay-deps.ts";
import type { StaffRoomHandler } from "./staff-room-handler.ts";

/**
 * Routes each stored event to what handles it: invites of business users
 * and joins of profile rooms start conversations; events in customer and
 * staff rooms go to their handlers; everything else is ignored.
 */
export class EventDispatcher {
  readonly #deps: RelayDeps;
  readonly #customerRooms: CustomerRoomHandler;
  readonly #staffRooms: StaffRoomHandler;

  constructor(deps: RelayDeps, handlers: { customerRooms: CustomerRoomHandler; staffRooms: StaffRoomHandler }) {
    this.#deps = deps;
    this.#customerRooms = handlers.customerRooms;
    this.#staffRooms = handlers.staffRooms;
  }

  async handle(event: InboundEvent, context: HandlingContext): Promise<void> {
    const { businesses, conversations, namespaces } = this.#deps;
    const content = contentOf(event);
    const fromOutside = !isKontorUser(namespaces, event.sender);
    if (event.type === "m.room.member" && content.membership === "invite" && event.state_key && fromOutside) {
      const business = businesses.getByUserId(event.state_key);
      if (business?.setupState === "ready" && event.room_id) return this.#invited(event, event.room_id, business);
    }
    if (!event.room_id) return;
    const located = conversations.byRoom(event.room_id);
    if (located) {
      const business = businesses.get(located.conversation.businessSlug);
      if (!business || located.conversation.setupState === "declined" || located.conversation.setupState === "closed") return;
      // A staff member can answer in the staff room before the start finished
      // in the customer room's lane; such events wait instead of being lost.
      if (located.conversation.setupState === "starting") throw new NotReadyError(`conversation ${located.conversation.id} is still starting`);
      const roomContext = { event, conversation: located.conversation, business, mayHaveActed: context.previousAttempts > 0 };
      return located.side === "customer" ? this.#customerRooms.handle(roomContext) : this.#staffRooms.handle(roomContext);
    }
    const business = businesses.getByRoomId(event.room_id);
    if (business && business.profileRoomId === event.room_id && event.type === "m.room.member" && content.membership === "join") {
      if (fromOutside && event.state_key === event.sender) return this.#joinedProfileRoom(event, business);
    }
  }

  /** A customer invited a business to a room: the business joins and the conversation starts (or declines, when suspended). */
  async #invited(event: InboundEvent, roomId: string, business: BusinessRecord): Promise<void> {
    const intent = new UserIntent(this.#deps.client, business.userId);
    if (business.profile.status === "suspended") {
      await intent.join(roomId);
      const text =
        businessLocale(business.profile) === "de"
          ? `${business.profile.name} nimmt über Kontor derzeit keine Nachrichten an.`
          : `${business.profile.name} is not accepting messages through Kontor at the moment.`;
      await intent.sendEvent(roomId, "m.room.message", { msgtype: "m.notice", body: text, [KIND_KEY]: "notice" }, `kontor.declined.${event.event_id}`);
      await intent.leave(roomId);
      return;
    }
    const existing = this.#deps.conversations.byRoom(roomId);
    if (existing) {
      await intent.join(roomId);
      return;
    }
    await this.#deps.starter.start({ business, customerId: event.sender, origin: "invite", startKey: `invite:${roomId}`, customerRoomId: roomId });
  }

  /**
   * A customer joined a profile room: the business invites them to a private
   * conversation, unless they are still in one with the business.
   */
  async #joinedProfileRoom(event: InboundEvent, business: BusinessRecord): Promise<void> {
    if (business.profile.status !== "active") return;
    const { conversations, client } = this.#deps;
    const latest = conversations.latestOf(business.profile.slug, event.sender);
    if (latest?.customerRoomId && latest.setupState === "active") {
      const intent = new UserIntent(client, business.userId);
      const member = await intent.getState<{ membership?: string }>(latest.customerRoomId, "m.room.member", event.sender);
      if (member?.membership === "join" || member?.membership === "invite") {
        const text =
          businessLocale(business.profile) === "de" ? "Schön, dass du da bist! Schreib uns einfach hier." : "Good to see you! Just write to us here.";
        await intent.sendEvent(latest.customerRoomId, "m.room.message", { msgtype: "m.notice", body: text, [KIND_KEY]: "notice" }, `kontor.welcome-back.${event.event_id}`);
        return;
      }
    }
    await this.#deps.starter.start({ business, customerId: event.sender, origin: "profile_room", startKey: `join:${event.event_id}` });
  }
}
