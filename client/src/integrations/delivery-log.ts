import type { Delivery, DeliveryPage } from "../api/webhooks.ts";
import { ApiError, isAbort, type ApiFailure } from "../api/http.ts";

export type DeliveryLogActivity = "idle" | "loading" | "refreshing" | "loading-older";

export interface DeliveryLogState {
  /** Newest first. */
  deliveries: readonly Delivery[];
  /** Where older deliveries start, or null when the oldest is shown. */
  nextBefore: number | null;
  activity: DeliveryLogActivity;
  /** The first page has arrived. */
  loaded: boolean;
  failure: ApiFailure | undefined;
}

export type LoadDeliveries = (before: number | undefined) => Promise<DeliveryPage>;

/**
 * One webhook's delivery log, a page at a time: the newest deliveries
 * first, older ones on request ("load older"), and the newest page again
 * on refresh without losing the older pages already shown.
 */
export class DeliveryLog {
  readonly #load: LoadDeliveries;
  readonly #listeners = new Set<(state: DeliveryLogState) => void>();
  #state: DeliveryLogState = { deliveries: [], nextBefore: null, activity: "idle", loaded: false, failure: undefined };
  /** Answers to superseded requests are dropped. */
  #generation = 0;

  constructor(load: LoadDeliveries) {
    this.#load = load;
  }

  get state(): DeliveryLogState {
    return this.#state;
  }

  subscribe(listener: (state: DeliveryLogState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(change: Partial<DeliveryLogState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** The newest page; older pages already shown stay below it. */
  async refresh(): Promise<void> {
    if (this.#state.activity === "loading-older") return;
    const generation = ++this.#generation;
    this.#set({ activity: this.#state.loaded ? "refreshing" : "loading" });
    try {
      const page = await this.#load(undefined);
      if (generation !== this.#generation) return;
      this.#set({ ...mergeNewest(this.#state, page), activity: "idle", loaded: true, failure: undefined });
    } catch (error) {
      if (generation !== this.#generation || isAbort(error)) return;
      this.#set({ activity: "idle", failure: failureOf(error) });
    }
  }

  async loadOlder(): Promise<void> {
    const before = this.#state.nextBefore;
    // Loading older pages wins over a refresh under way (its answer is dropped).
    if (before === null || this.#state.activity === "loading" || this.#state.activity === "loading-older") return;
    const generation = ++this.#generation;
    this.#set({ activity: "loading-older" });
    try {
      const page = await this.#load(before);
      if (generation !== this.#generation) return;
      const known = new Set(this.#state.deliveries.map((delivery) => delivery.id));
      this.#set({
        deliveries: [...this.#state.deliveries, ...page.deliveries.filter((delivery) => !known.has(delivery.id))],
        nextBefore: page.nextBefore,
        activity: "idle",
        failure: undefined,
      });
    } catch (error) {
      if (generation !== this.#generation || isAbort(error)) return;
      this.#set({ activity: "idle", failure: failureOf(error) });
    }
  }
}

function failureOf(error: unknown): ApiFailure {
  return error instanceof ApiError ? error.failure : { kind: "network" };
}

/** The newest page replaces what it covers; what lies below it (older pages) stays, with its cursor. */
export function mergeNewest(state: Pick<DeliveryLogState, "deliveries" | "nextBefore">, page: DeliveryPage): Pick<DeliveryLogState, "deliveries" | "nextBefore"> {
  const oldestOnPage = page.deliveries.at(-1)?.seq;
  if (oldestOnPage === undefined || page.nextBefore === null) return { deliveries: page.deliveries, nextBefore: page.nextBefore };
  const below = state.deliveries.filter((delivery) => delivery.seq < oldestOnPage);
  return below.length > 0 ? { deliveries: [...page.deliveries, ...below], nextBefore: state.nextBefore } : { deliveries: page.deliveries, nextBefore: page.nextBefore };
}
