import type { Logger } from "../logging/logger.ts";

export interface TransactionGapOptions {
  /** Highest transaction number already handled before this process started. */
  startAfter?: number;
  /** A gap this old makes Kontor refuse one transaction, so the homeserver starts its recovery. */
  nudgeAfterMs?: number;
  /** A gap this old is given up on: later events are released. */
  giveUpAfterMs?: number;
  logger: Logger;
}

/**
 * Watches Synapse's transaction numbers for gaps.
 *
 * Synapse numbers an appservice's transactions 1, 2, 3, ... A transaction
 * created while Synapse finishes recovering from an appservice outage can be
 * left unsent until the next outage (its recoverer and its sender race).
 * Kontor then sees 403, 405, ... and 404 never comes. To keep every message
 * and the order within each conversation:
 *
 * - events of transactions after a gap are held back (see `releasedUpTo`);
 * - when the gap stays open, Kontor refuses the next transaction once
 *   (`shouldNudge`): Synapse treats that as an outage and its recoverer sends
 *   the oldest unsent transaction first, which fills the gap;
 * - a gap that never fills is given up on after a while, with an error logged.
 *
 * Transaction IDs that are not numbers (other homeservers) are not tracked.
 */
export class TransactionGaps {
  readonly #options: Required<Omit<TransactionGapOptions, "startAfter">>;
  #watermark: number | undefined;
  readonly #ahead = new Set<number>();
  #gapSince: number | undefined;
  #lastNudge = Number.NEGATIVE_INFINITY;

  constructor(options: TransactionGapOptions) {
    this.#options = { nudgeAfterMs: 3000, giveUpAfterMs: 60_000, ...options };
    this.#watermark = options.startAfter;
  }

  /** The highest transaction number up to which nothing is missing. */
  get watermark(): number | undefined {
    return this.#watermark;
  }

  record(number: number, now = Date.now()): void {
    if (this.#watermark === undefined) {
      this.#watermark = number;
      return;
    }
    if (number <= this.#watermark) return;
    this.#ahead.add(number);
    this.#advance();
    if (this.#ahead.size > 0 && this.#gapSince === undefined) {
      this.#gapSince = now;
      this.#options.logger.warn("a homeserver transaction is missing; holding back later events until it arrives", {
        missing: this.#watermark + 1,
        received: number,
      });
    }
  }

  /** Events of transactions up to this number may be handled; undefined: no limit. */
  releasedUpTo(now = Date.now()): number | undefined {
    if (this.#gapSince !== undefined && now - this.#gapSince > this.#options.giveUpAfterMs && this.#watermark !== undefined) {
      const next = Math.min(...this.#ahead);
      this.#options.logger.error("a homeserver transaction never arrived; releasing the events after it", {
        missing: `${this.#watermark + 1}-${next - 1}`,
      });
      this.#watermark = next - 1;
      this.#advance();
    }
    return this.#gapSince === undefined ? undefined : this.#watermark;
  }

  /** True (once in a while) when a gap has been open long enough to ask the homeserver to resend. */
  shouldNudge(now = Date.now()): boolean {
    if (this.#gapSince === undefined || now - this.#gapSince < this.#options.nudgeAfterMs) return false;
    if (now - this.#lastNudge < 10_000) return false;
    this.#lastNudge = now;
    return true;
  }

  #advance(): void {
    if (this.#watermark === undefined) return;
    while (this.#ahead.has(this.#watermark + 1)) {
      this.#watermark += 1;
      this.#ahead.delete(this.#watermark);
    }
    if (this.#ahead.size === 0 && this.#gapSince !== undefined) {
      this.#gapSince = undefined;
      this.#options.logger.info("the missing homeserver transaction arrived", { upTo: this.#watermark });
    }
  }
}
