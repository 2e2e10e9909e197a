/**
 * The browser history as the router sees it. Behind an interface so the
 * router runs in node tests with an in-memory history.
 */
export interface NavigationPort {
  /** The current path, query and fragment, e.g. "/b/cafe?x=1#top". */
  current(): string;
  push(href: string): void;
  replace(href: string): void;
  /** Calls `onPop` on back/forward; returns a function that stops listening. */
  listen(onPop: () => void): () => void;
}

/** The History API of a window. */
export function browserNavigation(win: Window = window): NavigationPort {
  return {
    current: () => `${win.location.pathname}${win.location.search}${win.location.hash}`,
    push: (href) => win.history.pushState(null, "", href),
    replace: (href) => win.history.replaceState(null, "", href),
    listen(onPop) {
      win.addEventListener("popstate", onPop);
      return () => win.removeEventListener("popstate", onPop);
    },
  };
}

/** A history kept in memory, for tests and for rendering without a browser. */
export class MemoryNavigation implements NavigationPort {
  readonly #entries: string[];
  #index = 0;
  readonly #listeners = new Set<() => void>();

  constructor(initial = "/") {
    this.#entries = [initial];
  }

  current(): string {
    return this.#entries[this.#index] ?? "/";
  }

  get length(): number {
    return this.#entries.length;
  }

  push(href: string): void {
    this.#entries.splice(this.#index + 1, Infinity, href);
    this.#index += 1;
  }

  replace(href: string): void {
    this.#entries[this.#index] = href;
  }

  listen(onPop: () => void): () => void {
    this.#listeners.add(onPop);
    return () => this.#listeners.delete(onPop);
  }

  /** Moves through the history like the back/forward buttons, firing popstate listeners. */
  go(delta: number): void {
    const target = this.#index + delta;
    if (target < 0 || target >= this.#entries.length) return;
    this.#index = target;
    for (const listener of this.#listeners) listener();
  }
}
