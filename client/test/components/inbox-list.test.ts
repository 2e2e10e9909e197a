import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { InboxCounts, StaffConversation } from "../../src/api/conversations.ts";
import "../../src/components/inbox-list/inbox-list.ts";
import type { InboxEntry, InboxList } from "../../src/components/inbox-list/inbox-list.ts";
import type { InboxFilter } from "../../src/conversations/inbox-filter.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const me = "@anna:example.org";
const now = new Date("2026-03-04T15:20:00Z");
const counts: InboxCounts = { open: 3, pending: 1, snoozed: 0, resolved: 12, mine: 2, unassigned: 1 };

function conversation(id: string, change: Partial<StaffConversation> = {}): StaffConversation {
  return {
    id,
    business: "baeckerei-schmidt",
    customer: { userId: `@${id}:example.org`, name: null },
    status: "open",
    assignee: null,
    labels: [],
    snoozedUntil: null,
    encrypted: false,
    origin: "api",
    customerRoomId: "!c:example.org",
    staffRoomId: "!s:example.org",
    lastMessagePreview: "Do you have spelt bread?",
    createdAt: "2026-03-04T14:00:00Z",
    updatedAt: "2026-03-04T15:15:00Z",
    firstResponseAt: null,
    lastCustomerMessageAt: null,
    lastBusinessMessageAt: null,
    ...change,
  };
}

async function list(entries: InboxEntry[], filter: InboxFilter = { status: "open", assignee: "all" }, selectedId = ""): Promise<ShadowRoot> {
  const element = await mount<InboxList>(
    html`<kontor-inbox-list
      slug="baeckerei-schmidt"
      me=${me}
      .filter=${filter}
      .counts=${counts}
      .entries=${entries}
      .names=${{ "@ben:example.org": "Ben" }}
      selected-id=${selectedId}
      state="ready"
      locale="en-GB"
      time-zone="Europe/Berlin"
      .now=${now}
    ></kontor-inbox-list>`,
  );
  return shadowOf(element);
}

describe("the inbox list", () => {
  it("shows every status with its count, the current one marked, as links that keep the assignee filter", async () => {
    const root = await list([], { status: "pending", assignee: "mine" });
    const tabs = [...root.querySelectorAll<HTMLAnchorElement>(".tab")];
    expect(tabs.map((tab) => textOf(tab))).toEqual(["Open 3", "Pending 1", "Snoozed 0", "Resolved 12"]);
    expect(tabs.map((tab) => tab.getAttribute("aria-current"))).toEqual(["false", "page", "false", "false"]);
    expect(tabs[3]!.getAttribute("href")).toBe("/inbox/baeckerei-schmidt?status=resolved&assignee=mine");
  });

  it("filters by assignee with counts for mine and unassigned", async () => {
    const root = await list([]);
    const segments = [...root.querySelectorAll<HTMLAnchorElement>(".segment")];
    expect(segments.map((segment) => textOf(segment))).toEqual(["All", "Mine 2", "Unassigned 1"]);
    expect(segments[0]!.getAttribute("aria-current")).toBe("page");
    expect(segments[1]!.getAttribute("href")).toBe("/inbox/baeckerei-schmidt?assignee=mine");
  });

  it("lists conversations with the customer, the last message, the time and who looks after it", async () => {
    const root = await list([
      { conversation: conversation("clara", { customer: { userId: "@clara:example.org", name: "Clara Customer" }, assignee: me, labels: ["vip"] }), unread: 2 },
      { conversation: conversation("dora", { assignee: "@ben:example.org", updatedAt: "2026-03-03T13:02:00Z" }), unread: 0 },
    ]);
    const entries = [...root.querySelectorAll<HTMLAnchorElement>("a.entry")];
    expect(textOf(entries[0]!.querySelector(".entry-name"))).toBe("Clara Customer");
    expect(textOf(entries[0]!.querySelector(".entry-preview"))).toBe("Do you have spelt bread?");
    expect(textOf(entries[0]!.querySelector(".entry-time"))).toBe("5 min ago");
    expect(textOf(entries[0]!.querySelector(".entry-tags"))).toBe("Assigned to you #vip");
    expect(entries[0]!.querySelector(".count.unread")!.getAttribute("aria-label")).toBe("2 unread");
    expect(textOf(entries[1]!.querySelector(".entry-name"))).toBe("@dora:example.org");
    expect(textOf(entries[1]!.querySelector(".entry-tags"))).toBe("Assigned to Ben");
    expect(textOf(entries[1]!.querySelector(".entry-time"))).toBe("yesterday 14:02");
    expect(entries[0]!.getAttribute("href")).toBe("/inbox/baeckerei-schmidt/clara");
  });

  it("marks the open conversation", async () => {
    const root = await list([{ conversation: conversation("clara"), unread: 0 }], undefined, "clara");
    expect(root.querySelector("a.entry")!.getAttribute("aria-current")).toBe("page");
  });

  it("says how many conversations the filter shows, for screen readers too", async () => {
    const root = await list([{ conversation: conversation("clara"), unread: 0 }]);
    const summary = root.querySelector(".summary")!;
    expect(summary.getAttribute("role")).toBe("status");
    expect(textOf(summary)).toBe("3 open conversations");
  });

  it("explains an empty filter and what to do", async () => {
    expect(textOf((await list([])).querySelector(".empty"))).toBe("No open conversations. New messages from customers appear here at once.");
    expect(textOf((await list([], { status: "open", assignee: "mine" })).querySelector(".empty-title"))).toBe("Nothing here is assigned to you.");
    expect(textOf((await list([], { status: "resolved", assignee: "all" })).querySelector(".empty-hint"))).toBe("Try another filter above.");
  });
});
