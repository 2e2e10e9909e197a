import { randomUUID } from "node:crypto";
import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "./homeserver-client.ts";

export interface PingResult {
  ok: boolean;
  at: string;
  /** Round trip homeserver -> appservice -> homeserver, as the homeserver measured it. */
  durationMs?: number;
  error?: string;
}

export interface SelfPingOptions {
  client: HomeserverClient;
  appserviceId: string;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * Pings the appservice through the homeserver. A successful ping proves both
 * directions work (our as_token is accepted, the homeserver reaches our port
 * with the hs_token), and it makes the homeserver retry queued transactions
 * at once instead of waiting out its backoff.
 */
export class SelfPing {
  readonly #options: SelfPingOptions;
  #last: PingResult | undefined;

  constructor(options: SelfPingOptions) {
    this.#options = options;
  }

  get last(): PingResult | undefined {
    return this.#last;
  }

  async ping(): Promise<PingResult> {
    const { client, appserviceId, timeoutMs } = this.#options;
    const at = new Date().toISOString();
    try {
      const answer = await client.pingAppservice(appserviceId, `kontor-ping-${randomUUID()}`, timeoutMs ?? 10_000);
      this.#last = { ok: true, at, durationMs: answer.duration_ms };
    } catch (error) {
      this.#last = { ok: false, at, error: (error as Error).message };
    }
    return this.#last;
  }

  /**
   * Pings until one succeeds, with growing pauses, so that start-up does not
   * depend on the homeserver being up first. Stops when `signal` aborts.
   */
  async pingUntilAnswered(signal: AbortSignal, maxDelayMs = 30_000): Promise<PingResult | undefined> {
    const logger = this.#options.logger;
    let delay = 250;
    while (!signal.aborted) {
      const result = await this.ping();
      if (result.ok) {
        logger.info("homeserver ping round trip succeeded", { durationMs: result.durationMs });
        return result;
      }
      logger.warn("homeserver ping failed; retrying", { error: result.error, retryInMs: delay });
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxDelayMs);
    }
    return undefined;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
