import { createHash } from "node:crypto";
import { KontorError } from "../errors/codes.ts";
import type { SqliteDatabase } from "../store/database.ts";

const dayMs = 86_400_000;

export type IdempotencyStart = { kind: "fresh" } | { kind: "replay"; status: number; body: unknown };

/**
 * `Idempotency-Key` for POSTs that send: the first request with a key is
 * done and its answer kept for a day; a retry with the same key and body gets
 * that answer again instead of sending twice. The same key with another body
 * is refused.
 */
export class IdempotencyStore {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  begin(businessSlug: string, key: string, request: unknown, now = Date.now()): IdempotencyStart {
    if (key.length < 1 || key.length > 255) throw new KontorError("invalid_request", "Idempotency-Key: must be 1 to 255 characters");
    const requestHash = createHash("sha256").update(JSON.stringify(request)).digest("hex");
    this.#db.prepare("DELETE FROM idempotency_keys WHERE created_at < ?").run(now - dayMs);
    const row = this.#db
      .prepare<[string, string], { request_hash: string; status: number | null; response_json: string | null }>(
        "SELECT request_hash, status, response_json FROM idempotency_keys WHERE business_slug = ? AND key = ?",
      )
      .get(businessSlug, key);
    if (!row) {
      this.#db.prepare("INSERT INTO idempotency_keys (business_slug, key, request_hash, created_at) VALUES (?, ?, ?, ?)").run(businessSlug, key, requestHash, now);
      return { kind: "fresh" };
    }
    if (row.request_hash !== requestHash) {
      throw new KontorError("conflict", "Idempotency-Key: this key was used for a different request; use a new key for a new message");
    }
    // An unfinished earlier attempt (a crash, say) is done again: the send itself is deduplicated by its transaction ID.
    if (row.status === null || row.response_json === null) return { kind: "fresh" };
    return { kind: "replay", status: row.status, body: JSON.parse(row.response_json) };
  }

  finish(businessSlug: string, key: string, status: number, body: unknown): void {
    this.#db.prepare("UPDATE idempotency_keys SET status = ?, response_json = ? WHERE business_slug = ? AND key = ?").run(status, JSON.stringify(body), businessSlug, key);
  }
}
