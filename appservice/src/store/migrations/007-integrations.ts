import type { Migration } from "../migrate.ts";

/**
 * Integrations: per-business API keys (only a hash of the secret is kept),
 * idempotency records for POSTs that send, and webhooks with their durable
 * delivery queue and the log of every attempt.
 */
export const integrations: Migration = {
  version: 7,
  name: "integrations",
  up(db) {
    db.exec(`
      CREATE TABLE api_keys (
        id            TEXT PRIMARY KEY,
        business_slug TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        scope         TEXT NOT NULL CHECK (scope IN ('read', 'write')),
        secret_hash   TEXT NOT NULL,
        created_by    TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        last_used_at  INTEGER,
        revoked_at    INTEGER
      ) STRICT;
      CREATE INDEX api_keys_by_business ON api_keys (business_slug);

      CREATE TABLE idempotency_keys (
        business_slug TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        key           TEXT NOT NULL,
        request_hash  TEXT NOT NULL,
        status        INTEGER,
        response_json TEXT,
        created_at    INTEGER NOT NULL,
        PRIMARY KEY (business_slug, key)
      ) STRICT;

      CREATE TABLE webhooks (
        id              TEXT PRIMARY KEY,
        business_slug   TEXT NOT NULL REFERENCES businesses (slug) ON DELETE CASCADE,
        url             TEXT NOT NULL,
        events          TEXT NOT NULL,
        secret          TEXT NOT NULL,
        description     TEXT,
        enabled         INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT,
        created_at      INTEGER NOT NULL,
        failing_since   INTEGER
      ) STRICT;
      CREATE INDEX webhooks_by_business ON webhooks (business_slug);

      CREATE TABLE webhook_deliveries (
        id              TEXT PRIMARY KEY,
        seq             INTEGER NOT NULL,
        webhook_id      TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
        event_type      TEXT NOT NULL,
        ordering_key    TEXT NOT NULL,
        payload         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        created_at      INTEGER NOT NULL,
        delivered_at    INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX webhook_deliveries_by_seq ON webhook_deliveries (seq);
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at) WHERE status = 'pending';
      CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, seq);

      CREATE TABLE webhook_attempts (
        delivery_id  TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempt      INTEGER NOT NULL,
        at           INTEGER NOT NULL,
        status_code  INTEGER,
        error        TEXT,
        duration_ms  INTEGER NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      ) STRICT;
    `);
  },
};
