import { setTimeout as sleep } from "node:timers/promises";
import { type KontorApi, KontorApiError } from "./kontor-api.ts";
import type { Logger } from "./log.ts";

/** A message for a customer, to be sent through Kontor's API. */
export interface Reply {
  conversationId: string;
  ticket: number;
  body: string;
  idempotencyKey: string;
}

export interface ReplyQueueOptions {
  api: KontorApi;
  logger: Logger;
  /** Pauses before the 2nd, 3rd, ... attempt; when they run out, the reply is given up and logged as an error. */
  retryDelaysMs?: readonly number[];
}

/**
 * Sends replies after the webhook was answered, so Kontor never waits on
 * us. A failed send is retried (with the same Idempotency-Key, so a retry
 * after a lost answer does not send twice); one that fails for good is
 * logged as an error for an agent to follow up, never dropped silently.
 *
 * The queue is in memory: a reply not yet sent is lost if the process dies.
 * A real helpdesk stores it before answering the webhook (an outbox table).
 */
export class ReplyQueue {
  readonly #api: KontorApi;
  readonly #logger: Logger;
  readonly #retryDelaysMs: readonly number[];
  readonly #sending = new Set<Promise<void>>();
  readonly #stopping = new AbortController();

  constructor(options: ReplyQueueOptions) {
    this.#api = options.api;
    this.#logger = options.logger;
    this.#retryDelaysMs = options.retryDelaysMs ?? [1_000, 5_000, 30_000, 120_000];
  }

  send(reply: Reply): void {
    const work = this.#deliver(reply)
      .catch((error: unknown) => this.#logger.error(`answering ticket #${reply.ticket} crashed`, { conversation: reply.conversationId, error }))
      .finally(() => this.#sending.delete(work));
    this.#sending.add(work);
  }

  /** Resolves when every reply sent so far has been delivered or given up. */
  async idle(): Promise<void> {
    while (this.#sending.size > 0) await Promise.all(this.#sending);
  }

  /** Stops waiting for retries (the replies still waiting are logged as not sent) and lets running requests finish. */
  async close(): Promise<void> {
    this.#stopping.abort();
    await this.idle();
  }

  async #deliver(reply: Reply): Promise<void> {
    const about = { ticket: reply.ticket, conversation: reply.conversationId, idempotencyKey: reply.idempotencyKey };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const sent = await this.#api.reply(reply.conversationId, reply.body, reply.idempotencyKey);
        this.#logger.info(`answered ticket #${reply.ticket}`, { ...about, message: sent.messageId, replayed: sent.replayed, attempt });
        return;
      } catch (error) {
        const pause = this.#retryDelaysMs[attempt - 1];
        const retryable = !(error instanceof KontorApiError) || error.retryable;
        if (!retryable || pause === undefined || this.#stopping.signal.aborted) {
          this.#logger.error(`could not answer ticket #${reply.ticket}; answer the customer by hand`, { ...about, attempt, error });
          return;
        }
        const wait = Math.max(pause, error instanceof KontorApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0);
        this.#logger.warn(`answering ticket #${reply.ticket} failed; trying again in ${wait} ms`, { ...about, attempt, error });
        try {
          await sleep(wait, undefined, { signal: this.#stopping.signal });
        } catch {
          this.#logger.error(`the bridge stopped before ticket #${reply.ticket} was answered; answer the customer by hand`, { ...about, attempt });
          return;
        }
      }
    }
  }
}
