import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { NavigationKind, Router } from "./router.ts";

/** Re-renders its host whenever the route changes and remembers how it changed. */
export class RouterController<R> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly router: Router<R>;
  #unsubscribe: (() => void) | undefined;
  /** How the current route was reached; "initial" until the first navigation. */
  lastNavigation: NavigationKind = "initial";

  constructor(host: ReactiveControllerHost, router: Router<R>) {
    this.#host = host;
    this.router = router;
    host.addController(this);
  }

  get route(): R {
    return this.router.route;
  }

  hostConnected(): void {
    this.router.start();
    this.#unsubscribe = this.router.subscribe((_route, kind) => {
      this.lastNavigation = kind;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.router.stop();
  }
}
