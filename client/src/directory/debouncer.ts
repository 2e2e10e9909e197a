export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs the latest scheduled call once nothing new was scheduled for `delayMs`. */
export class Debouncer<T> {
  readonly #delayMs: number;
  readonly #run: (value: T) => void;
  readonly #timers: Timers;
  #handle: unknown;
  #pending = false;

  constructor(delayMs: number, run: (value: T) => void, timers: Timers = browserTimers) {
    this.#delayMs = delayMs;
    this.#run = run;
    this.#timers = timers;
  }

  get pending(): boolean {
    return this.#pending;
  }

  schedule(value: T): void {
    this.cancel();
    this.#pending = true;
    this.#handle = this.#timers.setTimeout(() => {
      this.#pending = false;
      this.#run(value);
    }, this.#delayMs);
  }

  cancel(): void {
    if (this.#pending) this.#timers.clearTimeout(this.#handle);
    this.#pending = false;
  }
}
