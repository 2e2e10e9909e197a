import type { Migration } from "../migrate.ts";

/**
 * Synapse numbers its transactions 1, 2, 3, ... per appservice. Keeping the
 * number lets Kontor notice a transaction the homeserver skipped (see
 * matrix/transaction-gaps.ts) and hold back later events until it arrives.
 */
export const transactionNumbers: Migration = {
  version: 5,
  name: "transaction-numbers",
  up(db) {
    db.exec(`
      ALTER TABLE appservice_transactions ADD COLUMN txn_number INTEGER;
      ALTER TABLE inbound_events ADD COLUMN txn_number INTEGER;
      UPDATE appservice_transactions SET txn_number = CAST(txn_id AS INTEGER) WHERE txn_id GLOB '[0-9]*' AND txn_id NOT GLOB '*[^0-9]*' AND length(txn_id) < 16;
      UPDATE inbound_events SET txn_number = CAST(txn_id AS INTEGER) WHERE txn_id GLOB '[0-9]*' AND txn_id NOT GLOB '*[^0-9]*' AND length(txn_id) < 16;
      CREATE INDEX appservice_transactions_by_number ON appservice_transactions (txn_number) WHERE txn_number IS NOT NULL;
    `);
  },
};
