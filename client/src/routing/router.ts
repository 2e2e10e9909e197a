import type { NavigationPort } from "./navigation.ts";

/** Where the app is: path (decoded segments are matched), query and fragment. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
  hash: string;
  /** Path, query and fragment as one string, as in an `<a href>`. */
  href: string;
}

/** One route: a pattern like "/b/:slug" and how to turn its parameters into a route value. */
export interface RouteDefinition<R> {
  pattern: string;
  toRoute(params: Record<string, string>, location: AppLocation): R | undefined;
}

/** How the current route was reached: the shell moves focus and scroll only for some. */
export type NavigationKind = "initial" | "push" | "replace" | "pop";

export type RouteListener<R> = (route: R, kind: NavigationKind) => void;

export interface RouterOptions<R> {
  routes: readonly RouteDefinition<R>[];
  notFound(location: AppLocation): R;
  navigation: NavigationPort;
}

/** Parses "/a/b?x=1#h" relative to the app's own origin. */
export function parseLocation(href: string): AppLocation {
  const url = new URL(href, "http://app.invalid");
  return { path: url.pathname, query: url.searchParams, hash: url.hash, href: `${url.pathname}${url.search}${url.hash}` };
}

/**
 * Matches a path against a pattern; `:name` segments capture one decoded
 * path segment. A trailing slash is ignored, and a segment that does not
 * decode (a stray "%") does not match.
 */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const wanted = pattern.split("/").filter(Boolean);
  const actual = path.split("/").filter(Boolean);
  if (wanted.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of wanted.entries()) {
    const value = actual[i] ?? "";
    if (segment.startsWith(":")) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

/**
 * A History-API router with no DOM of its own: it maps locations to route
 * values, pushes and replaces history entries and tells subscribers.
 */
export class Router<R> {
  readonly #options: RouterOptions<R>;
  readonly #listeners = new Set<RouteListener<R>>();
  #location: AppLocation;
  #route: R;
  #stopListening: (() => void) | undefined;

  constructor(options: RouterOptions<R>) {
    this.#options = options;
    this.#location = parseLocation(options.navigation.current());
    this.#route = this.resolve(this.#location);
  }

  get route(): R {
    return this.#route;
  }

  get location(): AppLocation {
    return this.#location;
  }

  /** The route for a location, without navigating. */
  resolve(location: AppLocation): R {
    for (const definition of this.#options.routes) {
      const params = matchPattern(definition.pattern, location.path);
      if (!params) continue;
      const route = definition.toRoute(params, location);
      if (route !== undefined) return route;
    }
    return this.#options.notFound(location);
  }

  /** Starts following back/forward. */
  start(): void {
    this.#stopListening ??= this.#options.navigation.listen(() => this.#update(this.#options.navigation.current(), "pop"));
  }

  stop(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Goes to `href` (a path within the app). Navigating to where we are already is a no-op. */
  navigate(href: string, options: { replace?: boolean } = {}): void {
    const next = parseLocation(href);
    if (next.href === this.#location.href) return;
    if (options.replace) this.#options.navigation.replace(next.href);
    else this.#options.navigation.push(next.href);
    this.#update(next.href, options.replace ? "replace" : "push");
  }

  subscribe(listener: RouteListener<R>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #update(href: string, kind: NavigationKind): void {
    this.#location = parseLocation(href);
    this.#route = this.resolve(this.#location);
    for (const listener of this.#listeners) listener(this.#route, kind);
  }
}
