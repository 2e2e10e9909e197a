import type { Logger } from "../logging/logger.ts";
import type { InboundEvent, InboxRepository, PendingEvent } from "../store/inbox-repository.ts";
import { HomeserverUnreachableError, MatrixApiError } from "./homeserver-client.ts";

export interface HandlingContext {
  /** How many times handling this event started before (after a crash or a failure). */
  previousAttempts: number;
}

export type EventHandler = (event: InboundEvent, context: HandlingContext) => Promise<void>;

export interface EventProcessorOptions {
  inbox: InboxRepository;
  handle: EventHandler;
  logger: Logger;
  /** Rooms worked on at the same time; events of one room are always handled one by one, in order. */
  concurrency?: number;
  /** Attempts after which an event failing for a permanent reason is abandoned. */
  maxAttempts?: number;
  baseRetryMs?: number;
  maxRetryMs?: number;
  /** Events of transactions above this number wait (an earlier one is missing). */
  releasedUpTo?: () => number | undefined;
}

/** The event cannot be handled yet (its conversation is still starting); try again shortly. */
export class NotReadyError extends Error {
  override name = "NotReadyError";
}

/** Failures that retrying later can fix: not ready yet, or the homeserver is down, overloaded or rate-limiting. */
export function isTransient(error: unknown): boolean {
  if (error instanceof NotReadyError) return true;
  if (error instanceof HomeserverUnreachableError) return true;
  if (error instanceof MatrixApiError) return error.status >= 500 || error.status === 429 || error.errcode === "M_LIMIT_EXCEEDED";
  return false;
}

/**
 * Works through the durable inbox. Events of one room are handled strictly
 * in arrival order, one at a time; different rooms proceed in parallel. An
 * event is marked processed only after its handler finished, so a crash
 * means it is handled again: handlers are idempotent. A failing event holds
 * back the later events of its room (order matters in a conversation) and is
 * retried with growing pauses.
 */
export class EventProcessor {
  readonly #options: Required<EventProcessorOptions>;
  readonly #busyRooms = new Set<string>();
  readonly #retryAt = new Map<string, { at: number; delay: number }>();
  #running = false;
  #wakeUp: (() => void) | undefined;
  /** Set by wake(); a wake-up that comes while the loop is busy is not lost. */
  #woken = false;
  #lanes = new Set<Promise<void>>();
  #loop: Promise<void> | undefined;

  constructor(options: EventProcessorOptions) {
    this.#options = { concurrency: 8, maxAttempts: 6, baseRetryMs: 500, maxRetryMs: 60_000, releasedUpTo: () => undefined, ...options };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** New events were stored: look at the inbox now. */
  wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.wake();
    await this.#loop;
    await Promise.all(this.#lanes);
  }

  /** Resolves when nothing is pending or in flight (for tests and shutdown). */
  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#options.inbox.pending(1, this.#options.releasedUpTo()).length > 0 || this.#lanes.size > 0) {
      if (Date.now() > deadline) throw new Error("the event processor did not become idle in time");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async #run(): Promise<void> {
    while (this.#running) {
      this.#woken = false;
      const scheduled = this.#schedule();
      if (!scheduled) await this.#sleep(this.#nextRetryDelay());
      else await this.#sleep(1000);
    }
  }

  /** Starts a lane for every idle room with pending events; true if any started. */
  #schedule(): boolean {
    const now = Date.now();
    const lanes = new Map<string, PendingEvent[]>();
    for (const pending of this.#options.inbox.pending(1000, this.#options.releasedUpTo())) {
      const room = pending.event.room_id ?? "";
      if (this.#busyRooms.has(room)) continue;
      const retry = this.#retryAt.get(room);
      if (retry && retry.at > now) continue;
      const lane = lanes.get(room) ?? [];
      lane.push(pending);
      lanes.set(room, lane);
    }
    let started = false;
    for (const [room, events] of lanes) {
      if (this.#busyRooms.size >= this.#options.concurrency) break;
      this.#busyRooms.add(room);
      started = true;
      const lane = this.#runLane(room, events).finally(() => {
        this.#busyRooms.delete(room);
        this.#lanes.delete(lane);
        this.wake();
      });
      this.#lanes.add(lane);
    }
    return started;
  }

  async #runLane(room: string, events: PendingEvent[]): Promise<void> {
    const { inbox, handle, logger, maxAttempts, baseRetryMs, maxRetryMs } = this.#options;
    for (const pending of events) {
      if (!this.#running) return;
      inbox.markStarted(pending.seq);
      try {
        await handle(pending.event, { previousAttempts: pending.attempts });
        inbox.markProcessed(pending.seq);
        this.#retryAt.delete(room);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const attempts = pending.attempts + 1;
        // A conversation that never finishes starting would hold its room's events for ever.
        const stuck = error instanceof NotReadyError && attempts >= 30;
        if ((!isTransient(error) && attempts >= maxAttempts) || stuck) {
          logger.error("giving up on an event after repeated failures", { eventId: pending.event.event_id, room, attempts, error });
          inbox.markAbandoned(pending.seq, message);
          this.#retryAt.delete(room);
          continue;
        }
        inbox.markFailed(pending.seq, message);
        const delay = Math.min(maxRetryMs, (this.#retryAt.get(room)?.delay ?? baseRetryMs / 2) * 2);
        this.#retryAt.set(room, { at: Date.now() + delay, delay });
        logger.warn("handling an event failed; will retry", { eventId: pending.event.event_id, room, attempts, retryInMs: delay, error: message });
        return;
      }
    }
  }

  #nextRetryDelay(): number {
    const now = Date.now();
    let next = 5000;
    for (const { at } of this.#retryAt.values()) next = Math.min(next, Math.max(10, at - now));
    return next;
  }

  #sleep(ms: number): Promise<void> {
    if (this.#woken) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined = undefined;
      const done = (): void => {
        clearTimeout(timer);
        this.#wakeUp = undefined;
        resolve();
      };
      timer = setTimeout(done, ms);
      this.#wakeUp = done;
    });
  }
}
