import { describe, expect, it } from "vitest";
import { relayMessageContent, relayReactionContent, signContent, previewOf } from "../../../src/relay/content.ts";
import { sanitizeMatrixHtml, stripReplyFallbackText } from "../../../src/relay/sanitize-html.ts";
import { isInternalNote } from "../../../src/relay/staff-room-handler.ts";

const map = (id: string) => ({ $known: "$counterpart" })[id];

describe("relayed message content", () => {
  it("keeps the message, marks its source and drops client extras", () => {
    const content = relayMessageContent({ msgtype: "m.text", body: "hi", "org.example.extra": 1, "m.mentions": { user_ids: ["@a:x"] } }, map, "$src");
    expect(content).toEqual({ msgtype: "m.text", body: "hi", "eu.kontor.source": "$src" });
  });

  it("points a reply at the counterpart and removes the quoted fallback", () => {
    const content = relayMessageContent(
      {
        msgtype: "m.text",
        body: "> <@b:x> original\n\nanswer",
        format: "org.matrix.custom.html",
        formatted_body: "<mx-reply><blockquote>original</blockquote></mx-reply>answer",
        "m.relates_to": { "m.in_reply_to": { event_id: "$known" } },
      },
      map,
      "$src",
    );
    expect(content).toMatchObject({ body: "answer", formatted_body: "answer", "m.relates_to": { "m.in_reply_to": { event_id: "$counterpart" } } });
  });

  it("turns a reply to something never relayed into a plain message", () => {
    const content = relayMessageContent({ msgtype: "m.text", body: "x", "m.relates_to": { "m.in_reply_to": { event_id: "$note" } } }, map, "$src");
    expect(content?.["m.relates_to"]).toBeUndefined();
  });

  it("cannot relay an edit of something never relayed", () => {
    expect(relayMessageContent({ msgtype: "m.text", body: "* x", "m.relates_to": { rel_type: "m.replace", event_id: "$note" } }, map, "$src")).toBeUndefined();
  });

  it("maps an edit and sanitises its new content", () => {
    const content = relayMessageContent(
      {
        msgtype: "m.text",
        body: "* fixed",
        "m.new_content": { msgtype: "m.text", body: "fixed", format: "org.matrix.custom.html", formatted_body: "<b>fixed</b><script>x()</script>" },
        "m.relates_to": { rel_type: "m.replace", event_id: "$known" },
      },
      map,
      "$src",
    );
    expect(content?.["m.relates_to"]).toEqual({ rel_type: "m.replace", event_id: "$counterpart" });
    expect(content?.["m.new_content"]).toEqual({ msgtype: "m.text", body: "fixed", format: "org.matrix.custom.html", formatted_body: "<b>fixed</b>" });
  });

  it("keeps media by its mxc URI and refuses other URLs", () => {
    expect(relayMessageContent({ msgtype: "m.image", body: "a.png", url: "mxc://x/y", info: { w: 1, secret: 2 } }, map, "$s")).toMatchObject({ url: "mxc://x/y", info: { w: 1 } });
    expect(relayMessageContent({ msgtype: "m.image", body: "a.png", url: "https://evil.example/a.png" }, map, "$s")?.url).toBeUndefined();
  });

  it("relays a reaction only when its target was relayed", () => {
    expect(relayReactionContent({ "m.relates_to": { rel_type: "m.annotation", event_id: "$known", key: "👍" } }, map, "$r")).toEqual({
      "m.relates_to": { rel_type: "m.annotation", event_id: "$counterpart", key: "👍" },
      "eu.kontor.source": "$r",
    });
    expect(relayReactionContent({ "m.relates_to": { rel_type: "m.annotation", event_id: "$other", key: "👍" } }, map, "$r")).toBeUndefined();
  });
});

describe("signing replies", () => {
  it("puts the agent's name in front, escaping it in HTML", () => {
    expect(signContent({ msgtype: "m.text", body: "a < b" }, "Ann <x>")).toEqual({
      msgtype: "m.text",
      body: "Ann <x>: a < b",
      format: "org.matrix.custom.html",
      formatted_body: "<strong>Ann &lt;x&gt;</strong>: a &lt; b",
    });
  });

  it("leaves images unsigned", () => {
    expect(signContent({ msgtype: "m.image", body: "a.png", url: "mxc://x/y" }, "Ann")).toEqual({ msgtype: "m.image", body: "a.png", url: "mxc://x/y" });
  });
});

describe("sanitising HTML to the Matrix allow-list", () => {
  it.each([
    ["<script>alert(1)</script>ok", "ok"],
    ['<img src="x" onerror="alert(1)">', "<img />"],
    ['<img src="mxc://server/media" alt="a">', '<img alt="a" src="mxc://server/media" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="https://example.org">x</a>', '<a rel="noopener noreferrer nofollow" href="https://example.org">x</a>'],
    ['<p style="color:red" onclick="x()">p</p>', "<p>p</p>"],
    ['<code class="language-js evil">c</code>', '<code class="language-js">c</code>'],
    ["<iframe src='https://x'></iframe><b>b</b>", "<b>b</b>"],
  ])("turns %s into %s", (input, output) => {
    expect(sanitizeMatrixHtml(input)).toBe(output);
  });
});

describe("internal notes", () => {
  it("are thread replies and !note messages", () => {
    expect(isInternalNote({ body: "x", "m.relates_to": { rel_type: "m.thread", event_id: "$t" } })).toBe(true);
    expect(isInternalNote({ body: "!note call her back" })).toBe(true);
    expect(isInternalNote({ body: "!notes are not notes" })).toBe(false);
    expect(isInternalNote({ body: "plain answer" })).toBe(false);
  });
});

describe("previews and fallbacks", () => {
  it("make one line for inbox lists", () => {
    expect(previewOf({ msgtype: "m.image", body: "photo.png" })).toBe("📷 photo.png");
    expect(previewOf({ msgtype: "m.text", body: "> quoted\n\nline one\nline two" })).toBe("line one line two");
    expect(stripReplyFallbackText("no quote")).toBe("no quote");
  });
});
