import { ApiError, isAbort, type ApiFailure } from "../api/http.ts";

export type LoadState<T> =
  | { status: "idle" }
  | { status: "loading"; key: string }
  | { status: "loaded"; key: string; value: T }
  | { status: "failed"; key: string; failure: ApiFailure };

export type LoadFunction<T> = (key: string, signal: AbortSignal) => Promise<T>;

/**
 * Loads one value per key (a business per slug and language) and keeps
 * only the newest answer. Plain data, no DOM: pages render its state.
 */
export class KeyedLoader<T> {
  readonly #load: LoadFunction<T>;
  readonly #listeners = new Set<(state: LoadState<T>) => void>();
  #state: LoadState<T> = { status: "idle" };
  #inFlight: AbortController | undefined;
  #settled: Promise<void> = Promise.resolve();

  constructor(load: LoadFunction<T>) {
    this.#load = load;
  }

  get state(): LoadState<T> {
    return this.#state;
  }

  subscribe(listener: (state: LoadState<T>) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Loads the value for `key` unless it is loaded, loading or failed already:
   * a failure is retried only on request (reload), never by re-rendering.
   */
  async show(key: string): Promise<void> {
    if (this.#state.status !== "idle" && this.#state.key === key) return;
    await this.#run(key, { quiet: false });
  }

  /** Resolves once the current request, if any, has an answer (or failed). */
  settled(): Promise<void> {
    return this.#settled;
  }

  /** Loads the current key again; with `quiet`, the old value stays shown until the new one arrives. */
  async reload(options: { quiet?: boolean } = {}): Promise<void> {
    if (this.#state.status === "idle") return;
    await this.#run(this.#state.key, { quiet: options.quiet ?? false });
  }

  dispose(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    if (this.#state.status === "loading") this.#state = { status: "idle" };
  }

  #run(key: string, options: { quiet: boolean }): Promise<void> {
    this.#settled = this.#request(key, options);
    return this.#settled;
  }

  async #request(key: string, options: { quiet: boolean }): Promise<void> {
    this.#inFlight?.abort();
    const request = new AbortController();
    this.#inFlight = request;
    if (!options.quiet || this.#state.status !== "loaded") this.#set({ status: "loading", key });
    try {
      const value = await this.#load(key, request.signal);
      if (!request.signal.aborted) this.#set({ status: "loaded", key, value });
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return;
      this.#set({ status: "failed", key, failure: error instanceof ApiError ? error.failure : { kind: "network" } });
    }
  }

  #set(state: LoadState<T>): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
