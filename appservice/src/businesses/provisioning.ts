import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { type CreateRoomRequest, UserIntent } from "../matrix/user-intent.ts";
import { aliasLocalpart, type BusinessIdentifiers } from "./identifiers.ts";
import { businessLocale, PROFILE_EVENT_TYPE, profileRoomTopic, profileStateContent } from "./profile-room-content.ts";
import type { BusinessProfile } from "./profile.ts";

export interface ProvisionerDeps {
  client: HomeserverClient;
  logger: Logger;
  now?: () => Date;
}

/**
 * Power levels of a profile room: the business alone may post, name and
 * configure it. The business creates the room, so it holds the creator's
 * power (room version 12 forbids listing creators in `users`).
 */
function profileRoomPowerLevels(): Record<string, unknown> {
  return {
    users_default: 0,
    events_default: 100,
    state_default: 100,
    invite: 100,
    kick: 100,
    ban: 100,
    redact: 100,
    events: {},
    notifications: { room: 100 },
  };
}

/**
 * Creates and updates a business's Matrix presence: its virtual user, its
 * public profile room and its staff space. Every step first looks at what
 * exists (rooms are found by their aliases), so running it again after a
 * crash completes what is missing and never creates a second room.
 */
export class BusinessProvisioner {
  readonly #client: HomeserverClient;
  readonly #logger: Logger;
  readonly #now: () => Date;

  constructor(deps: ProvisionerDeps) {
    this.#client = deps.client;
    this.#logger = deps.logger;
    this.#now = deps.now ?? (() => new Date());
  }

  intent(userId: string): UserIntent {
    return new UserIntent(this.#client, userId);
  }

  async ensureUser(profile: BusinessProfile, ids: BusinessIdentifiers): Promise<void> {
    const business = this.intent(ids.userId);
    await business.ensureRegistered();
    await business.setDisplayName(profile.name);
    await business.setAvatarUrl(profile.logo ?? "");
  }

  async ensureProfileRoom(profile: BusinessProfile, ids: BusinessIdentifiers): Promise<string> {
    const business = this.intent(ids.userId);
    const existing = await business.resolveAlias(ids.profileAlias);
    if (existing) return existing;
    const request: CreateRoomRequest = {
      preset: "public_chat",
      visibility: "private",
      room_alias_name: aliasLocalpart(ids.profileAlias),
      name: profile.name,
      topic: profileRoomTopic(profile, this.#now()),
      power_level_content_override: profileRoomPowerLevels(),
      initial_state: [
        { type: "m.room.history_visibility", state_key: "", content: { history_visibility: "world_readable" } },
        { type: "m.room.guest_access", state_key: "", content: { guest_access: "forbidden" } },
        { type: PROFILE_EVENT_TYPE, state_key: "", content: profileStateContent(profile, ids) },
        ...(profile.logo ? [{ type: "m.room.avatar", state_key: "", content: { url: profile.logo } }] : []),
      ],
    };
    const roomId = await business.createRoom(request);
    this.#logger.info("profile room created", { slug: profile.slug, roomId });
    return roomId;
  }

  async ensureStaffSpace(profile: BusinessProfile, ids: BusinessIdentifiers): Promise<string> {
    const business = this.intent(ids.userId);
    const existing = await business.resolveAlias(ids.staffSpaceAlias);
    if (existing) return existing;
    const roomId = await business.createRoom({
      preset: "private_chat",
      visibility: "private",
      room_alias_name: aliasLocalpart(ids.staffSpaceAlias),
      name: `${profile.name} – Team`,
      topic:
        businessLocale(profile) === "de"
          ? "Gespräche mit Kundinnen und Kunden. Nur für das Team sichtbar."
          : "Conversations with customers. Visible to the team only.",
      creation_content: { type: "m.space" },
      power_level_content_override: { users_default: 0, invite: 100, kick: 100, events_default: 100, state_default: 100 },
      initial_state: [{ type: "m.room.history_visibility", state_key: "", content: { history_visibility: "shared" } }],
    });
    this.#logger.info("staff space created", { slug: profile.slug, roomId });
    return roomId;
  }

  /** Lists or unlists the profile room in the homeserver's public room directory. */
  async publish(ids: BusinessIdentifiers, roomId: string, listed: boolean): Promise<void> {
    await this.intent(ids.userId).setDirectoryVisibility(roomId, listed ? "public" : "private");
  }

  /** Brings the profile room's name, topic, avatar and profile state in line with the profile. */
  async syncProfileRoom(profile: BusinessProfile, ids: BusinessIdentifiers, roomId: string): Promise<void> {
    const business = this.intent(ids.userId);
    const wanted: [string, Record<string, unknown>][] = [
      ["m.room.name", { name: profile.name }],
      ["m.room.topic", { topic: profileRoomTopic(profile, this.#now()) }],
      ["m.room.avatar", profile.logo ? { url: profile.logo } : {}],
      [PROFILE_EVENT_TYPE, profileStateContent(profile, ids)],
    ];
    for (const [type, content] of wanted) {
      const current = await business.getState(roomId, type);
      if (sameJson(current ?? {}, content)) continue;
      await business.sendState(roomId, type, "", content);
    }
  }

  /**
   * Closes a room for good: says so, removes the alias, makes it
   * invite-only, removes everyone else, and leaves.
   */
  async closeRoom(ids: BusinessIdentifiers, roomId: string, options: { alias?: string; notice: string }): Promise<void> {
    const business = this.intent(ids.userId);
    await business.sendEvent(roomId, "m.room.message", { msgtype: "m.notice", body: options.notice }, `close-${roomId}`);
    if (options.alias) await business.deleteAlias(options.alias);
    await business.setDirectoryVisibility(roomId, "private");
    await business.sendState(roomId, "m.room.join_rules", "", { join_rule: "invite" });
    const members = await business.joinedMembers(roomId);
    for (const userId of Object.keys(members)) {
      if (userId !== ids.userId) await business.kick(roomId, userId, options.notice);
    }
    await business.leave(roomId);
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
