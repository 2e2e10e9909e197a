import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The current time for texts like "closes in 25 minutes": re-renders its
 * host every `intervalMs` while connected.
 */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #intervalMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, intervalMs = 30_000) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  now(): Date {
    return new Date();
  }

  hostConnected(): void {
    this.#timer = setInterval(() => this.#host.requestUpdate(), this.#intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
