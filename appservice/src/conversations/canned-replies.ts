import type { SqliteDatabase } from "../store/database.ts";

export interface CannedReply {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
}

/** Prepared answers a business's staff insert with one click. */
export class CannedReplyRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  list(slug: string): CannedReply[] {
    return this.#db
      .prepare<[string], { id: string; title: string; body: string; updated_at: number }>(
        "SELECT id, title, body, updated_at FROM canned_replies WHERE business_slug = ? ORDER BY title, id",
      )
      .all(slug)
      .map((row) => ({ id: row.id, title: row.title, body: row.body, updatedAt: row.updated_at }));
  }

  save(slug: string, reply: Omit<CannedReply, "updatedAt">, now = Date.now()): void {
    this.#db
      .prepare(
        `INSERT INTO canned_replies (id, business_slug, title, body, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (business_slug, id) DO UPDATE SET title = excluded.title, body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(reply.id, slug, reply.title, reply.body, now);
  }

  delete(slug: string, id: string): boolean {
    return this.#db.prepare("DELETE FROM canned_replies WHERE business_slug = ? AND id = ?").run(slug, id).changes === 1;
  }

  count(slug: string): number {
    return this.#db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM canned_replies WHERE business_slug = ?").get(slug)?.n ?? 0;
  }
}
