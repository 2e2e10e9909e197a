import { randomBytes } from "node:crypto";
import type { SqliteDatabase } from "../store/database.ts";

export const webhookEventTypes = ["conversation.created", "message.created", "conversation.updated"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface Webhook {
  id: string;
  businessSlug: string;
  url: string;
  events: WebhookEventType[];
  secret: string;
  description?: string;
  enabled: boolean;
  disabledReason?: string;
  createdAt: number;
  failingSince?: number;
}

export interface Delivery {
  id: string;
  seq: number;
  webhookId: string;
  eventType: WebhookEventType;
  orderingKey: string;
  payload: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  deliveredAt?: number;
}

export interface Attempt {
  attempt: number;
  at: number;
  statusCode?: number;
  error?: string;
  durationMs: number;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`;

interface WebhookRow {
  id: string;
  business_slug: string;
  url: string;
  events: string;
  secret: string;
  description: string | null;
  enabled: number;
  disabled_reason: string | null;
  created_at: number;
  failing_since: number | null;
}

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  businessSlug: row.business_slug,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEventType[],
  secret: row.secret,
  description: row.description ?? undefined,
  enabled: row.enabled === 1,
  disabledReason: row.disabled_reason ?? undefined,
  createdAt: row.created_at,
  failingSince: row.failing_since ?? undefined,
});

interface DeliveryRow {
  id: string;
  seq: number;
  webhook_id: string;
  event_type: WebhookEventType;
  ordering_key: string;
  payload: string;
  status: Delivery["status"];
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  delivered_at: number | null;
}

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  seq: row.seq,
  webhookId: row.webhook_id,
  eventType: row.event_type,
  orderingKey: row.ordering_key,
  payload: row.payload,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at ?? undefined,
});

/** Webhooks and their durable delivery queue. */
export class WebhookRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  create(webhook: Omit<Webhook, "id" | "enabled" | "createdAt">, now = Date.now()): Webhook {
    const id = newId("wh");
    this.#db
      .prepare("INSERT INTO webhooks (id, business_slug, url, events, secret, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(id, webhook.businessSlug, webhook.url, JSON.stringify(webhook.events), webhook.secret, webhook.description ?? null, now);
    return this.get(id) as Webhook;
  }

  get(id: string): Webhook | undefined {
    const row = this.#db.prepare<[string], WebhookRow>("SELECT * FROM webhooks WHERE id = ?").get(id);
    return row ? toWebhook(row) : undefined;
  }

  list(businessSlug: string): Webhook[] {
    return this.#db.prepare<[string], WebhookRow>("SELECT * FROM webhooks WHERE business_slug = ? ORDER BY created_at, id").all(businessSlug).map(toWebhook);
  }

  delete(businessSlug: string, id: string): boolean {
    return this.#db.prepare("DELETE FROM webhooks WHERE id = ? AND business_slug = ?").run(id, businessSlug).changes === 1;
  }

  setEnabled(id: string, enabled: boolean, reason?: string): void {
    this.#db.prepare("UPDATE webhooks SET enabled = ?, disabled_reason = ?, failing_since = NULL WHERE id = ?").run(enabled ? 1 : 0, enabled ? null : (reason ?? null), id);
  }

  setEvents(id: string, events: readonly WebhookEventType[]): void {
    this.#db.prepare("UPDATE webhooks SET events = ? WHERE id = ?").run(JSON.stringify(events), id);
  }

  setFailingSince(id: string, since: number | undefined): void {
    this.#db.prepare("UPDATE webhooks SET failing_since = ? WHERE id = ?").run(since ?? null, id);
  }

  /** Queues one event for every enabled webhook of the business that subscribed to its type. */
  enqueue(businessSlug: string, eventType: WebhookEventType, orderingKey: string, payload: (deliveryId: string) => string, now = Date.now()): number {
    const hooks = this.list(businessSlug).filter((hook) => hook.enabled && hook.events.includes(eventType));
    const nextSeq = this.#db.prepare<[], { n: number | null }>("SELECT max(seq) AS n FROM webhook_deliveries");
    const insert = this.#db.prepare(
      `INSERT INTO webhook_deliveries (id, seq, webhook_id, event_type, ordering_key, payload, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    for (const hook of hooks) {
      const id = newId("msg");
      insert.run(id, (nextSeq.get()?.n ?? 0) + 1, hook.id, eventType, `${hook.id}:${orderingKey}`, payload(id), now, now);
    }
    return hooks.length;
  }

  /**
   * Deliveries that are due, at most one per webhook and ordering key (the
   * oldest still pending), so events of one conversation arrive in order.
   */
  due(now: number, limit: number): Delivery[] {
    return this.#db
      .prepare<[number, number], DeliveryRow>(
        `SELECT d.* FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
         WHERE d.status = 'pending' AND w.enabled = 1
           AND d.seq = (SELECT min(seq) FROM webhook_deliveries e WHERE e.ordering_key = d.ordering_key AND e.status = 'pending')
           AND d.next_attempt_at <= ?
         ORDER BY d.seq LIMIT ?`,
      )
      .all(now, limit)
      .map(toDelivery);
  }

  nextDueAt(): number | undefined {
    const row = this.#db
      .prepare<[], { at: number | null }>(
        "SELECT min(d.next_attempt_at) AS at FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.status = 'pending' AND w.enabled = 1",
      )
      .get();
    return row?.at ?? undefined;
  }

  recordAttempt(delivery: Delivery, attempt: Attempt, outcome: { status: Delivery["status"]; nextAttemptAt?: number }): void {
    this.#db.transaction(() => {
      this.#db
        .prepare("INSERT INTO webhook_attempts (delivery_id, attempt, at, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .run(delivery.id, attempt.attempt, attempt.at, attempt.statusCode ?? null, attempt.error?.slice(0, 500) ?? null, attempt.durationMs);
      this.#db
        .prepare("UPDATE webhook_deliveries SET attempts = ?, status = ?, next_attempt_at = ?, delivered_at = ? WHERE id = ?")
        .run(attempt.attempt, outcome.status, outcome.nextAttemptAt ?? delivery.nextAttemptAt, outcome.status === "delivered" ? attempt.at : null, delivery.id);
    })();
  }

  deliveries(webhookId: string, options: { limit: number; beforeSeq?: number }): { delivery: Delivery; attempts: Attempt[] }[] {
    const rows = this.#db
      .prepare<[string, number, number], DeliveryRow>("SELECT * FROM webhook_deliveries WHERE webhook_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?")
      .all(webhookId, options.beforeSeq ?? Number.MAX_SAFE_INTEGER, options.limit);
    const attempts = this.#db.prepare<[string], { attempt: number; at: number; status_code: number | null; error: string | null; duration_ms: number }>(
      "SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt",
    );
    return rows.map((row) => ({
      delivery: toDelivery(row),
      attempts: attempts.all(row.id).map((a) => ({ attempt: a.attempt, at: a.at, statusCode: a.status_code ?? undefined, error: a.error ?? undefined, durationMs: a.duration_ms })),
    }));
  }
}
