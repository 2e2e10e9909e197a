import { inboxFilterFromQuery, inboxFilterQuery, type InboxFilter } from "../conversations/inbox-filter.ts";
import { searchStateFromQuery, type SearchState } from "../directory/search-state.ts";
import type { NavigationPort } from "./navigation.ts";
import { Router, type RouteDefinition } from "./router.ts";

/** Every view of the app. Signed-in views (sign-in, conversations, the inbox) load lazily. */
export type AppRoute =
  | { page: "directory"; search: SearchState }
  | { page: "business"; slug: string }
  | { page: "signin"; next: string | undefined }
  /** Back from a homeserver's single sign-on page with a login token. */
  | { page: "signin-sso"; loginToken: string | undefined }
  | { page: "write"; slug: string }
  /** The customer's conversations; with an ID, one of them is open. */
  | { page: "conversations"; conversationId: string | undefined }
  /** Without a slug: the businesses the signed-in person works for. */
  | { page: "inbox"; slug: string | undefined; conversationId: string | undefined; filter: InboxFilter }
  | { page: "business-settings"; slug: string }
  /** Owners' API keys and webhooks, a sub-page of the settings. */
  | { page: "business-integrations"; slug: string }
  | { page: "status" }
  | { page: "not-found"; path: string };

const signedInPages = ["signin", "signin-sso", "write", "conversations", "inbox", "business-settings", "business-integrations"] as const;

export type SignedInRoute = Extract<AppRoute, { page: (typeof signedInPages)[number] }>;

export function isSignedInRoute(route: AppRoute): route is SignedInRoute {
  return (signedInPages as readonly string[]).includes(route.page);
}

/** Views built like a messaging app: they fill the window, and the footer steps aside. */
export function isMessagingRoute(route: AppRoute): boolean {
  return route.page === "conversations" || route.page === "inbox";
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

/** Conversation IDs as Kontor makes them: "c" and 15 of a-z and 0-9. Looser here, so older IDs still open. */
export function isConversationId(value: string): boolean {
  return /^[a-z0-9]{6,40}$/.test(value);
}

function slugRoute<P extends "business" | "write">(page: P, slug: string | undefined): { page: P; slug: string } | undefined {
  return slug !== undefined && isSlug(slug) ? { page, slug } : undefined;
}

export const appRoutes: readonly RouteDefinition<AppRoute>[] = [
  { pattern: "/", toRoute: (_params, location) => ({ page: "directory", search: searchStateFromQuery(location.query) }) },
  { pattern: "/b/:slug", toRoute: (params) => slugRoute("business", params.slug) },
  { pattern: "/b/:slug/write", toRoute: (params) => slugRoute("write", params.slug) },
  { pattern: "/signin", toRoute: (_params, location) => ({ page: "signin", next: safeNextPath(location.query.get("next")) }) },
  { pattern: "/signin/sso", toRoute: (_params, location) => ({ page: "signin-sso", loginToken: location.query.get("loginToken") ?? undefined }) },
  { pattern: "/conversations", toRoute: () => ({ page: "conversations", conversationId: undefined }) },
  {
    pattern: "/conversations/:id",
    toRoute: (params) => (params.id && isConversationId(params.id) ? { page: "conversations", conversationId: params.id } : undefined),
  },
  { pattern: "/inbox", toRoute: (_params, location) => ({ page: "inbox", slug: undefined, conversationId: undefined, filter: inboxFilterFromQuery(location.query) }) },
  {
    pattern: "/inbox/:slug",
    toRoute: (params, location) =>
      params.slug && isSlug(params.slug) ? { page: "inbox", slug: params.slug, conversationId: undefined, filter: inboxFilterFromQuery(location.query) } : undefined,
  },
  // Before the conversation route: "settings" is no conversation ID.
  { pattern: "/inbox/:slug/settings", toRoute: (params) => (params.slug && isSlug(params.slug) ? { page: "business-settings", slug: params.slug } : undefined) },
  {
    pattern: "/inbox/:slug/settings/integrations",
    toRoute: (params) => (params.slug && isSlug(params.slug) ? { page: "business-integrations", slug: params.slug } : undefined),
  },
  {
    pattern: "/inbox/:slug/:id",
    toRoute: (params, location) =>
      params.slug && isSlug(params.slug) && params.id && isConversationId(params.id)
        ? { page: "inbox", slug: params.slug, conversationId: params.id, filter: inboxFilterFromQuery(location.query) }
        : undefined,
  },
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
    case "business-settings":
    case "business-integrations":
      return `${route.page}:${route.slug}`;
    case "conversations":
      return `conversations:${route.conversationId ?? ""}`;
    case "inbox":
      // The filter is not part of it: changing it keeps focus in the filter bar.
      return `inbox:${route.slug ?? ""}:${route.conversationId ?? ""}`;
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
  /** Where a homeserver's single sign-on sends people back to. */
  signinSso: "/signin/sso",
  conversations: "/conversations",
  conversation: (id: string) => `/conversations/${encodeURIComponent(id)}`,
  inboxHome: "/inbox",
  inbox: (slug: string, filter?: InboxFilter) => `/inbox/${encodeURIComponent(slug)}${filter ? inboxFilterQuery(filter) : ""}`,
  inboxConversation: (slug: string, id: string, filter?: InboxFilter) =>
    `/inbox/${encodeURIComponent(slug)}/${encodeURIComponent(id)}${filter ? inboxFilterQuery(filter) : ""}`,
  businessSettings: (slug: string) => `/inbox/${encodeURIComponent(slug)}/settings`,
  businessIntegrations: (slug: string) => `/inbox/${encodeURIComponent(slug)}/settings/integrations`,
};
