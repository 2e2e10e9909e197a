import { describe, expect, it } from "vitest";
import { inAppHref, type AnchorInfo, type ClickInfo } from "../../src/routing/link-interception.ts";

const plainClick: ClickInfo = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const here = { origin: "https://kontor.example", href: "https://kontor.example/?q=cafe" };

function anchor(href: string, extra: Partial<AnchorInfo> = {}): AnchorInfo {
  return { href, target: "", hasDownload: false, isExternal: false, ...extra };
}

describe("which link clicks the app handles itself", () => {
  it("handles a plain click on a link within the app", () => {
    expect(inAppHref(plainClick, anchor("https://kontor.example/b/zum-anker?x=1"), here)).toBe("/b/zum-anker?x=1");
  });

  it.each([
    ["a middle click", { button: 1 }],
    ["ctrl-click", { ctrlKey: true }],
    ["cmd-click", { metaKey: true }],
    ["shift-click", { shiftKey: true }],
    ["alt-click", { altKey: true }],
    ["a click another handler took", { defaultPrevented: true }],
  ])("leaves %s to the browser", (_name, change) => {
    expect(inAppHref({ ...plainClick, ...change }, anchor("https://kontor.example/b/zum-anker"), here)).toBeUndefined();
  });

  it("leaves other sites, other targets, downloads and external links to the browser", () => {
    expect(inAppHref(plainClick, anchor("https://www.openstreetmap.org/"), here)).toBeUndefined();
    expect(inAppHref(plainClick, anchor("https://kontor.example/b/x", { target: "_blank" }), here)).toBeUndefined();
    expect(inAppHref(plainClick, anchor("https://kontor.example/b/x", { hasDownload: true }), here)).toBeUndefined();
    expect(inAppHref(plainClick, anchor("https://kontor.example/b/x", { isExternal: true }), here)).toBeUndefined();
    expect(inAppHref(plainClick, anchor("tel:+4930123"), here)).toBeUndefined();
  });

  it("leaves paths the server answers, and jumps within the page, to the browser", () => {
    expect(inAppHref(plainClick, anchor("https://kontor.example/api/v1/health"), here)).toBeUndefined();
    expect(inAppHref(plainClick, anchor("https://kontor.example/?q=cafe#results"), here)).toBeUndefined();
  });

  it("handles a target of _self like no target", () => {
    expect(inAppHref(plainClick, anchor("https://kontor.example/status", { target: "_self" }), here)).toBe("/status");
  });
});
