import type { Migration } from "../migrate.ts";

/** The durable inbox of homeserver transactions and the events they carried. */
export const transactionInbox: Migration = {
  version: 1,
  name: "transaction-inbox",
  up(db) {
    db.exec(`
      CREATE TABLE appservice_transactions (
        txn_id      TEXT PRIMARY KEY,
        received_at INTEGER NOT NULL,
        event_count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE inbound_events (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id     TEXT NOT NULL UNIQUE,
        txn_id       TEXT NOT NULL REFERENCES appservice_transactions (txn_id),
        room_id      TEXT,
        type         TEXT NOT NULL,
        event_json   TEXT NOT NULL,
        received_at  INTEGER NOT NULL,
        processed_at INTEGER,
        attempts     INTEGER NOT NULL DEFAULT 0,
        last_error   TEXT
      ) STRICT;

      CREATE INDEX inbound_events_pending ON inbound_events (seq) WHERE processed_at IS NULL;
    `);
  },
};
