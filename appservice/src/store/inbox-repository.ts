import type { SqliteDatabase } from "./database.ts";

/** A room or state event as the homeserver delivers it in a transaction. */
export interface InboundEvent {
  event_id: string;
  room_id?: string;
  type: string;
  sender: string;
  [key: string]: unknown;
}

export interface RecordedTransaction {
  /** True when the transaction ID was seen before; nothing was stored again. */
  duplicate: boolean;
  /** Events newly stored (an event ID already stored is not stored twice). */
  stored: number;
}

export interface PendingEvent {
  seq: number;
  event: InboundEvent;
  attempts: number;
}

/**
 * The durable inbox: a transaction is recorded together with its events in one
 * SQLite transaction, and only then acknowledged to the homeserver.
 */
export class InboxRepository {
  readonly #db: SqliteDatabase;
  readonly #record: (txnId: string, events: readonly InboundEvent[], now: number) => RecordedTransaction;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    const findTxn = db.prepare<[string], { txn_id: string }>("SELECT txn_id FROM appservice_transactions WHERE txn_id = ?");
    const insertTxn = db.prepare("INSERT INTO appservice_transactions (txn_id, received_at, event_count) VALUES (?, ?, ?)");
    const insertEvent = db.prepare(
      `INSERT INTO inbound_events (event_id, txn_id, room_id, type, event_json, received_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
    );
    this.#record = db.transaction((txnId: string, events: readonly InboundEvent[], now: number) => {
      if (findTxn.get(txnId)) return { duplicate: true, stored: 0 };
      insertTxn.run(txnId, now, events.length);
      let stored = 0;
      for (const event of events) {
        stored += insertEvent.run(event.event_id, txnId, event.room_id ?? null, event.type, JSON.stringify(event), now).changes;
      }
      return { duplicate: false, stored };
    });
  }

  recordTransaction(txnId: string, events: readonly InboundEvent[], now = Date.now()): RecordedTransaction {
    return this.#record(txnId, events, now);
  }

  pending(limit: number): PendingEvent[] {
    const rows = this.#db
      .prepare<[number], { seq: number; event_json: string; attempts: number }>(
        "SELECT seq, event_json, attempts FROM inbound_events WHERE processed_at IS NULL ORDER BY seq LIMIT ?",
      )
      .all(limit);
    return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.event_json) as InboundEvent, attempts: row.attempts }));
  }

  countPending(): number {
    const row = this.#db.prepare<[], { n: number }>("SELECT count(*) AS n FROM inbound_events WHERE processed_at IS NULL").get();
    return row?.n ?? 0;
  }

  markProcessed(seq: number, now = Date.now()): void {
    this.#db.prepare("UPDATE inbound_events SET processed_at = ? WHERE seq = ?").run(now, seq);
  }

  markFailed(seq: number, error: string): void {
    this.#db.prepare("UPDATE inbound_events SET attempts = attempts + 1, last_error = ? WHERE seq = ?").run(error.slice(0, 2000), seq);
  }
}
