import { describe, expect, it } from "vitest";
import { MemoryNavigation } from "../../src/routing/navigation.ts";
import { matchPattern, parseLocation, type NavigationKind, type Router } from "../../src/routing/router.ts";
import { createAppRouter, isSlug, pageKey, paths, safeNextPath, type AppRoute } from "../../src/routing/routes.ts";

function appRouterAt(href: string): { router: Router<AppRoute>; navigation: MemoryNavigation } {
  const navigation = new MemoryNavigation(href);
  return { router: createAppRouter(navigation), navigation };
}

describe("matching paths", () => {
  it("captures decoded segments and ignores a trailing slash", () => {
    expect(matchPattern("/b/:slug", "/b/caf%C3%A9/")).toEqual({ slug: "café" });
    expect(matchPattern("/", "/")).toEqual({});
  });

  it("does not match other lengths, other literals or undecodable segments", () => {
    expect(matchPattern("/b/:slug", "/b")).toBeUndefined();
    expect(matchPattern("/b/:slug", "/c/x")).toBeUndefined();
    expect(matchPattern("/b/:slug", "/b/%E0%A4%A")).toBeUndefined();
  });

  it("parses a location relative to the app", () => {
    const location = parseLocation("/b/x?q=1#top");
    expect(location.path).toBe("/b/x");
    expect(location.query.get("q")).toBe("1");
    expect(location.href).toBe("/b/x?q=1#top");
  });
});

describe("the app's routes", () => {
  it("shows the directory at / with the search from the query", () => {
    const { router } = appRouterAt("/?q=cafe&category=bakery&open_now=1");
    expect(router.route).toEqual({ page: "directory", search: { q: "cafe", category: "bakery", city: "", openNow: true } });
  });

  it("shows a business page for /b/<slug> and the writing view for /b/<slug>/write", () => {
    expect(appRouterAt("/b/baeckerei-schmidt").router.route).toEqual({ page: "business", slug: "baeckerei-schmidt" });
    expect(appRouterAt("/b/baeckerei-schmidt/write").router.route).toEqual({ page: "write", slug: "baeckerei-schmidt" });
  });

  it("opens a business's settings and, below them, its integrations", () => {
    expect(appRouterAt("/inbox/zum-anker/settings").router.route).toEqual({ page: "business-settings", slug: "zum-anker" });
    expect(appRouterAt("/inbox/zum-anker/settings/integrations").router.route).toEqual({ page: "business-integrations", slug: "zum-anker" });
    expect(paths.businessIntegrations("zum-anker")).toBe("/inbox/zum-anker/settings/integrations");
    expect(pageKey({ page: "business-integrations", slug: "zum-anker" })).not.toBe(pageKey({ page: "business-settings", slug: "zum-anker" }));
  });

  it("treats a path that cannot be a slug as not found", () => {
    expect(appRouterAt("/b/Not_A_Slug").router.route).toEqual({ page: "not-found", path: "/b/Not_A_Slug" });
    expect(appRouterAt("/nowhere").router.route).toEqual({ page: "not-found", path: "/nowhere" });
  });

  it("keeps a same-site next path for sign-in and drops any other", () => {
    expect(appRouterAt("/signin?next=/b/x-y/write").router.route).toEqual({ page: "signin", next: "/b/x-y/write" });
    expect(appRouterAt("/signin?next=https://evil.example").router.route).toEqual({ page: "signin", next: undefined });
  });

  it("builds the sign-in link with a readable next path", () => {
    expect(paths.signin(paths.write("baeckerei-schmidt"))).toBe("/signin?next=/b/baeckerei-schmidt/write");
    expect(paths.signin()).toBe("/signin");
  });

  it("accepts slugs as the API defines them", () => {
    expect(isSlug("zum-anker")).toBe(true);
    expect(isSlug("ab")).toBe(false);
    expect(isSlug("-ab")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
    expect(isSlug("a".repeat(41))).toBe(false);
  });

  it("names the page so refining a search is not a new page", () => {
    const a: AppRoute = { page: "directory", search: { q: "a", category: "", city: "", openNow: false } };
    const b: AppRoute = { page: "directory", search: { q: "b", category: "", city: "", openNow: false } };
    expect(pageKey(a)).toBe(pageKey(b));
    expect(pageKey({ page: "business", slug: "one" })).not.toBe(pageKey({ page: "business", slug: "two" }));
  });
});

describe("safe next paths", () => {
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/\t/evil.example", ""])("refuses %j", (value) => {
    expect(safeNextPath(value)).toBeUndefined();
  });

  it("accepts an in-app path", () => {
    expect(safeNextPath("/b/x/write?draft=1")).toBe("/b/x/write?draft=1");
  });
});

describe("navigating", () => {
  it("pushes a history entry and tells subscribers", () => {
    const { router, navigation } = appRouterAt("/");
    const seen: [AppRoute, NavigationKind][] = [];
    router.subscribe((route, kind) => seen.push([route, kind]));
    router.navigate("/b/zum-anker");
    expect(navigation.current()).toBe("/b/zum-anker");
    expect(navigation.length).toBe(2);
    expect(seen).toEqual([[{ page: "business", slug: "zum-anker" }, "push"]]);
  });

  it("replaces the entry when asked, so typing does not flood the history", () => {
    const { router, navigation } = appRouterAt("/?q=ca");
    router.navigate("/?q=caf", { replace: true });
    expect(navigation.length).toBe(1);
    expect(router.location.query.get("q")).toBe("caf");
  });

  it("ignores navigation to where it is already", () => {
    const { router, navigation } = appRouterAt("/b/zum-anker");
    let calls = 0;
    router.subscribe(() => calls++);
    router.navigate("/b/zum-anker");
    expect(navigation.length).toBe(1);
    expect(calls).toBe(0);
  });

  it("follows back and forward once started, and stops when stopped", () => {
    const { router, navigation } = appRouterAt("/");
    router.start();
    const kinds: NavigationKind[] = [];
    router.subscribe((_route, kind) => kinds.push(kind));
    router.navigate("/b/zum-anker");
    navigation.go(-1);
    expect(router.route.page).toBe("directory");
    navigation.go(1);
    expect(router.route.page).toBe("business");
    router.stop();
    navigation.go(-1);
    expect(router.route.page).toBe("business");
    expect(kinds).toEqual(["push", "pop", "pop"]);
  });
});
