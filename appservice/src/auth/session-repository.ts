import { createHash, randomBytes } from "node:crypto";
import type { SqliteDatabase } from "../store/database.ts";

export interface Session {
  userId: string;
  expiresAt: number;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Short-lived web client sessions. The token is shown once to the client;
 * only its SHA-256 is stored, and look-ups compare hashes by primary key.
 */
export class SessionRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  create(userId: string, ttlMs: number, now = Date.now()): { token: string; expiresAt: number } {
    const token = `ks_${randomBytes(32).toString("base64url")}`;
    const expiresAt = now + ttlMs;
    this.#db.prepare("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)").run(hash(token), userId, now, expiresAt);
    this.#db.prepare("DELETE FROM sessions WHERE expires_at < ?").run(now);
    return { token, expiresAt };
  }

  find(token: string, now = Date.now()): Session | undefined {
    const row = this.#db
      .prepare<[string, number], { user_id: string; expires_at: number }>("SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?")
      .get(hash(token), now);
    return row ? { userId: row.user_id, expiresAt: row.expires_at } : undefined;
  }

  delete(token: string): void {
    this.#db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hash(token));
  }
}
