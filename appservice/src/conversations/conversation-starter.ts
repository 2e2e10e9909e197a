import { randomBytes } from "node:crypto";
import type { BusinessRecord, BusinessRepository } from "../businesses/business-repository.ts";
import { aliasLocalpart, type Namespaces } from "../businesses/identifiers.ts";
import { businessLocale } from "../businesses/profile-room-content.ts";
import { KeyedLock } from "../concurrency/keyed-lock.ts";
import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { greetingText, KIND_KEY } from "./auto-replies.ts";
import { type Conversation, type ConversationOrigin, newConversationId } from "./conversation.ts";
import type { ConversationRepository } from "./conversation-repository.ts";
import type { ConversationService } from "./conversation-service.ts";
import { conversationAliases, customerNameOf, ghostDisplayName, ghostIdFor } from "./ghosts.ts";
import type { MessageRepository } from "./message-repository.ts";
import type { SettingsRepository } from "./settings-repository.ts";
import type { StaffRooms } from "./staff-room.ts";

export interface ConversationStarterDeps {
  client: HomeserverClient;
  namespaces: Namespaces;
  businesses: BusinessRepository;
  conversations: ConversationRepository;
  service: ConversationService;
  staffRooms: StaffRooms;
  settings: SettingsRepository;
  messages: MessageRepository;
  logger: Logger;
  now?: () => number;
}

export interface StartRequest {
  business: BusinessRecord;
  customerId: string;
  origin: ConversationOrigin;
  /** What started it (the invite or join event, an API request): the same key never starts two conversations. */
  startKey: string;
  /** For invites: the room the customer created. Otherwise the business creates one. */
  customerRoomId?: string;
}

/**
 * Starts conversations: joins or creates the customer room, sets up the
 * customer's ghost and the staff room, and greets the customer. Each step
 * looks at what exists first, so a start interrupted by a crash is
 * completed when its event is handled again.
 */
export class ConversationStarter {
  readonly #deps: ConversationStarterDeps;
  readonly #lock = new KeyedLock();
  readonly #now: () => number;

  constructor(deps: ConversationStarterDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  start(request: StartRequest): Promise<Conversation> {
    return this.#lock.run(request.startKey, () => this.#start(request));
  }

  async #start(request: StartRequest): Promise<Conversation> {
    const { conversations, namespaces } = this.#deps;
    const { business } = request;
    let conversation = conversations.byStartKey(request.startKey);
    if (conversation?.setupState === "active") return conversation;
    if (!conversation) {
      const now = this.#now();
      conversation = {
        id: newConversationId(() => randomBytes(12)),
        businessSlug: business.profile.slug,
        customerId: request.customerId,
        ghostId: ghostIdFor(namespaces, request.customerId),
        startKey: request.startKey,
        origin: request.origin,
        setupState: "starting",
        customerRoomId: request.customerRoomId,
        status: "open",
        labels: [],
        encrypted: false,
        greeted: false,
        createdAt: now,
        updatedAt: now,
      };
      conversations.insert(conversation);
    }
    const businessIntent = new UserIntent(this.#deps.client, business.userId);

    if (!conversation.customerRoomId) {
      const customerRoomId = await this.#createCustomerRoom(conversation, business);
      conversations.update(conversation.id, { customerRoomId });
      await businessIntent.deleteAlias(conversationAliases(namespaces, business.profile.slug, conversation.id).customerRoom);
    } else if (request.origin === "invite") {
      await businessIntent.join(conversation.customerRoomId);
    }

    const profile = await businessIntent.getProfile(request.customerId);
    const customerName = customerNameOf(request.customerId, profile.displayname);
    conversations.update(conversation.id, { customerName });
    const ghost = new UserIntent(this.#deps.client, conversation.ghostId);
    await ghost.ensureRegistered();
    await ghost.setDisplayName(ghostDisplayName(customerName, businessLocale(business.profile)));
    if (profile.avatar_url) await ghost.setAvatarUrl(profile.avatar_url);

    conversation = this.#reload(conversation.id);
    if (!conversation.staffRoomId) {
      const staff = this.#deps.businesses.staff(business.profile.slug);
      const staffRoomId = await this.#deps.staffRooms.ensure(conversation, business, staff);
      conversations.update(conversation.id, { staffRoomId });
      conversation = this.#reload(conversation.id);
      await this.#deps.staffRooms.forgetAlias(conversation, business);
    }
    if (conversation.staffRoomId) await ghost.join(conversation.staffRoomId);
    this.#deps.service.activate(conversation.id);
    await this.#greet(this.#reload(conversation.id), business);
    const active = this.#reload(conversation.id);
    this.#deps.logger.info("conversation started", { id: active.id, business: business.profile.slug, origin: active.origin });
    return active;
  }

  #reload(id: string): Conversation {
    const conversation = this.#deps.conversations.get(id);
    if (!conversation) throw new Error(`conversation ${id} disappeared while it was starting`);
    return conversation;
  }

  /** A private room with the customer, created by the business (after a profile-room join or from the API). */
  async #createCustomerRoom(conversation: Conversation, business: BusinessRecord): Promise<string> {
    const intent = new UserIntent(this.#deps.client, business.userId);
    const alias = conversationAliases(this.#deps.namespaces, business.profile.slug, conversation.id).customerRoom;
    const existing = await intent.resolveAlias(alias);
    if (existing) return existing;
    return intent.createRoom({
      preset: "private_chat",
      visibility: "private",
      is_direct: true,
      room_alias_name: aliasLocalpart(alias),
      invite: [conversation.customerId],
      // The customer may write, react and redact their own messages, but not
      // invite others or change the room (encryption included).
      power_level_content_override: { users_default: 0, events_default: 0, state_default: 100, invite: 100, kick: 100, ban: 100, redact: 100 },
      initial_state: [{ type: "m.room.history_visibility", state_key: "", content: { history_visibility: "shared" } }],
    });
  }

  async #greet(conversation: Conversation, business: BusinessRecord): Promise<void> {
    if (conversation.greeted || !conversation.customerRoomId) return;
    const text = greetingText(business.profile, this.#deps.settings.get(business.profile.slug));
    const intent = new UserIntent(this.#deps.client, business.userId);
    const content = { msgtype: "m.notice", body: text, [KIND_KEY]: "greeting" };
    const eventId = await intent.sendEvent(conversation.customerRoomId, "m.room.message", content, `kontor.greet.${conversation.id}`);
    if (conversation.staffRoomId) {
      await intent.sendEvent(conversation.staffRoomId, "m.room.message", { ...content, body: `🤖 ${text}` }, `kontor.greet-staff.${conversation.id}`);
    }
    this.#deps.messages.insert({
      conversationId: conversation.id,
      eventId,
      kind: "auto",
      sender: business.userId,
      msgtype: "m.notice",
      body: text,
      createdAt: this.#now(),
    });
    this.#deps.conversations.update(conversation.id, { greeted: true });
  }
}
