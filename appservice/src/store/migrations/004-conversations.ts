import type { Migration } from "../migrate.ts";

/**
 * Conversations (a customer room relayed to a staff room), the map of
 * relayed event IDs that makes relaying idempotent, the messages as the API
 * shows them, and each business's conversation settings.
 */
export const conversations: Migration = {
  version: 4,
  name: "conversations",
  up(db) {
    db.exec(`
      CREATE TABLE business_settings (
        slug         TEXT PRIMARY KEY REFERENCES businesses (slug) ON DELETE CASCADE,
        greeting     TEXT,
        away_message TEXT,
        sign_replies INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE conversations (
        id                       TEXT PRIMARY KEY,
        business_slug            TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        customer_id              TEXT NOT NULL,
        customer_name            TEXT,
        ghost_id                 TEXT NOT NULL,
        start_key                TEXT NOT NULL UNIQUE,
        origin                   TEXT NOT NULL CHECK (origin IN ('invite', 'profile_room', 'api')),
        setup_state              TEXT NOT NULL CHECK (setup_state IN ('starting', 'active', 'declined', 'closed')),
        customer_room_id         TEXT UNIQUE,
        staff_room_id            TEXT UNIQUE,
        status                   TEXT NOT NULL CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
        assignee                 TEXT,
        labels                   TEXT NOT NULL DEFAULT '[]',
        snoozed_until            INTEGER,
        encrypted                INTEGER NOT NULL DEFAULT 0,
        greeted                  INTEGER NOT NULL DEFAULT 0,
        away_notice_for          TEXT,
        last_message_preview     TEXT,
        created_at               INTEGER NOT NULL,
        updated_at               INTEGER NOT NULL,
        first_response_at        INTEGER,
        last_customer_message_at INTEGER,
        last_business_message_at INTEGER
      ) STRICT;

      CREATE INDEX conversations_by_business ON conversations (business_slug, updated_at DESC, id);
      CREATE INDEX conversations_by_customer ON conversations (customer_id, business_slug);
      CREATE INDEX conversations_snoozed ON conversations (snoozed_until) WHERE status = 'snoozed';

      CREATE TABLE relayed_events (
        source_event_id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        target_room_id  TEXT NOT NULL,
        target_event_id TEXT NOT NULL,
        direction       TEXT NOT NULL CHECK (direction IN ('to_staff', 'to_customer')),
        created_at      INTEGER NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX relayed_events_by_target ON relayed_events (target_event_id);

      CREATE TABLE messages (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        event_id        TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL CHECK (kind IN ('customer', 'business', 'note', 'auto')),
        sender          TEXT NOT NULL,
        agent           TEXT,
        msgtype         TEXT NOT NULL,
        body            TEXT NOT NULL,
        formatted_body  TEXT,
        media_json      TEXT,
        reply_to        TEXT,
        created_at      INTEGER NOT NULL,
        edited_at       INTEGER,
        redacted_at     INTEGER
      ) STRICT;

      CREATE INDEX messages_by_conversation ON messages (conversation_id, seq);
    `);
  },
};
