import type { SqliteDatabase } from "./database.ts";

/** Synapse's transaction IDs are counters; other homeservers may use anything. */
export function transactionNumber(txnId: string): number | undefined {
  if (!/^\d{1,15}$/.test(txnId)) return undefined;
  return Number(txnId);
}

/** A room or state event as the homeserver delivers it in a transaction. */
export interface InboundEvent {
  event_id: string;
  room_id?: string;
  type: string;
  sender: string;
  state_key?: string;
  redacts?: string;
  origin_server_ts?: number;
  content?: Record<string, unknown>;
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
    const insertTxn = db.prepare("INSERT INTO appservice_transactions (txn_id, txn_number, received_at, event_count) VALUES (?, ?, ?, ?)");
    const insertEvent = db.prepare(
      `INSERT INTO inbound_events (event_id, txn_id, txn_number, room_id, type, event_json, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
    );
    this.#record = db.transaction((txnId: string, events: readonly InboundEvent[], now: number) => {
      if (findTxn.get(txnId)) return { duplicate: true, stored: 0 };
      const number = transactionNumber(txnId) ?? null;
      insertTxn.run(txnId, number, now, events.length);
      let stored = 0;
      for (const event of events) {
        stored += insertEvent.run(event.event_id, txnId, number, event.room_id ?? null, event.type, JSON.stringify(event), now).changes;
      }
      return { duplicate: false, stored };
    });
  }

  recordTransaction(txnId: string, events: readonly InboundEvent[], now = Date.now()): RecordedTransaction {
    return this.#record(txnId, events, now);
  }

  /**
   * Unprocessed events in arrival order. With `upToTransaction`, events of
   * numbered transactions above it wait (an earlier transaction is missing).
   */
  pending(limit: number, upToTransaction?: number): PendingEvent[] {
    const rows = this.#db
      .prepare<[number, number], { seq: number; event_json: string; attempts: number }>(
        `SELECT seq, event_json, attempts FROM inbound_events
         WHERE processed_at IS NULL AND (txn_number IS NULL OR txn_number <= ?) ORDER BY seq LIMIT ?`,
      )
      .all(upToTransaction ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.event_json) as InboundEvent, attempts: row.attempts }));
  }

  countPending(): number {
    const row = this.#db.prepare<[], { n: number }>("SELECT count(*) AS n FROM inbound_events WHERE processed_at IS NULL").get();
    return row?.n ?? 0;
  }

  /** The highest numbered transaction received so far (where the gap tracker starts after a restart). */
  highestTransactionNumber(): number | undefined {
    const row = this.#db.prepare<[], { n: number | null }>("SELECT max(txn_number) AS n FROM appservice_transactions").get();
    return row?.n ?? undefined;
  }

  /**
   * Records that handling an event begins. A crash leaves the count raised,
   * so the next attempt knows it may have acted already and checks first.
   */
  markStarted(seq: number): void {
    this.#db.prepare("UPDATE inbound_events SET attempts = attempts + 1 WHERE seq = ?").run(seq);
  }

  markProcessed(seq: number, now = Date.now()): void {
    this.#db.prepare("UPDATE inbound_events SET processed_at = ? WHERE seq = ?").run(now, seq);
  }

  markFailed(seq: number, error: string): void {
    this.#db.prepare("UPDATE inbound_events SET last_error = ? WHERE seq = ?").run(error.slice(0, 2000), seq);
  }

  /** Gives up on an event that keeps failing for a reason retrying cannot fix; it stays in the table for inspection. */
  markAbandoned(seq: number, error: string, now = Date.now()): void {
    this.#db.prepare("UPDATE inbound_events SET processed_at = ?, last_error = ? WHERE seq = ?").run(now, `abandoned: ${error.slice(0, 2000)}`, seq);
  }
}
