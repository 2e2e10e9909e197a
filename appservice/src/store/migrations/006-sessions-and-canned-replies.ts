import type { Migration } from "../migrate.ts";

/**
 * Web client sessions (exchanged for a Matrix OpenID token; only a hash of
 * the session token is stored) and each business's canned replies.
 */
export const sessionsAndCannedReplies: Migration = {
  version: 6,
  name: "sessions-and-canned-replies",
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        token_hash   TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);

      CREATE TABLE canned_replies (
        id            TEXT NOT NULL,
        business_slug TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        title         TEXT NOT NULL,
        body          TEXT NOT NULL,
        updated_at    INTEGER NOT NULL,
        PRIMARY KEY (business_slug, id)
      ) STRICT;
    `);
  },
};
