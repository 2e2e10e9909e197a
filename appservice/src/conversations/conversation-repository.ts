import type { SqliteDatabase } from "../store/database.ts";
import type { Conversation, ConversationStatus } from "./conversation.ts";

interface Row {
  id: string;
  business_slug: string;
  customer_id: string;
  customer_name: string | null;
  ghost_id: string;
  start_key: string;
  origin: Conversation["origin"];
  setup_state: Conversation["setupState"];
  customer_room_id: string | null;
  staff_room_id: string | null;
  status: ConversationStatus;
  assignee: string | null;
  labels: string;
  snoozed_until: number | null;
  encrypted: number;
  greeted: number;
  away_notice_for: string | null;
  last_message_preview: string | null;
  created_at: number;
  updated_at: number;
  first_response_at: number | null;
  last_customer_message_at: number | null;
  last_business_message_at: number | null;
}

const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function toConversation(row: Row): Conversation {
  return {
    id: row.id,
    businessSlug: row.business_slug,
    customerId: row.customer_id,
    customerName: opt(row.customer_name),
    ghostId: row.ghost_id,
    startKey: row.start_key,
    origin: row.origin,
    setupState: row.setup_state,
    customerRoomId: opt(row.customer_room_id),
    staffRoomId: opt(row.staff_room_id),
    status: row.status,
    assignee: opt(row.assignee),
    labels: JSON.parse(row.labels) as string[],
    snoozedUntil: opt(row.snoozed_until),
    encrypted: row.encrypted === 1,
    greeted: row.greeted === 1,
    awayNoticeFor: opt(row.away_notice_for),
    lastMessagePreview: opt(row.last_message_preview),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstResponseAt: opt(row.first_response_at),
    lastCustomerMessageAt: opt(row.last_customer_message_at),
    lastBusinessMessageAt: opt(row.last_business_message_at),
  };
}

/** Columns that `update` may change, with their SQL names. */
const updatable = {
  customerName: "customer_name",
  setupState: "setup_state",
  customerRoomId: "customer_room_id",
  staffRoomId: "staff_room_id",
  status: "status",
  assignee: "assignee",
  labels: "labels",
  snoozedUntil: "snoozed_until",
  encrypted: "encrypted",
  greeted: "greeted",
  awayNoticeFor: "away_notice_for",
  lastMessagePreview: "last_message_preview",
  firstResponseAt: "first_response_at",
  lastCustomerMessageAt: "last_customer_message_at",
  lastBusinessMessageAt: "last_business_message_at",
} as const satisfies Partial<Record<keyof Conversation, string>>;

export type ConversationChanges = Partial<Pick<Conversation, keyof typeof updatable>>;

function toSql(key: keyof typeof updatable, value: unknown): unknown {
  if (value === undefined) return null;
  if (key === "labels") return JSON.stringify(value);
  if (key === "encrypted" || key === "greeted") return value ? 1 : 0;
  return value;
}

export interface ConversationFilter {
  businessSlug: string;
  status?: ConversationStatus;
  assignee?: string | null;
  label?: string;
  updatedSince?: number;
  /** Continue after this (updated_at, id) position, newest first. */
  after?: { updatedAt: number; id: string };
  limit: number;
}

