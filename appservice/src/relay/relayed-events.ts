import type { SqliteDatabase } from "../store/database.ts";

export type RelayDirection = "to_staff" | "to_customer";

export interface RelayedEvent {
  sourceEventId: string;
  conversationId: string;
  targetRoomId: string;
  targetEventId: string;
  direction: RelayDirection;
}

/**
 * The map of relayed events, both ways: which event in the other room stands
 * for a source event. It makes relaying idempotent (a source event already
 * in the map is never sent again) and lets replies, edits, redactions,
 * reactions and receipts point at the right event on the other side.
 */
export class RelayedEventRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  record(relayed: RelayedEvent, now = Date.now()): void {
    this.#db
      .prepare(
        `INSERT INTO relayed_events (source_event_id, conversation_id, target_room_id, target_event_id, direction, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_event_id) DO NOTHING`,
      )
      .run(relayed.sourceEventId, relayed.conversationId, relayed.targetRoomId, relayed.targetEventId, relayed.direction, now);
  }

  bySource(sourceEventId: string): RelayedEvent | undefined {
    const row = this.#db
      .prepare<[string], { source_event_id: string; conversation_id: string; target_room_id: string; target_event_id: string; direction: RelayDirection }>(
        "SELECT * FROM relayed_events WHERE source_event_id = ?",
      )
      .get(sourceEventId);
    return row
      ? { sourceEventId: row.source_event_id, conversationId: row.conversation_id, targetRoomId: row.target_room_id, targetEventId: row.target_event_id, direction: row.direction }
      : undefined;
  }

  /** The source event an event we sent stands for. */
  byTarget(targetEventId: string): RelayedEvent | undefined {
    const row = this.#db
      .prepare<[string], { source_event_id: string; conversation_id: string; target_room_id: string; target_event_id: string; direction: RelayDirection }>(
        "SELECT * FROM relayed_events WHERE target_event_id = ?",
      )
      .get(targetEventId);
    return row
      ? { sourceEventId: row.source_event_id, conversationId: row.conversation_id, targetRoomId: row.target_room_id, targetEventId: row.target_event_id, direction: row.direction }
      : undefined;
  }

  /**
   * The counterpart of an event on the other side of a conversation: the
   * relayed copy of a source event, or the source of a relayed copy.
   */
  counterpart(eventId: string): string | undefined {
    return this.bySource(eventId)?.targetEventId ?? this.byTarget(eventId)?.sourceEventId;
  }
}
