import { list, numberOrNull, record, text, textOrNull, texts } from "./decode.ts";
import { sendJson, type RequestOptions } from "./http.ts";

export const webhookEventTypes = ["conversation.created", "message.created", "conversation.updated"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface Webhook {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  enabled: boolean;
  /** Why it is off: "turned off by the business", or what kept failing when Kontor turned it off. */
  disabledReason: string | null;
  /** Deliveries have failed since then (Kontor keeps retrying). */
  failingSince: string | null;
  createdAt: string;
}

export interface WebhookDraft {
  url: string;
  events: WebhookEventType[];
  description: string;
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The receiver's HTTP status, or null when no answer came (see `error`). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface Delivery {
  /** The `webhook-id` header, the same on every retry. */
  id: string;
  seq: number;
  eventType: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryPage {
  deliveries: Delivery[];
  /** Pass as `before` for older deliveries; null when there are none. */
  nextBefore: number | null;
}

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return (webhookEventTypes as readonly unknown[]).includes(value);
}

export function decodeWebhook(value: unknown): Webhook {
  const json = record(value);
  return {
    id: text(json.id),
    url: text(json.url),
    events: texts(json.events).filter(isWebhookEventType),
    description: textOrNull(json.description),
    enabled: json.enabled === true,
    disabledReason: textOrNull(json.disabled_reason),
    failingSince: textOrNull(json.failing_since),
    createdAt: text(json.created_at),
  };
}

function decodeAttempt(value: unknown): DeliveryAttempt {
  const json = record(value);
  return {
    attempt: numberOrNull(json.attempt) ?? 0,
    at: text(json.at),
    statusCode: numberOrNull(json.status_code),
    error: textOrNull(json.error),
    durationMs: numberOrNull(json.duration_ms) ?? 0,
  };
}

const deliveryStatuses: readonly string[] = ["pending", "delivered", "failed"];

export function decodeDelivery(value: unknown): Delivery {
  const json = record(value);
  return {
    id: text(json.id),
    seq: numberOrNull(json.seq) ?? 0,
    eventType: text(json.event_type),
    status: deliveryStatuses.includes(text(json.status)) ? (text(json.status) as DeliveryStatus) : "pending",
    attempts: list(json.attempts).map(decodeAttempt),
    nextAttemptAt: textOrNull(json.next_attempt_at),
    createdAt: text(json.created_at),
    deliveredAt: textOrNull(json.delivered_at),
  };
}

const webhooksPath = (slug: string) => `/api/v1/businesses/${encodeURIComponent(slug)}/webhooks`;
const webhookPath = (slug: string, id: string) => `${webhooksPath(slug)}/${encodeURIComponent(id)}`;

export async function fetchWebhooks(slug: string, options: RequestOptions): Promise<Webhook[]> {
  return list(record(await sendJson("GET", webhooksPath(slug), undefined, options)).webhooks)
    .map(decodeWebhook)
    .filter((webhook) => webhook.id !== "");
}

/** Creates a webhook; `secret` (`whsec_...`) signs its deliveries and is never shown again. */
export async function createWebhook(slug: string, draft: WebhookDraft, options: RequestOptions): Promise<{ webhook: Webhook; secret: string }> {
  const description = draft.description.trim();
  const body = { url: draft.url.trim(), events: draft.events, ...(description ? { description } : {}) };
  const json = record(await sendJson("POST", webhooksPath(slug), body, options));
  return { webhook: decodeWebhook(json), secret: text(json.secret) };
}

export async function setWebhookEnabled(slug: string, id: string, enabled: boolean, options: RequestOptions): Promise<Webhook> {
  return decodeWebhook(await sendJson("PATCH", webhookPath(slug, id), { enabled }, options));
}

export async function deleteWebhook(slug: string, id: string, options: RequestOptions): Promise<void> {
  await sendJson("DELETE", webhookPath(slug, id), undefined, options);
}

export async function fetchDeliveries(slug: string, id: string, page: { limit: number; before?: number }, options: RequestOptions): Promise<DeliveryPage> {
  const query = new URLSearchParams({ limit: String(page.limit) });
  if (page.before !== undefined) query.set("before", String(page.before));
  const json = record(await sendJson("GET", `${webhookPath(slug, id)}/deliveries?${query}`, undefined, options));
  return { deliveries: list(json.deliveries).map(decodeDelivery), nextBefore: numberOrNull(json.next_before) };
}
