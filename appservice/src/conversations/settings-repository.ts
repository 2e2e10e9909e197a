import type { SqliteDatabase } from "../store/database.ts";

/** A business's conversation settings; unset texts fall back to the defaults in auto-replies.ts. */
export interface BusinessSettings {
  greeting?: string;
  awayMessage?: string;
  signReplies: boolean;
}

export class SettingsRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  get(slug: string): BusinessSettings {
    const row = this.#db
      .prepare<[string], { greeting: string | null; away_message: string | null; sign_replies: number }>(
        "SELECT greeting, away_message, sign_replies FROM business_settings WHERE slug = ?",
      )
      .get(slug);
    return { greeting: row?.greeting ?? undefined, awayMessage: row?.away_message ?? undefined, signReplies: row?.sign_replies === 1 };
  }

  save(slug: string, settings: BusinessSettings): void {
    this.#db
      .prepare(
        `INSERT INTO business_settings (slug, greeting, away_message, sign_replies) VALUES (?, ?, ?, ?)
         ON CONFLICT (slug) DO UPDATE SET greeting = excluded.greeting, away_message = excluded.away_message, sign_replies = excluded.sign_replies`,
      )
      .run(slug, settings.greeting ?? null, settings.awayMessage ?? null, settings.signReplies ? 1 : 0);
  }
}
