import type { Logger } from "../logging/logger.ts";
import type { GuardedFetcher } from "../http/ssrf-guard.ts";
import { signWebhook } from "./signing.ts";
import type { Delivery, Webhook, WebhookRepository } from "./webhook-repository.ts";

export interface WebhookDispatcherOptions {
  webhooks: WebhookRepository;
  fetcher: GuardedFetcher;
  logger: Logger;
  /** Pauses after the 1st, 2nd, ... failed attempt; when they run out, the delivery has failed. */
  retryScheduleSeconds: readonly number[];
  timeoutMs: number;
  /** Told when a webhook is turned off after a delivery failed for good. */
  onDisabled: (webhook: Webhook, reason: string) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * Delivers queued webhook events: signed (Standard Webhooks), in order per
 * webhook and conversation, retried with exponential backoff and jitter
 * along the schedule (more than 24 hours by default). A delivery that fails
 * for good turns its webhook off and the business is told. The queue is in
 * SQLite, so deliveries survive restarts.
 */
export class WebhookDispatcher {
  readonly #options: WebhookDispatcherOptions;
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #busy = new Set<string>();
  #inFlight = new Set<Promise<void>>();

  constructor(options: WebhookDispatcherOptions) {
    this.#options = options;
  }

  start(): void {
    this.#running = true;
    this.wake();
  }

  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await Promise.all(this.#inFlight);
  }

  /** New deliveries were queued: look now. */
  wake(): void {
    if (!this.#running) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#tick(), 0);
  }

  #tick(): void {
    if (!this.#running) return;
    const now = (this.#options.now ?? Date.now)();
    for (const delivery of this.#options.webhooks.due(now, 50)) {
      if (this.#busy.has(delivery.orderingKey) || this.#busy.size >= 8) continue;
      this.#busy.add(delivery.orderingKey);
      const work = this.#deliver(delivery)
        .catch((error: unknown) => this.#options.logger.error("webhook delivery crashed", { delivery: delivery.id, error }))
        .finally(() => {
          this.#busy.delete(delivery.orderingKey);
          this.#inFlight.delete(work);
          this.wake();
        });
      this.#inFlight.add(work);
    }
    const next = this.#options.webhooks.nextDueAt();
    const delay = next === undefined ? 30_000 : Math.min(30_000, Math.max(50, next - now));
    this.#timer = setTimeout(() => this.#tick(), delay);
  }

  async #deliver(delivery: Delivery): Promise<void> {
    const { webhooks, fetcher, logger, retryScheduleSeconds, timeoutMs } = this.#options;
    const webhook = webhooks.get(delivery.webhookId);
    if (!webhook?.enabled) return;
    const now = (this.#options.now ?? Date.now)();
    const timestamp = Math.floor(now / 1000);
    const attempt = delivery.attempts + 1;
    const started = performance.now();
    let statusCode: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetcher(webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Kontor-Webhooks/1",
          "webhook-id": delivery.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(webhook.secret, delivery.id, timestamp, delivery.payload),
        },
        body: delivery.payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode >= 300) error = statusCode >= 300 && statusCode < 400 ? `redirect ${statusCode} (not followed)` : `HTTP ${statusCode}`;
    } catch (caught) {
      const cause = (caught as { cause?: Error }).cause;
      error = (cause?.message ?? (caught as Error).message).slice(0, 300);
    }
    const record = { attempt, at: now, statusCode, error, durationMs: Math.round(performance.now() - started) };
    if (!error) {
      webhooks.recordAttempt(delivery, record, { status: "delivered" });
      if (webhook.failingSince) webhooks.setFailingSince(webhook.id, undefined);
      return;
    }
    if (!webhook.failingSince) webhooks.setFailingSince(webhook.id, now);
    const pause = retryScheduleSeconds[attempt - 1];
    if (pause === undefined) {
      webhooks.recordAttempt(delivery, record, { status: "failed" });
      const reason = `a delivery failed ${attempt} times since ${new Date(delivery.createdAt).toISOString()} (last: ${error})`;
      webhooks.setEnabled(webhook.id, false, reason);
      logger.warn("webhook turned off after a delivery failed for good", { webhook: webhook.id, url: webhook.url, reason });
      await this.#options.onDisabled(webhook, reason).catch((notifyError: unknown) => logger.warn("could not tell the business", { error: notifyError }));
      return;
    }
    // Exponential schedule with ±20 % jitter, so many failing endpoints do not retry in lockstep.
    const jitter = 0.8 + 0.4 * (this.#options.random ?? Math.random)();
    webhooks.recordAttempt(delivery, record, { status: "pending", nextAttemptAt: now + Math.round(pause * 1000 * jitter) });
    logger.debug("webhook delivery failed; will retry", { delivery: delivery.id, attempt, error });
  }
}
