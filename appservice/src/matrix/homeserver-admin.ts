import { createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logging/logger.ts";
import { MatrixApiError, type HomeserverClient } from "./homeserver-client.ts";
import { registerWithSharedSecret } from "./shared-secret-registration.ts";

/** The homeserver account Kontor uses for Synapse's admin API; outside the appservice's namespaces. */
export const adminLocalpart = "kontor-admin";
const deviceId = "KONTOR_ADMIN";
const maxPurgeAttempts = 3;

export interface HomeserverAdminOptions {
  client: HomeserverClient;
  registrationSharedSecret: string;
  logger: Logger;
  /** How often and how long to wait for a room deletion to finish. */
  pollIntervalMs?: number;
  deleteTimeoutMs?: number;
}

/**
 * Synapse's admin API, for what the client-server API cannot do: removing
 * a deleted business's rooms from the homeserver's database. Kontor signs in
 * as a server admin whose password is derived from the registration shared
 * secret, so nothing more has to be stored, and the account is created
 * through shared-secret registration the first time it is needed.
 */
export class HomeserverAdmin {
  readonly #client: HomeserverClient;
  readonly #secret: string;
  readonly #logger: Logger;
  readonly #pollIntervalMs: number;
  readonly #deleteTimeoutMs: number;
  #token: Promise<string> | undefined;

  constructor(options: HomeserverAdminOptions) {
    this.#client = options.client;
    this.#secret = options.registrationSharedSecret;
    this.#logger = options.logger;
    this.#pollIntervalMs = options.pollIntervalMs ?? 250;
    this.#deleteTimeoutMs = options.deleteTimeoutMs ?? 120_000;
  }

  /**
   * Deletes a room that no local user should keep: Synapse removes the
   * remaining local members and purges the room's events and state. Waits
   * until the homeserver reports the deletion complete and no longer knows
   * the room.
   */
  async purgeRoom(roomId: string): Promise<void> {
    // Events the homeserver was still handling for the room (a late receipt, a membership
    // the appservice reacted to) can leave a trace after a purge: purge until none is left.
    for (let attempt = 1; ; attempt += 1) {
      await this.#deleteRoom(roomId);
      if (!(await this.#roomKnown(roomId))) return;
      if (attempt === maxPurgeAttempts) throw new Error(`the homeserver still knows ${roomId} after ${maxPurgeAttempts} purges`);
      this.#logger.info("the homeserver still knows a purged room; purging again", { roomId, attempt });
      await sleep(this.#pollIntervalMs * 4);
    }
  }

  async #roomKnown(roomId: string): Promise<boolean> {
    try {
      await this.#request("GET", `/_synapse/admin/v1/rooms/${encodeURIComponent(roomId)}`);
      return true;
    } catch (error) {
      if (error instanceof MatrixApiError && error.status === 404) return false;
      throw error;
    }
  }

  async #deleteRoom(roomId: string): Promise<void> {
    const { delete_id: deleteId } = await this.#request<{ delete_id: string }>("DELETE", `/_synapse/admin/v2/rooms/${encodeURIComponent(roomId)}`, {
      block: false,
      purge: true,
    });
    const deadline = Date.now() + this.#deleteTimeoutMs;
    for (;;) {
      const { status, error } = await this.#request<{ status: string; error?: string }>("GET", `/_synapse/admin/v2/rooms/delete_status/${encodeURIComponent(deleteId)}`);
      if (status === "complete") return;
      if (status === "failed") throw new Error(`the homeserver could not delete ${roomId}: ${error ?? "no reason given"}`);
      if (Date.now() > deadline) throw new Error(`the homeserver did not finish deleting ${roomId} within ${Math.round(this.#deleteTimeoutMs / 1000)} s`);
      await sleep(this.#pollIntervalMs);
    }
  }

  async #request<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await this.#client.request<T>(method, path, { accessToken: await this.#accessToken(), body });
    } catch (error) {
      // A token the homeserver forgot (its database reset, the device removed): sign in again, once.
      if (!(error instanceof MatrixApiError && error.errcode === "M_UNKNOWN_TOKEN")) throw error;
      this.#token = undefined;
      return this.#client.request<T>(method, path, { accessToken: await this.#accessToken(), body });
    }
  }

  #accessToken(): Promise<string> {
    this.#token ??= this.#signIn().catch((error: unknown) => {
      this.#token = undefined;
      throw error;
    });
    return this.#token;
  }

  async #signIn(): Promise<string> {
    const password = createHmac("sha256", this.#secret).update(`${adminLocalpart} password`).digest("base64url");
    try {
      const login = await this.#client.request<{ access_token: string }>("POST", "/_matrix/client/v3/login", {
        accessToken: null,
        body: { type: "m.login.password", identifier: { type: "m.id.user", user: adminLocalpart }, password, device_id: deviceId, initial_device_display_name: "Kontor" },
      });
      return login.access_token;
    } catch (error) {
      if (!(error instanceof MatrixApiError && error.status === 403)) throw error;
    }
    this.#logger.info("creating Kontor's admin account on the homeserver", { localpart: adminLocalpart });
    const registered = await registerWithSharedSecret(this.#client, this.#secret, { localpart: adminLocalpart, password, admin: true, displayName: "Kontor" });
    return registered.accessToken;
  }
}
