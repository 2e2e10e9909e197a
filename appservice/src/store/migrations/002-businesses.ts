import type { Migration } from "../migrate.ts";

/**
 * Businesses, their Matrix rooms and their staff. `setup_state` records how
 * far creation got, so a create that died half-way is completed, not repeated.
 */
export const businesses: Migration = {
  version: 2,
  name: "businesses",
  up(db) {
    db.exec(`
      CREATE TABLE businesses (
        slug            TEXT PRIMARY KEY,
        user_id         TEXT NOT NULL UNIQUE,
        profile_json    TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
        setup_state     TEXT NOT NULL CHECK (setup_state IN ('pending', 'ready', 'deleting')),
        profile_room_id TEXT UNIQUE,
        staff_space_id  TEXT UNIQUE,
        topic_date      TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE business_staff (
        slug     TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        user_id  TEXT NOT NULL,
        role     TEXT NOT NULL CHECK (role IN ('owner', 'agent')),
        added_at INTEGER NOT NULL,
        PRIMARY KEY (slug, user_id)
      ) STRICT;

      CREATE INDEX business_staff_by_user ON business_staff (user_id);
    `);
  },
};
