import type { ReactiveController, ReactiveControllerHost } from "lit";
import { fetchDirectoryPage } from "../api/directory.ts";
import { DirectorySearch, type DirectoryFetcher, type DirectorySnapshot } from "./directory-search.ts";

export const httpDirectoryFetcher: DirectoryFetcher = (query, language, signal) => fetchDirectoryPage(query, language, { signal });

let shared: DirectorySearch | undefined;

/**
 * One search for the whole visit, so going back from a business page shows
 * the same results at once instead of loading them again.
 */
export function sharedDirectorySearch(): DirectorySearch {
  shared ??= new DirectorySearch(httpDirectoryFetcher);
  return shared;
}

/** Connects a DirectorySearch to a component: re-renders on every change, aborts on disconnect. */
export class DirectoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly search: DirectorySearch;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, search: DirectorySearch = sharedDirectorySearch()) {
    this.#host = host;
    this.search = search;
    host.addController(this);
  }

  get snapshot(): DirectorySnapshot {
    return this.search.snapshot;
  }

  hostConnected(): void {
    this.#unsubscribe = this.search.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.search.dispose();
  }
}
