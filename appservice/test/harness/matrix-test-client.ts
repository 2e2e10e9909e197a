import { randomUUID } from "node:crypto";
import { loadConfigFile } from "../../src/config/load.ts";
import { HomeserverClient } from "../../src/matrix/homeserver-client.ts";
import { silentLogger } from "../../src/logging/logger.ts";
import { registerWithSharedSecret } from "../../src/matrix/shared-secret-registration.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

export interface TimelineEvent {
  event_id: string;
  type: string;
  sender: string;
  content: Record<string, unknown>;
  state_key?: string;
  redacts?: string;
  origin_server_ts: number;
  unsigned?: Record<string, unknown>;
}

interface SyncRoom {
  timeline?: { events?: TimelineEvent[] };
  state?: { events?: TimelineEvent[] };
  ephemeral?: { events?: { type: string; content: Record<string, unknown> }[] };
}

interface SyncResponse {
  next_batch: string;
  rooms?: {
    join?: Record<string, SyncRoom>;
    invite?: Record<string, { invite_state?: { events?: TimelineEvent[] } }>;
    leave?: Record<string, SyncRoom>;
  };
}

let counter = 0;

/** A unique, valid localpart for a test user. */
export function uniqueLocalpart(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${randomUUID().slice(0, 4)}`;
}

/**
 * A plain Matrix client over the client-server API, acting as a customer or a
 * staff member in tests. It keeps what /sync delivered so tests can wait for
 * an event to arrive.
 */
export class MatrixTestClient {
  readonly userId: string;
  readonly accessToken: string;
  readonly homeserverUrl: string;
  readonly timelines = new Map<string, TimelineEvent[]>();
  readonly ephemeral = new Map<string, { type: string; content: Record<string, unknown> }[]>();
  readonly invites = new Map<string, TimelineEvent[]>();
  #since: string | undefined;

  constructor(homeserverUrl: string, userId: string, accessToken: string) {
    this.homeserverUrl = homeserverUrl;
    this.userId = userId;
    this.accessToken = accessToken;
  }

  /** Registers a new local user through shared-secret registration. */
  static async register(homeserver: TestHomeserverInfo, prefix = "user", options: { admin?: boolean; displayName?: string } = {}): Promise<MatrixTestClient> {
    const config = loadConfigFile(homeserver.kontorConfigPath);
    const client = new HomeserverClient({ baseUrl: homeserver.homeserverUrl, asToken: "", logger: silentLogger });
    const user = await registerWithSharedSecret(client, config.homeserver.registrationSharedSecret, {
      localpart: uniqueLocalpart(prefix),
      password: `pw-${randomUUID()}`,
      admin: options.admin ?? false,
      displayName: options.displayName,
    });
    return new MatrixTestClient(homeserver.homeserverUrl, user.userId, user.accessToken);
  }

  /** Logs in with a password, as any Matrix client would. */
  static async login(homeserverUrl: string, user: string, password: string): Promise<MatrixTestClient> {
    const response = await fetch(`${homeserverUrl}/_matrix/client/v3/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "m.login.password", identifier: { type: "m.id.user", user }, password }),
    });
    const body = (await response.json()) as { user_id?: string; access_token?: string; errcode?: string; error?: string };
    if (!response.ok || !body.user_id || !body.access_token) {
      throw new Error(`login failed with ${response.status}: ${body.errcode} ${body.error}`);
    }
    return new MatrixTestClient(homeserverUrl, body.user_id, body.access_token);
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.homeserverUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.accessToken}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as T) : ({} as T);
    if (!response.ok) throw new Error(`${method} ${path} failed with ${response.status}: ${text}`);
    return parsed;
  }

  async createRoom(options: Record<string, unknown> = {}): Promise<string> {
    const { room_id } = await this.request<{ room_id: string }>("POST", "/_matrix/client/v3/createRoom", options);
    return room_id;
  }

  async invite(roomId: string, userId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/invite`, { user_id: userId });
  }

  async join(roomIdOrAlias: string): Promise<string> {
    const { room_id } = await this.request<{ room_id: string }>("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomIdOrAlias)}`, {});
    return room_id;
  }

  async sendEvent(roomId: string, type: string, content: Record<string, unknown>): Promise<string> {
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${randomUUID()}`;
    const { event_id } = await this.request<{ event_id: string }>("PUT", path, content);
    return event_id;
  }

  sendText(roomId: string, body: string): Promise<string> {
    return this.sendEvent(roomId, "m.room.message", { msgtype: "m.text", body });
  }

  async sendState(roomId: string, type: string, stateKey: string, content: Record<string, unknown>): Promise<string> {
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state/${encodeURIComponent(type)}/${encodeURIComponent(stateKey)}`;
    const { event_id } = await this.request<{ event_id: string }>("PUT", path, content);
    return event_id;
  }

  async redact(roomId: string, eventId: string, reason?: string): Promise<string> {
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/redact/${encodeURIComponent(eventId)}/${randomUUID()}`;
    const { event_id } = await this.request<{ event_id: string }>("PUT", path, reason ? { reason } : {});
    return event_id;
  }

  /** The room's whole timeline, oldest first, read with /messages (sync may skip events). */
  async history(roomId: string): Promise<TimelineEvent[]> {
    const events: TimelineEvent[] = [];
    let from: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const query = new URLSearchParams({ dir: "b", limit: "500" });
      if (from) query.set("from", from);
      const result = await this.request<{ chunk: TimelineEvent[]; end?: string }>(
        "GET",
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages?${query.toString()}`,
      );
      events.push(...result.chunk);
      if (!result.end || result.chunk.length === 0) break;
      from = result.end;
    }
    return events.reverse();
  }

  /** One /sync round; remembers timelines, ephemeral events and invites. */
  async sync(timeoutMs = 1000): Promise<void> {
    const query = new URLSearchParams({ timeout: String(timeoutMs) });
    if (this.#since) query.set("since", this.#since);
    const response = await this.request<SyncResponse>("GET", `/_matrix/client/v3/sync?${query.toString()}`);
    this.#since = response.next_batch;
    for (const [roomId, room] of Object.entries(response.rooms?.join ?? {})) {
      const timeline = this.timelines.get(roomId) ?? [];
      timeline.push(...(room.state?.events ?? []), ...(room.timeline?.events ?? []));
      this.timelines.set(roomId, timeline);
      const ephemeral = this.ephemeral.get(roomId) ?? [];
      ephemeral.push(...(room.ephemeral?.events ?? []));
      this.ephemeral.set(roomId, ephemeral);
      this.invites.delete(roomId);
    }
    for (const [roomId, invite] of Object.entries(response.rooms?.invite ?? {})) {
      this.invites.set(roomId, invite.invite_state?.events ?? []);
    }
  }

  /** Syncs until `check` returns a value, or fails after `timeoutMs` with `what` in the message. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (as ${this.userId})`);
      await this.sync(Math.min(1000, Math.max(0, deadline - Date.now())));
    }
  }

  /** Waits for an event in a room's timeline that matches `predicate`. */
  waitForEvent(roomId: string, predicate: (event: TimelineEvent) => boolean, what = "an event", timeoutMs?: number): Promise<TimelineEvent> {
    return this.waitFor(`${what} in ${roomId}`, () => this.timelines.get(roomId)?.find(predicate), timeoutMs);
  }

  /** Waits for an invite to a room that matches `predicate` (given the invite's stripped state). */
  waitForInvite(predicate: (roomId: string, state: TimelineEvent[]) => boolean, timeoutMs?: number): Promise<string> {
    return this.waitFor(
      "an invite",
      () => [...this.invites.entries()].find(([roomId, state]) => predicate(roomId, state))?.[0],
      timeoutMs,
    );
  }
}
