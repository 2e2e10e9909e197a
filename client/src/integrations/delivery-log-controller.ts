import type { ReactiveController, ReactiveControllerHost } from "lit";
import { DeliveryLog, type DeliveryLogState, type LoadDeliveries } from "./delivery-log.ts";

/**
 * Connects a `DeliveryLog` to a component: re-renders on every change and,
 * while the log is on screen (`watch(true)`) and the tab visible, fetches
 * the newest deliveries every `refreshMs`, so a delivery's outcome shows up
 * without reloading.
 */
export class DeliveryLogController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #refreshMs: number;
  readonly #log: DeliveryLog;
  #unsubscribe: (() => void) | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #watching = false;

  constructor(host: ReactiveControllerHost, load: LoadDeliveries, options: { refreshMs?: number } = {}) {
    this.#host = host;
    this.#refreshMs = options.refreshMs ?? 5_000;
    this.#log = new DeliveryLog(load);
    host.addController(this);
  }

  get state(): DeliveryLogState {
    return this.#log.state;
  }

  refresh(): Promise<void> {
    return this.#log.refresh();
  }

  loadOlder(): Promise<void> {
    return this.#log.loadOlder();
  }

  /** Starts (loading the newest page) or stops watching the log. */
  watch(on: boolean): void {
    this.#watching = on;
    this.#schedule();
    if (on) void this.#log.refresh();
  }

  #schedule(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (!this.#watching || !this.#unsubscribe) return;
    this.#timer = setInterval(() => {
      if (document.visibilityState === "visible") void this.#log.refresh();
    }, this.#refreshMs);
  }

  hostConnected(): void {
    this.#unsubscribe = this.#log.subscribe(() => this.#host.requestUpdate());
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#schedule();
  }
}
