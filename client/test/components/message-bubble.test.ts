import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import "../../src/components/message-bubble/message-bubble.ts";
import type { MessageActionEvent, MessageBubble } from "../../src/components/message-bubble/message-bubble.ts";
import type { TimelineItem } from "../../src/conversations/timeline.ts";
import type { MediaSource } from "../../src/media/authenticated-media.ts";
import { xssFlag } from "../xss-corpus.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const base: TimelineItem = {
  id: "$1",
  sender: "@biz:example.org",
  author: "Bäckerei Schmidt",
  mine: false,
  side: "them",
  ts: Date.UTC(2026, 2, 4, 14, 2),
  kind: "text",
  body: "We open at 7.",
  edited: false,
  redacted: false,
  reactions: [],
  editable: false,
};

async function bubble(item: Partial<TimelineItem>, media?: MediaSource): Promise<MessageBubble> {
  return mount<MessageBubble>(html`<kontor-message-bubble .item=${{ ...base, ...item }} .media=${media} locale="en-GB" time-zone="UTC"></kontor-message-bubble>`);
}

afterEach(() => Reflect.deleteProperty(window, xssFlag));

describe("a message bubble", () => {
  it("shows the author, the text and the time", async () => {
    const root = shadowOf(await bubble({}));
    expect(textOf(root.querySelector(".author"))).toBe("Bäckerei Schmidt");
    expect(textOf(root.querySelector(".body"))).toBe("We open at 7.");
    expect(textOf(root.querySelector("time"))).toBe("14:02");
    expect(root.querySelector("time")!.getAttribute("datetime")).toBe("2026-03-04T14:02:00.000Z");
  });

  it("shows Kontor's automatic messages as system notices with a label, not as a person's message", async () => {
    const root = shadowOf(await bubble({ kind: "automatic", automatic: "away", body: "We are closed right now." }));
    expect(root.querySelector("article")).toBeNull();
    const notice = root.querySelector("aside.system")!;
    expect(notice.getAttribute("aria-label")).toBe("Away message");
    expect(textOf(notice.querySelector(".system-label"))).toContain("Away message");
    expect(textOf(notice.querySelector(".system-text"))).toBe("We are closed right now.");
    const greeting = shadowOf(await bubble({ kind: "automatic", automatic: "greeting", body: "Hello!" }));
    expect(textOf(greeting.querySelector(".system-label"))).toContain("Automatic greeting");
  });

  it("renders Matrix HTML only through the sanitiser", async () => {
    const root = shadowOf(
      await bubble({ body: "bold", formattedBody: `<b>bold</b> <a href="javascript:window.${xssFlag}=1">x</a><img src=x onerror="window.${xssFlag}=1"><script>window.${xssFlag}=1</script>` }),
    );
    const formatted = root.querySelector(".formatted")!;
    expect(formatted.querySelector("b")?.textContent).toBe("bold");
    expect(formatted.querySelector("script, img")).toBeNull();
    expect(formatted.querySelector("a")!.hasAttribute("href")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as Record<string, unknown>)[xssFlag]).toBeUndefined();
  });

  it("shows plain text as text, with web addresses as safe links", async () => {
    const root = shadowOf(await bubble({ body: "<b>not bold</b> see https://example.org/menu." }));
    expect(root.querySelector(".body b")).toBeNull();
    const link = root.querySelector<HTMLAnchorElement>(".body a")!;
    expect(link.href).toBe("https://example.org/menu");
    expect(link.rel).toBe("noopener noreferrer nofollow");
    expect(textOf(root.querySelector(".body"))).toBe("<b>not bold</b> see https://example.org/menu.");
  });

  it("marks edited messages and shows deleted ones without text or actions", async () => {
    expect(textOf(shadowOf(await bubble({ edited: true })).querySelector(".meta"))).toContain("edited");
    const deleted = shadowOf(await bubble({ redacted: true, body: "" }));
    expect(textOf(deleted.querySelector(".body"))).toBe("This message was deleted.");
    expect(deleted.querySelector(".actions")).toBeNull();
  });

  it("sets internal notes apart with a label", async () => {
    const root = shadowOf(await bubble({ kind: "note", author: "Anna", side: "us", body: "VIP customer" }));
    expect(root.querySelector("article")!.classList.contains("note")).toBe(true);
    expect(textOf(root.querySelector(".note-tag"))).toBe("Internal note");
    expect(root.querySelector("article")!.getAttribute("aria-label")).toMatch(/^Internal note by Anna/);
  });

  it("offers reply, and edit for one's own text, as buttons", async () => {
    const element = await bubble({ mine: true, side: "us", author: "You", editable: true, delivery: "sent" });
    const actions: string[] = [];
    element.addEventListener("kontor-message-action", (event: MessageActionEvent) => actions.push(`${event.action}:${event.messageId}`));
    const buttons = [...shadowOf(element).querySelectorAll<HTMLButtonElement>(".actions button")];
    expect(buttons.map((button) => textOf(button))).toEqual(["Reply", "Edit"]);
    await userEvent.click(buttons[1]!);
    expect(actions).toEqual(["edit:$1"]);
  });

  it("says whether one's own message was read, and offers to send a failed one again", async () => {
    expect(textOf(shadowOf(await bubble({ mine: true, delivery: "read" })).querySelector(".delivery"))).toContain("Read");
    const failed = shadowOf(await bubble({ mine: true, delivery: "failed" }));
    expect(textOf(failed.querySelector(".delivery"))).toContain("Not sent");
    expect([...failed.querySelectorAll(".actions button")].map((button) => textOf(button))).toEqual(["Send again", "Discard"]);
  });

  it("shows an image fetched with the access token through a blob: URL", async () => {
    const pixel = URL.createObjectURL(new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" }));
    const asked: string[] = [];
    const media: MediaSource = { objectUrl: (mxc) => (asked.push(mxc), Promise.resolve(pixel)) };
    const element = await bubble({ kind: "image", body: "photo.png", media: { url: "mxc://example.org/abc", mimetype: "image/png", size: 4, width: 640, height: 480, name: "photo.png" } }, media);
    await expect.poll(() => shadowOf(element).querySelector("img")?.getAttribute("src")).toBe(pixel);
    expect(shadowOf(element).querySelector("img")!.alt).toBe("photo.png");
    expect(asked).toEqual(["mxc://example.org/abc"]);
  });

  it("shows pictures inside formatted messages (custom emoji) from authenticated media, and their alt text when they cannot load", async () => {
    const pixel = URL.createObjectURL(new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" }));
    const asked: string[] = [];
    const media: MediaSource = {
      objectUrl: (mxc) => (asked.push(mxc), mxc.endsWith("/gone") ? Promise.reject(new Error("404")) : Promise.resolve(pixel)),
    };
    const formattedBody = 'Thanks <img src="mxc://example.org/party" alt=":party:" height="32"> and <img src="mxc://example.org/gone" alt=":gone:">';
    const element = await bubble({ body: "Thanks :party: and :gone:", formattedBody }, media);
    const formatted = shadowOf(element).querySelector(".formatted")!;
    await expect.poll(() => formatted.querySelector("img")?.getAttribute("src")).toBe(pixel);
    expect(formatted.querySelector("img")!.alt).toBe(":party:");
    await expect.poll(() => formatted.querySelectorAll("img").length).toBe(1);
    expect(textOf(formatted)).toBe("Thanks and :gone:");
    expect(asked).toEqual(["mxc://example.org/party", "mxc://example.org/gone"]);
  });

  it("shows such pictures as their alt text where no media can be fetched", async () => {
    const element = await bubble({ body: "Thanks :party:", formattedBody: 'Thanks <img src="mxc://example.org/party" alt=":party:">' });
    const formatted = shadowOf(element).querySelector(".formatted")!;
    expect(formatted.querySelector("img")).toBeNull();
    expect(textOf(formatted)).toBe("Thanks :party:");
  });
});
