import { describe, expect, it } from "vitest";
import { buildTimeline, isInternalNote, lastEventFromOthers, stripReplyFallback, type RawEvent, type TimelineContext } from "../../src/conversations/timeline.ts";

const me = "@clara:example.org";
const business = "@biz_bakery:example.org";
const ghost = "@kontor_clara:example.org";
const anna = "@anna:example.org";

const names: Record<string, string> = { [business]: "Bakery", [ghost]: "Clara (customer)", [anna]: "Anna" };

function customerView(readUpTo: string[] = []): TimelineContext {
  return { me, view: "customer", businessUserId: business, isStaff: (id) => id === business, displayName: (id) => names[id] ?? id, readUpTo, youLabel: "You" };
}

function staffView(readUpTo: string[] = []): TimelineContext {
  return {
    me: anna,
    view: "staff",
    businessUserId: business,
    isStaff: (id) => id === anna || id === business,
    displayName: (id) => names[id] ?? id,
    readUpTo,
    youLabel: "You",
  };
}

let ts = 1_000;
function message(id: string, sender: string, content: Record<string, unknown>, extra: Partial<RawEvent> = {}): RawEvent {
  ts += 1_000;
  return { id, type: "m.room.message", sender, content: { msgtype: "m.text", ...content }, ts, ...extra };
}

describe("a customer's conversation", () => {
  it("shows who wrote each message and on which side", () => {
    const items = buildTimeline([message("$1", me, { body: "Hi" }), message("$2", business, { body: "Hello!" })], customerView());
    expect(items.map((item) => [item.author, item.side, item.mine])).toEqual([
      ["You", "us", true],
      ["Bakery", "them", false],
    ]);
  });

  it("marks Kontor's greeting, away message and notices as automatic", () => {
    const items = buildTimeline(
      [
        message("$1", business, { msgtype: "m.notice", body: "Welcome", "eu.kontor.kind": "greeting" }),
        message("$2", business, { msgtype: "m.notice", body: "Closed", "eu.kontor.kind": "away" }),
        message("$3", me, { body: "fake", "eu.kontor.kind": "greeting" }),
      ],
      customerView(),
    );
    expect(items.map((item) => [item.kind, item.automatic])).toEqual([
      ["automatic", "greeting"],
      ["automatic", "away"],
      ["text", undefined],
    ]);
  });

  it("applies the newest edit by the author, and only by the author", () => {
    const items = buildTimeline(
      [
        message("$1", me, { body: "Do you have oat milk?" }),
        message("$e1", me, { body: "* Do you have oat milk today?", "m.new_content": { msgtype: "m.text", body: "Do you have oat milk today?" }, "m.relates_to": { rel_type: "m.replace", event_id: "$1" } }),
        message("$e2", business, { body: "* hacked", "m.new_content": { msgtype: "m.text", body: "hacked" }, "m.relates_to": { rel_type: "m.replace", event_id: "$1" } }),
      ],
      customerView(),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ body: "Do you have oat milk today?", edited: true });
  });

  it("shows a deleted message as deleted, without its text", () => {
    const items = buildTimeline([message("$1", me, {}, { content: {}, redacted: true })], customerView());
    expect(items[0]).toMatchObject({ redacted: true, body: "", editable: false });
  });

  it("quotes the message a reply answers and drops the old reply fallback", () => {
    const items = buildTimeline(
      [
        message("$1", me, { body: "Do you deliver?" }),
        message("$2", business, { body: "> <@clara:example.org> Do you deliver?\n\nYes, in Berlin.", "m.relates_to": { "m.in_reply_to": { event_id: "$1" } } }),
      ],
      customerView(),
    );
    expect(items[1]).toMatchObject({ body: "Yes, in Berlin.", replyTo: { eventId: "$1", author: "You", text: "Do you deliver?" } });
  });

  it("counts reactions per key and notes one's own", () => {
    const reaction = (id: string, sender: string, key: string): RawEvent => ({ id, type: "m.reaction", sender, ts: 9, content: { "m.relates_to": { rel_type: "m.annotation", event_id: "$1", key } } });
    const items = buildTimeline([message("$1", business, { body: "Ready!" }), reaction("$r1", me, "👍"), reaction("$r2", ghost, "👍"), reaction("$r3", me, "🎉")], customerView());
    expect(items[0]?.reactions).toEqual([
      { key: "👍", count: 2, mine: true },
      { key: "🎉", count: 1, mine: true },
    ]);
  });

  it("marks own messages read once the business's receipt passes them", () => {
    const events = [message("$1", me, { body: "one" }), message("$2", me, { body: "two" }), message("$3", me, { body: "three" })];
    const items = buildTimeline(events, customerView(["$2"]));
    expect(items.map((item) => item.delivery)).toEqual(["read", "read", "sent"]);
  });

  it("shows messages on their way and ones that failed", () => {
    const items = buildTimeline([message("~1", me, { body: "sending" }, { status: "sending" }), message("~2", me, { body: "failed" }, { status: "failed" })], customerView());
    expect(items.map((item) => [item.delivery, item.editable])).toEqual([
      ["sending", false],
      ["failed", false],
    ]);
  });

  it("keeps Matrix HTML for the sanitiser and images with their size", () => {
    const items = buildTimeline(
      [
        message("$1", business, { body: "bold", format: "org.matrix.custom.html", formatted_body: "<b>bold</b>" }),
        message("$2", me, { msgtype: "m.image", body: "photo.png", url: "mxc://example.org/abc", info: { mimetype: "image/png", w: 640, h: 480, size: 1234 } }),
      ],
      customerView(),
    );
    expect(items[0]?.formattedBody).toBe("<b>bold</b>");
    expect(items[1]).toMatchObject({ kind: "image", media: { url: "mxc://example.org/abc", width: 640, height: 480, name: "photo.png" } });
  });

  it("does not show edits, reactions and state events as messages of their own", () => {
    const state: RawEvent = { id: "$s", type: "m.room.member", sender: me, ts: 1, content: { membership: "join" } };
    expect(buildTimeline([state], customerView())).toEqual([]);
  });
});