/** Conversations in the store. */
export class ConversationRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  insert(conversation: Conversation): void {
    this.#db
      .prepare(
        `INSERT INTO conversations (id, business_slug, customer_id, customer_name, ghost_id, start_key, origin, setup_state,
           customer_room_id, staff_room_id, status, labels, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        conversation.id,
        conversation.businessSlug,
        conversation.customerId,
        conversation.customerName ?? null,
        conversation.ghostId,
        conversation.startKey,
        conversation.origin,
        conversation.setupState,
        conversation.customerRoomId ?? null,
        conversation.staffRoomId ?? null,
        conversation.status,
        JSON.stringify(conversation.labels),
        conversation.createdAt,
        conversation.updatedAt,
      );
  }

  update(id: string, changes: ConversationChanges, now = Date.now()): void {
    const keys = (Object.keys(changes) as (keyof typeof updatable)[]).filter((key) => key in updatable);
    if (keys.length === 0) return;
    const assignments = keys.map((key) => `${updatable[key]} = ?`).join(", ");
    this.#db
      .prepare(`UPDATE conversations SET ${assignments}, updated_at = ? WHERE id = ?`)
      .run(...keys.map((key) => toSql(key, changes[key])), now, id);
  }

  get(id: string): Conversation | undefined {
    const row = this.#db.prepare<[string], Row>("SELECT * FROM conversations WHERE id = ?").get(id);
    return row ? toConversation(row) : undefined;
  }

  byStartKey(startKey: string): Conversation | undefined {
    const row = this.#db.prepare<[string], Row>("SELECT * FROM conversations WHERE start_key = ?").get(startKey);
    return row ? toConversation(row) : undefined;
  }

  /** The conversation a room belongs to, as customer room or staff room. */
  byRoom(roomId: string): { conversation: Conversation; side: "customer" | "staff" } | undefined {
    const row = this.#db
      .prepare<[string, string], Row>("SELECT * FROM conversations WHERE customer_room_id = ? OR staff_room_id = ?")
      .get(roomId, roomId);
    if (!row) return undefined;
    return { conversation: toConversation(row), side: row.customer_room_id === roomId ? "customer" : "staff" };
  }

  /** The customer's most recent conversation with a business that still has its room. */
  latestOf(businessSlug: string, customerId: string): Conversation | undefined {
    const row = this.#db
      .prepare<[string, string], Row>(
        `SELECT * FROM conversations WHERE business_slug = ? AND customer_id = ? AND setup_state IN ('starting', 'active')
         ORDER BY created_at DESC LIMIT 1`,
      )
      .get(businessSlug, customerId);
    return row ? toConversation(row) : undefined;
  }

  ofCustomer(customerId: string): Conversation[] {
    return this.#db
      .prepare<[string], Row>("SELECT * FROM conversations WHERE customer_id = ? AND setup_state = 'active' ORDER BY updated_at DESC")
      .all(customerId)
      .map(toConversation);
  }

  /** A business's conversations, newest activity first, with filters. */
  list(filter: ConversationFilter): Conversation[] {
    const where = ["business_slug = ?", "setup_state = 'active'"];
    const params: unknown[] = [filter.businessSlug];
    if (filter.status) {
      where.push("status = ?");
      params.push(filter.status);
    }
    if (filter.assignee === null) where.push("assignee IS NULL");
    else if (filter.assignee !== undefined) {
      where.push("assignee = ?");
      params.push(filter.assignee);
    }
    if (filter.label) {
      where.push("EXISTS (SELECT 1 FROM json_each(labels) WHERE value = ?)");
      params.push(filter.label);
    }
    if (filter.updatedSince !== undefined) {
      where.push("updated_at >= ?");
      params.push(filter.updatedSince);
    }
    if (filter.after) {
      where.push("(updated_at < ? OR (updated_at = ? AND id > ?))");
      params.push(filter.after.updatedAt, filter.after.updatedAt, filter.after.id);
    }
    params.push(filter.limit);
    return this.#db
      .prepare<unknown[], Row>(`SELECT * FROM conversations WHERE ${where.join(" AND ")} ORDER BY updated_at DESC, id LIMIT ?`)
      .all(...params)
      .map(toConversation);
  }

  /** Counts per status for an inbox: all, and the caller's and the unassigned ones. */
  counts(businessSlug: string, userId: string): Record<string, number> {
    const row = this.#db
      .prepare<[string, string], Record<string, number>>(
        `SELECT
           sum(status = 'open') AS open, sum(status = 'pending') AS pending,
           sum(status = 'snoozed') AS snoozed, sum(status = 'resolved') AS resolved,
           sum(status != 'resolved' AND assignee = ?) AS mine,
           sum(status != 'resolved' AND assignee IS NULL) AS unassigned
         FROM conversations WHERE business_slug = ? AND setup_state = 'active'`,
      )
      .get(userId, businessSlug);
    return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, value ?? 0]));
  }

  dueSnoozes(now: number): Conversation[] {
    return this.#db
      .prepare<[number], Row>("SELECT * FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ? ORDER BY snoozed_until LIMIT 100")
      .all(now)
      .map(toConversation);
  }

  ofBusiness(businessSlug: string): Conversation[] {
    return this.#db.prepare<[string], Row>("SELECT * FROM conversations WHERE business_slug = ?").all(businessSlug).map(toConversation);
  }
}
