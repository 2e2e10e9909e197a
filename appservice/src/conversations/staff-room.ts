import type { BusinessRecord, StaffMember } from "../businesses/business-repository.ts";
import { businessLocale } from "../businesses/profile-room-content.ts";
import type { Namespaces } from "../businesses/identifiers.ts";
import { aliasLocalpart } from "../businesses/identifiers.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import type { Conversation } from "./conversation.ts";
import { conversationAliases } from "./ghosts.ts";

/** State event in each staff room that mirrors the conversation's state for Matrix clients. */
export const CONVERSATION_EVENT_TYPE = "eu.kontor.conversation";

const statusWords = {
  en: { open: "Open", pending: "Waiting for the customer", snoozed: "Snoozed", resolved: "Resolved", unassigned: "unassigned", assigned: "assigned to" },
  de: { open: "Offen", pending: "Wartet auf Kund:in", snoozed: "Zurückgestellt", resolved: "Erledigt", unassigned: "nicht zugewiesen", assigned: "zugewiesen an" },
} as const;

/** The staff room's topic: status, assignee and labels at a glance. */
export function staffRoomTopic(conversation: Conversation, locale: "de" | "en"): string {
  const words = statusWords[locale];
  const parts: string[] = [words[conversation.status]];
  if (conversation.status === "snoozed" && conversation.snoozedUntil) parts[0] += ` (${new Date(conversation.snoozedUntil).toISOString().slice(0, 16).replace("T", " ")} UTC)`;
  parts.push(conversation.assignee ? `${words.assigned} ${conversation.assignee}` : words.unassigned);
  if (conversation.labels.length > 0) parts.push(conversation.labels.map((label) => `#${label}`).join(" "));
  if (conversation.encrypted) parts.push(locale === "de" ? "⚠ verschlüsselt" : "⚠ encrypted");
  parts.push(locale === "de" ? "!help für Befehle" : "!help for commands");
  return parts.join(" · ");
}

export function conversationStateContent(conversation: Conversation): Record<string, unknown> {
  const time = (value: number | undefined) => (value === undefined ? null : new Date(value).toISOString());
  return {
    id: conversation.id,
    customer: conversation.customerId,
    status: conversation.status,
    assignee: conversation.assignee ?? null,
    labels: conversation.labels,
    snoozed_until: time(conversation.snoozedUntil),
    encrypted: conversation.encrypted,
    created_at: time(conversation.createdAt),
    first_response_at: time(conversation.firstResponseAt),
    last_customer_message_at: time(conversation.lastCustomerMessageAt),
    last_business_message_at: time(conversation.lastBusinessMessageAt),
  };
}

/**
 * Staff rooms: one per conversation, in the business's staff space, joined
 * by the customer's ghost and open to the business's staff only (invited,
 * and joinable by members of the staff space).
 */
export class StaffRooms {
  readonly #client: HomeserverClient;
  readonly #namespaces: Namespaces;

  constructor(client: HomeserverClient, namespaces: Namespaces) {
    this.#client = client;
    this.#namespaces = namespaces;
  }

  /** Creates the staff room, or finds the one an interrupted attempt created, and returns its ID. */
  async ensure(conversation: Conversation, business: BusinessRecord, staff: StaffMember[]): Promise<string> {
    const intent = new UserIntent(this.#client, business.userId);
    const alias = conversationAliases(this.#namespaces, business.profile.slug, conversation.id).staffRoom;
    const existing = await intent.resolveAlias(alias);
    if (existing) return existing;
    const space = business.staffSpaceId;
    const server = this.#namespaces.serverName;
    const locale = businessLocale(business.profile);
    const roomId = await intent.createRoom({
      preset: "private_chat",
      visibility: "private",
      room_alias_name: aliasLocalpart(alias),
      name: conversation.customerName ?? conversation.customerId,
      topic: staffRoomTopic(conversation, locale),
      invite: [...staff.map((member) => member.userId), conversation.ghostId],
      power_level_content_override: {
        users: Object.fromEntries(staff.map((member) => [member.userId, 50])),
        users_default: 0,
        events_default: 0,
        state_default: 100,
        invite: 100,
        kick: 100,
        ban: 100,
        redact: 50,
      },
      initial_state: [
        { type: "m.room.history_visibility", state_key: "", content: { history_visibility: "shared" } },
        { type: "m.room.guest_access", state_key: "", content: { guest_access: "forbidden" } },
        ...(space
          ? [
              { type: "m.space.parent", state_key: space, content: { via: [server], canonical: true } },
              { type: "m.room.join_rules", state_key: "", content: { join_rule: "restricted", allow: [{ type: "m.room_membership", room_id: space }] } },
            ]
          : []),
        { type: CONVERSATION_EVENT_TYPE, state_key: "", content: conversationStateContent(conversation) },
      ],
    });
    if (space) await intent.sendState(space, "m.space.child", roomId, { via: [server], suggested: true });
    return roomId;
  }

  /** Removes the alias that made creation idempotent, once the room ID is stored. */
  async forgetAlias(conversation: Conversation, business: BusinessRecord): Promise<void> {
    const aliases = conversationAliases(this.#namespaces, business.profile.slug, conversation.id);
    await new UserIntent(this.#client, business.userId).deleteAlias(aliases.staffRoom);
  }

  /** Mirrors the conversation's state into its staff room: the state event, the topic and the name. */
  async mirror(conversation: Conversation, business: BusinessRecord): Promise<void> {
    if (!conversation.staffRoomId) return;
    const intent = new UserIntent(this.#client, business.userId);
    await intent.sendState(conversation.staffRoomId, CONVERSATION_EVENT_TYPE, "", conversationStateContent(conversation));
    await intent.sendState(conversation.staffRoomId, "m.room.topic", "", { topic: staffRoomTopic(conversation, businessLocale(business.profile)) });
  }
}
