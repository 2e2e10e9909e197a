import type { SqliteDatabase } from "../store/database.ts";

export type MessageKind = "customer" | "business" | "note" | "auto";

export interface MessageMedia {
  url: string;
  mimetype?: string;
  name?: string;
  size?: number;
}

export interface StoredMessage {
  seq: number;
  conversationId: string;
  eventId: string;
  kind: MessageKind;
  sender: string;
  agent?: string;
  msgtype: string;
  body: string;
  formattedBody?: string;
  media?: MessageMedia;
  replyTo?: string;
  createdAt: number;
  editedAt?: number;
  redactedAt?: number;
}

interface Row {
  seq: number;
  conversation_id: string;
  event_id: string;
  kind: MessageKind;
  sender: string;
  agent: string | null;
  msgtype: string;
  body: string;
  formatted_body: string | null;
  media_json: string | null;
  reply_to: string | null;
  created_at: number;
  edited_at: number | null;
  redacted_at: number | null;
}

function toMessage(row: Row): StoredMessage {
  return {
    seq: row.seq,
    conversationId: row.conversation_id,
    eventId: row.event_id,
    kind: row.kind,
    sender: row.sender,
    agent: row.agent ?? undefined,
    msgtype: row.msgtype,
    body: row.body,
    formattedBody: row.formatted_body ?? undefined,
    media: row.media_json ? (JSON.parse(row.media_json) as MessageMedia) : undefined,
    replyTo: row.reply_to ?? undefined,
    createdAt: row.created_at,
    editedAt: row.edited_at ?? undefined,
    redactedAt: row.redacted_at ?? undefined,
  };
}

/**
 * The messages of each conversation as Kontor's API shows them, keyed by the
 * event ID on the side where the message was written (customer room for the
 * customer, staff room for staff and notes).
 */
export class MessageRepository {
  readonly #db: SqliteDatabase;
  readonly #listeners: ((message: StoredMessage) => void)[] = [];

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /** Called for each new message, inside the transaction that stores it (webhooks queue there). */
  onInsert(listener: (message: StoredMessage) => void): void {
    this.#listeners.push(listener);
  }

  insert(message: Omit<StoredMessage, "seq">): void {
    this.#db.transaction(() => {
      if (this.#insertRow(message) === 0) return;
      const stored = this.get(message.eventId);
      if (stored) for (const listener of this.#listeners) listener(stored);
    })();
  }

  #insertRow(message: Omit<StoredMessage, "seq">): number {
    return this.#db
      .prepare(
        `INSERT INTO messages (conversation_id, event_id, kind, sender, agent, msgtype, body, formatted_body, media_json, reply_to, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
      )
      .run(
        message.conversationId,
        message.eventId,
        message.kind,
        message.sender,
        message.agent ?? null,
        message.msgtype,
        message.body,
        message.formattedBody ?? null,
        message.media ? JSON.stringify(message.media) : null,
        message.replyTo ?? null,
        message.createdAt,
      ).changes;
  }

  edit(eventId: string, body: string, formattedBody: string | undefined, at: number): void {
    this.#db
      .prepare("UPDATE messages SET body = ?, formatted_body = ?, edited_at = ? WHERE event_id = ?")
      .run(body, formattedBody ?? null, at, eventId);
  }

  redact(eventId: string, at: number): void {
    this.#db
      .prepare("UPDATE messages SET body = '', formatted_body = NULL, media_json = NULL, redacted_at = ? WHERE event_id = ?")
      .run(at, eventId);
  }

  get(eventId: string): StoredMessage | undefined {
    const row = this.#db.prepare<[string], Row>("SELECT * FROM messages WHERE event_id = ?").get(eventId);
    return row ? toMessage(row) : undefined;
  }

  /** A conversation's messages in order, after `afterSeq`. */
  list(conversationId: string, options: { afterSeq?: number; limit: number; includeNotes: boolean }): StoredMessage[] {
    return this.#db
      .prepare<[string, number, number, number], Row>(
        `SELECT * FROM messages WHERE conversation_id = ? AND seq > ? AND (? = 1 OR kind != 'note') ORDER BY seq LIMIT ?`,
      )
      .all(conversationId, options.afterSeq ?? 0, options.includeNotes ? 1 : 0, options.limit)
      .map(toMessage);
  }
}
