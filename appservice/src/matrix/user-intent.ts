import { randomUUID } from "node:crypto";
import { type HomeserverClient, MatrixApiError } from "./homeserver-client.ts";

const room = (roomId: string) => `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}`;

export interface CreateRoomRequest {
  preset?: "private_chat" | "public_chat" | "trusted_private_chat";
  name?: string;
  topic?: string;
  room_alias_name?: string;
  visibility?: "public" | "private";
  invite?: string[];
  is_direct?: boolean;
  creation_content?: Record<string, unknown>;
  initial_state?: { type: string; state_key: string; content: Record<string, unknown> }[];
  power_level_content_override?: Record<string, unknown>;
}

/**
 * Acts on the homeserver as one user of the appservice's namespaces (a
 * business or a customer ghost), through identity assertion with the
 * as_token.
 */
export class UserIntent {
  readonly client: HomeserverClient;
  readonly userId: string;

  constructor(client: HomeserverClient, userId: string) {
    this.client = client;
    this.userId = userId;
  }

  #request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    return this.client.request<T>(method, path, { asUser: this.userId, body, query });
  }

  /** Registers the user if it does not exist yet; an existing one is fine. */
  async ensureRegistered(): Promise<void> {
    const localpart = this.userId.slice(1, this.userId.indexOf(":"));
    try {
      await this.client.request("POST", "/_matrix/client/v3/register", {
        body: { type: "m.login.application_service", username: localpart, inhibit_login: true },
      });
    } catch (error) {
      if (error instanceof MatrixApiError && error.errcode === "M_USER_IN_USE") return;
      throw error;
    }
  }

  async setDisplayName(displayName: string): Promise<void> {
    await this.#request("PUT", `/_matrix/client/v3/profile/${encodeURIComponent(this.userId)}/displayname`, { displayname: displayName });
  }

  async setAvatarUrl(avatarUrl: string): Promise<void> {
    await this.#request("PUT", `/_matrix/client/v3/profile/${encodeURIComponent(this.userId)}/avatar_url`, { avatar_url: avatarUrl });
  }

  async createRoom(request: CreateRoomRequest): Promise<string> {
    const { room_id } = await this.#request<{ room_id: string }>("POST", "/_matrix/client/v3/createRoom", request);
    return room_id;
  }

  /** The room an alias points at, or undefined when the alias does not exist. */
  async resolveAlias(alias: string): Promise<string | undefined> {
    try {
      const { room_id } = await this.#request<{ room_id: string }>("GET", `/_matrix/client/v3/directory/room/${encodeURIComponent(alias)}`);
      return room_id;
    } catch (error) {
      if (error instanceof MatrixApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async deleteAlias(alias: string): Promise<void> {
    try {
      await this.#request("DELETE", `/_matrix/client/v3/directory/room/${encodeURIComponent(alias)}`);
    } catch (error) {
      if (error instanceof MatrixApiError && error.status === 404) return;
      throw error;
    }
  }

  /** Lists the room in (or removes it from) the homeserver's public room directory. */
  async setDirectoryVisibility(roomId: string, visibility: "public" | "private"): Promise<void> {
    await this.#request("PUT", `/_matrix/client/v3/directory/list/room/${encodeURIComponent(roomId)}`, { visibility });
  }

  async sendState(roomId: string, type: string, stateKey: string, content: Record<string, unknown>): Promise<string> {
    const path = `${room(roomId)}/state/${encodeURIComponent(type)}/${encodeURIComponent(stateKey)}`;
    const { event_id } = await this.#request<{ event_id: string }>("PUT", path, content);
    return event_id;
  }

  /** A state event's content, or undefined when the room has no such state. */
  async getState<T = Record<string, unknown>>(roomId: string, type: string, stateKey = ""): Promise<T | undefined> {
    try {
      return await this.#request<T>("GET", `${room(roomId)}/state/${encodeURIComponent(type)}/${encodeURIComponent(stateKey)}`);
    } catch (error) {
      if (error instanceof MatrixApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Sends a room event. Pass a transaction ID derived from what caused the
   * send (the source event ID, say): the homeserver then deduplicates a
   * retried send instead of posting it twice.
   */
  async sendEvent(roomId: string, type: string, content: Record<string, unknown>, txnId: string = randomUUID()): Promise<string> {
    const path = `${room(roomId)}/send/${encodeURIComponent(type)}/${encodeURIComponent(txnId)}`;
    const { event_id } = await this.#request<{ event_id: string }>("PUT", path, content);
    return event_id;
  }

  /** Redacts an event; the transaction ID makes a retried redaction a no-op. */
  async redact(roomId: string, eventId: string, txnId: string, reason?: string): Promise<string> {
    const path = `${room(roomId)}/redact/${encodeURIComponent(eventId)}/${encodeURIComponent(txnId)}`;
    const { event_id } = await this.#request<{ event_id: string }>("PUT", path, reason ? { reason } : {});
    return event_id;
  }

  /** Marks an event as read by this user. */
  async sendReadReceipt(roomId: string, eventId: string): Promise<void> {
    await this.#request("POST", `${room(roomId)}/receipt/m.read/${encodeURIComponent(eventId)}`, {});
  }

  async setTyping(roomId: string, typing: boolean, timeoutMs = 30_000): Promise<void> {
    await this.#request("PUT", `${room(roomId)}/typing/${encodeURIComponent(this.userId)}`, typing ? { typing, timeout: timeoutMs } : { typing });
  }

  async getProfile(userId: string): Promise<{ displayname?: string; avatar_url?: string }> {
    try {
      return await this.#request("GET", `/_matrix/client/v3/profile/${encodeURIComponent(userId)}`);
    } catch (error) {
      if (error instanceof MatrixApiError && (error.status === 404 || error.status === 403)) return {};
      throw error;
    }
  }

  async invite(roomId: string, userId: string, reason?: string): Promise<void> {
    try {
      await this.#request("POST", `${room(roomId)}/invite`, { user_id: userId, ...(reason ? { reason } : {}) });
    } catch (error) {
      // Inviting someone already in the room (or invited) is what we wanted anyway.
      if (error instanceof MatrixApiError && error.status === 403 && /already in the room|is already joined|already invited/i.test(error.message)) return;
      throw error;
    }
  }

  async kick(roomId: string, userId: string, reason?: string): Promise<void> {
    await this.#request("POST", `${room(roomId)}/kick`, { user_id: userId, ...(reason ? { reason } : {}) });
  }

  async join(roomIdOrAlias: string): Promise<string> {
    const { room_id } = await this.#request<{ room_id: string }>("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomIdOrAlias)}`, {});
    return room_id;
  }

  async leave(roomId: string, reason?: string): Promise<void> {
    await this.#request("POST", `${room(roomId)}/leave`, reason ? { reason } : {});
  }

  /** User IDs and profiles of the room's joined members. */
  async joinedMembers(roomId: string): Promise<Record<string, { display_name?: string; avatar_url?: string }>> {
    const { joined } = await this.#request<{ joined: Record<string, { display_name?: string; avatar_url?: string }> }>(
      "GET",
      `${room(roomId)}/joined_members`,
    );
    return joined;
  }

  /** Uploads to the media repository and returns the mxc:// URI. */
  async uploadMedia(bytes: Uint8Array, contentType: string, filename: string): Promise<string> {
    const { content_uri } = await this.client.requestRaw<{ content_uri: string }>("POST", "/_matrix/media/v3/upload", {
      asUser: this.userId,
      body: bytes,
      contentType,
      query: { filename },
    });
    return content_uri;
  }
}
