import { searchStateFromQuery, type SearchState } from "../directory/search-state.ts";
import type { NavigationPort } from "./navigation.ts";
import { Router, type RouteDefinition } from "./router.ts";

/** Every view of the app. Signed-in views (sign-in, writing) load lazily. */
export type AppRoute =
  | { page: "directory"; search: SearchState }
  | { page: "business"; slug: string }
  | { page: "signin"; next: string | undefined }
  | { page: "write"; slug: string }
  | { page: "status" }
  | { page: "not-found"; path: string };

export type SignedInRoute = Extract<AppRoute, { page: "signin" | "write" }>;

export function isSignedInRoute(route: AppRoute): route is SignedInRoute {
  return route.page === "signin" || route.page === "write";
}

/**
 * A path inside this app to continue to after sign-in, or undefined. Only
 * same-origin paths are accepted, so `?next=` cannot send people elsewhere
 * ("//evil.example", "/\\evil.example", "https://...").
 */
export function safeNextPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  // Control characters (a tab inside "/\t/evil") are dropped by URL parsers and could form "//".
  if (/\p{Cc}/u.test(value)) return undefined;
  return value;
}

/** Slugs as the API defines them: 3–40 of a-z and 0-9, single inner hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length >= 3 && value.length <= 40;
}

function slugRoute<P extends "business" | "write">(page: P, slug: string | undefined): { page: P; slug: string } | undefined {
  return slug !== undefined && isSlug(slug) ? { page, slug } : undefined;
}

export const appRoutes: readonly RouteDefinition<AppRoute>[] = [
  { pattern: "/", toRoute: (_params, location) => ({ page: "directory", search: searchStateFromQuery(location.query) }) },
  { pattern: "/b/:slug", toRoute: (params) => slugRoute("business", params.slug) },
  { pattern: "/b/:slug/write", toRoute: (params) => slugRoute("write", params.slug) },
  { pattern: "/signin", toRoute: (_params, location) => ({ page: "signin", next: safeNextPath(location.query.get("next")) }) },
  { pattern: "/status", toRoute: () => ({ page: "status" }) },
];

export function createAppRouter(navigation: NavigationPort): Router<AppRoute> {
  return new Router<AppRoute>({ routes: appRoutes, notFound: (location) => ({ page: "not-found", path: location.path }), navigation });
}

/**
 * Which page a route shows. Focus and scroll move only when this changes,
 * so refining a search (same page, new query) keeps focus in the form.
 */
export function pageKey(route: AppRoute): string {
  switch (route.page) {
    case "business":
    case "write":
      return `${route.page}:${route.slug}`;
    case "not-found":
      return `not-found:${route.path}`;
    default:
      return route.page;
  }
}

/** Paths to link to, built in one place. */
export const paths = {
  directory: "/",
  status: "/status",
  business: (slug: string) => `/b/${encodeURIComponent(slug)}`,
  write: (slug: string) => `/b/${encodeURIComponent(slug)}/write`,
  /** `/signin?next=/b/x/write`: the next path is left readable (slashes are allowed in a query). */
  signin: (next?: string) => (next ? `/signin?next=${encodeURIComponent(next).replaceAll("%2F", "/")}` : "/signin"),
};
