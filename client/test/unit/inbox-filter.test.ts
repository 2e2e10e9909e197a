import { describe, expect, it } from "vitest";
import { defaultInboxFilter, inboxApiQuery, inboxFilterFromQuery, inboxFilterQuery } from "../../src/conversations/inbox-filter.ts";
import { MemoryNavigation } from "../../src/routing/navigation.ts";
import { createAppRouter, isSignedInRoute, pageKey, paths } from "../../src/routing/routes.ts";

describe("the inbox filter in the URL", () => {
  it("reads status and assignee, falling back to open conversations of everyone", () => {
    expect(inboxFilterFromQuery(new URLSearchParams("status=snoozed&assignee=mine"))).toEqual({ status: "snoozed", assignee: "mine" });
    expect(inboxFilterFromQuery(new URLSearchParams("status=bogus&assignee=everyone"))).toEqual(defaultInboxFilter);
  });

  it("keeps the plain inbox URL short for the default filter", () => {
    expect(inboxFilterQuery(defaultInboxFilter)).toBe("");
    expect(inboxFilterQuery({ status: "resolved", assignee: "unassigned" })).toBe("?status=resolved&assignee=unassigned");
  });

  it("asks the API for mine by Matrix ID and for unassigned with assignee=none", () => {
    expect(inboxApiQuery({ status: "open", assignee: "mine" }, "@anna:example.org").toString()).toBe("status=open&limit=50&assignee=%40anna%3Aexample.org");
    expect(inboxApiQuery({ status: "pending", assignee: "unassigned" }, "@anna:example.org").get("assignee")).toBe("none");
    expect(inboxApiQuery({ status: "open", assignee: "all" }, "@anna:example.org").has("assignee")).toBe(false);
  });
});

describe("the signed-in routes", () => {
  const routeAt = (href: string) => createAppRouter(new MemoryNavigation(href)).route;

  it("opens the customer's conversations and one of them", () => {
    expect(routeAt("/conversations")).toEqual({ page: "conversations", conversationId: undefined });
    expect(routeAt("/conversations/cabc123def456ghi")).toEqual({ page: "conversations", conversationId: "cabc123def456ghi" });
  });

  it("opens a business's inbox with its filter, a conversation in it, and the settings", () => {
    expect(routeAt("/inbox/baeckerei-schmidt?status=pending")).toEqual({ page: "inbox", slug: "baeckerei-schmidt", conversationId: undefined, filter: { status: "pending", assignee: "all" } });
    expect(routeAt("/inbox/baeckerei-schmidt/cabc123def456ghi")).toMatchObject({ page: "inbox", conversationId: "cabc123def456ghi" });
    expect(routeAt("/inbox/baeckerei-schmidt/settings")).toEqual({ page: "business-settings", slug: "baeckerei-schmidt" });
    expect(routeAt("/inbox")).toMatchObject({ page: "inbox", slug: undefined });
  });

  it("finishes single sign-on at /signin/sso with the login token", () => {
    expect(routeAt("/signin/sso?loginToken=abc")).toEqual({ page: "signin-sso", loginToken: "abc" });
  });

  it("treats every signed-in view as lazily loaded", () => {
    for (const href of ["/signin", "/signin/sso", "/b/zum-anker/write", "/conversations", "/inbox/zum-anker", "/inbox/zum-anker/settings"]) {
      expect(isSignedInRoute(routeAt(href)), href).toBe(true);
    }
    expect(isSignedInRoute(routeAt("/b/zum-anker"))).toBe(false);
  });

  it("keeps focus in the inbox when only the filter changes, and moves it for another conversation", () => {
    expect(pageKey(routeAt("/inbox/zum-anker?status=open"))).toBe(pageKey(routeAt("/inbox/zum-anker?status=resolved")));
    expect(pageKey(routeAt("/inbox/zum-anker/c1111111"))).not.toBe(pageKey(routeAt("/inbox/zum-anker/c2222222")));
  });

  it("builds inbox links that keep the filter", () => {
    expect(paths.inboxConversation("zum-anker", "c1234567", { status: "pending", assignee: "mine" })).toBe("/inbox/zum-anker/c1234567?status=pending&assignee=mine");
    expect(paths.businessSettings("zum-anker")).toBe("/inbox/zum-anker/settings");
  });
});
