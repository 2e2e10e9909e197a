import type { ReactiveController, ReactiveControllerHost } from "lit";
import { KeyedLoader, type LoadFunction, type LoadState } from "./keyed-loader.ts";

/** Connects a KeyedLoader to a component: re-renders on every change, aborts on disconnect. */
export class LoaderController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly loader: KeyedLoader<T>;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, load: LoadFunction<T>) {
    this.#host = host;
    this.loader = new KeyedLoader(load);
    host.addController(this);
  }

  get state(): LoadState<T> {
    return this.loader.state;
  }

  hostConnected(): void {
    this.#unsubscribe = this.loader.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.loader.dispose();
  }
}
