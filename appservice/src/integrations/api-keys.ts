import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { SqliteDatabase } from "../store/database.ts";

export type ApiKeyScope = "read" | "write";

export interface ApiKey {
  id: string;
  businessSlug: string;
  name: string;
  scope: ApiKeyScope;
  createdBy: string;
  createdAt: number;
  lastUsedAt?: number;
  revokedAt?: number;
}

interface Row {
  id: string;
  business_slug: string;
  name: string;
  scope: ApiKeyScope;
  secret_hash: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const toKey = (row: Row): ApiKey => ({
  id: row.id,
  businessSlug: row.business_slug,
  name: row.name,
  scope: row.scope,
  createdBy: row.created_by,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at ?? undefined,
  revokedAt: row.revoked_at ?? undefined,
});

const digest = (secret: string) => createHash("sha256").update(secret).digest();

/** `kk_<id>_<secret>`: the ID finds the row, the secret is compared by hash in constant time. */
const keyPattern = /^kk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * Per-business API keys for integrations. A key is shown once, when it is
 * created; Kontor keeps only the SHA-256 of its secret part.
 */
export class ApiKeyRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  create(businessSlug: string, options: { name: string; scope: ApiKeyScope; createdBy: string }, now = Date.now()): { key: ApiKey; secret: string } {
    const id = randomBytes(9).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0").slice(0, 12);
    const secretPart = randomBytes(32).toString("base64url");
    this.#db
      .prepare("INSERT INTO api_keys (id, business_slug, name, scope, secret_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(id, businessSlug, options.name, options.scope, digest(secretPart).toString("hex"), options.createdBy, now);
    return { key: this.get(id) as ApiKey, secret: `kk_${id}_${secretPart}` };
  }

  get(id: string): ApiKey | undefined {
    const row = this.#db.prepare<[string], Row>("SELECT * FROM api_keys WHERE id = ?").get(id);
    return row ? toKey(row) : undefined;
  }

  list(businessSlug: string): ApiKey[] {
    return this.#db.prepare<[string], Row>("SELECT * FROM api_keys WHERE business_slug = ? ORDER BY created_at, id").all(businessSlug).map(toKey);
  }

  revoke(businessSlug: string, id: string, now = Date.now()): boolean {
    return this.#db.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND business_slug = ? AND revoked_at IS NULL").run(now, id, businessSlug).changes === 1;
  }

  /** The active key a presented token stands for, or undefined. */
  authenticate(token: string, now = Date.now()): ApiKey | undefined {
    const match = keyPattern.exec(token);
    if (!match) return undefined;
    const row = this.#db.prepare<[string], Row>("SELECT * FROM api_keys WHERE id = ?").get(match[1] ?? "");
    const presented = digest(match[2] ?? "");
    const expected = row ? Buffer.from(row.secret_hash, "hex") : Buffer.alloc(32);
    const equal = timingSafeEqual(presented, expected);
    if (!row || !equal || row.revoked_at !== null) return undefined;
    if (!row.last_used_at || now - row.last_used_at > 60_000) {
      this.#db.prepare("UPDATE api_keys SET last_used_at = ? WHERE id = ?").run(now, row.id);
    }
    return toKey(row);
  }
}

export function apiKeyJson(key: ApiKey): Record<string, unknown> {
  const iso = (value: number | undefined) => (value === undefined ? null : new Date(value).toISOString());
  return {
    id: key.id,
    name: key.name,
    scope: key.scope,
    created_by: key.createdBy,
    created_at: iso(key.createdAt),
    last_used_at: iso(key.lastUsedAt),
    revoked_at: iso(key.revokedAt),
  };
}