describe("a staff room", () => {
  it("puts the customer on one side and the team on the other", () => {
    const items = buildTimeline([message("$1", ghost, { body: "Hi" }), message("$2", anna, { body: "Hello" })], staffView());
    expect(items.map((item) => [item.author, item.side])).toEqual([
      ["Clara (customer)", "them"],
      ["You", "us"],
    ]);
  });

  it("recognises internal notes: !note, thread replies, and notes made through the API", () => {
    const items = buildTimeline(
      [
        message("$1", anna, { body: "!note VIP customer" }),
        message("$2", anna, { body: "in a thread", "m.relates_to": { rel_type: "m.thread", event_id: "$0" } }),
        message("$3", business, { msgtype: "m.notice", body: "📝 API: call back", "eu.kontor.kind": "note" }),
        message("$4", anna, { body: "!note <b>x</b>", format: "org.matrix.custom.html", formatted_body: "<b>x</b>" }),
      ],
      staffView(),
    );
    expect(items.map((item) => [item.kind, item.body])).toEqual([
      ["note", "VIP customer"],
      ["note", "in a thread"],
      ["note", "API: call back"],
      ["note", "<b>x</b>"],
    ]);
    expect(items[3]?.formattedBody).toBeUndefined();
    expect(items.every((item) => !item.editable)).toBe(true);
  });

  it("shows Kontor's copies of automatic messages without the robot that plain Matrix clients see", () => {
    const items = buildTimeline(
      [
        message("$1", business, { msgtype: "m.notice", body: "🤖 Hello! Thanks for writing.", "eu.kontor.kind": "greeting" }),
        message("$2", business, { msgtype: "m.notice", body: "🤖 We are closed right now.", "eu.kontor.kind": "away" }),
        message("$3", ghost, { body: "🤖 I like robots" }),
      ],
      staffView(),
    );
    expect(items.map((item) => [item.kind, item.body])).toEqual([
      ["automatic", "Hello! Thanks for writing."],
      ["automatic", "We are closed right now."],
      ["text", "🤖 I like robots"],
    ]);
  });

  it("shows commands and Kontor's answers to them as team-only", () => {
    const items = buildTimeline([message("$1", anna, { body: "!assign me" }), message("$2", business, { msgtype: "m.notice", body: "Assigned to @anna:example.org." })], staffView());
    expect(items.map((item) => item.kind)).toEqual(["command", "command"]);
  });

  it("marks one's replies read when the customer's ghost has read them", () => {
    const items = buildTimeline([message("$1", anna, { body: "Answer" }), message("$2", ghost, { body: "Thanks" })], staffView(["$1"]));
    expect(items[0]?.delivery).toBe("read");
  });
});

describe("helpers", () => {
  it("strips reply fallbacks only when they are there", () => {
    expect(stripReplyFallback("> <@a:b> quoted\n> more\n\nanswer")).toBe("answer");
    expect(stripReplyFallback("no quote")).toBe("no quote");
  });

  it("treats only thread replies and !note as notes", () => {
    expect(isInternalNote({ body: "!notes are not notes" })).toBe(false);
    expect(isInternalNote({ body: "  !NOTE shouting" })).toBe(true);
  });

  it("sends read receipts for the newest message from someone else, not for a state change", () => {
    const topic: RawEvent = { id: "$4", type: "m.room.topic", sender: business, ts: 99_999, content: { topic: "Pending" } };
    const events = [message("$1", business, { body: "a" }), message("$2", me, { body: "b" }), message("~3", business, { body: "c" }, { status: "sending" }), topic];
    expect(lastEventFromOthers(events, me)?.id).toBe("$1");
  });
});
