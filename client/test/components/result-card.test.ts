import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { Category } from "../../src/api/categories.ts";
import { decodeDirectoryResult } from "../../src/api/directory.ts";
import "../../src/components/result-card/result-card.ts";
import type { ResultCard } from "../../src/components/result-card/result-card.ts";
import { appLanguage } from "../../src/i18n/language-store.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const categories: Category[] = [
  { id: "bakery", labels: { en: "Bakery", de: "Bäckerei" } },
  { id: "cafe", labels: { en: "Café", de: "Café" } },
];

function result(openNow: boolean) {
  return decodeDirectoryResult({
    slug: "baeckerei-schmidt",
    name: "Bäckerei Schmidt",
    categories: ["bakery", "cafe"],
    city: "Berlin",
    logo: "mxc://example.org/AbCdEf",
    response_time_text: "Usually replies within a few hours",
    opening: { open_now: openNow, today: { date: "2026-12-04", slots: [], text: "06:30–18:30" }, time_zone: "Europe/Berlin" },
  });
}

async function card(openNow: boolean): Promise<ResultCard> {
  return mount<ResultCard>(html`<kontor-result-card .result=${result(openNow)} .categories=${categories}></kontor-result-card>`);
}

function badgeText(element: ResultCard): string {
  const badge = shadowOf(element).querySelector("kontor-open-badge")!;
  return textOf(shadowOf(badge).querySelector(".badge"));
}

describe("a directory result card", () => {
  it("links the business's name to its page", async () => {
    const element = await card(true);
    const link = shadowOf(element).querySelector("h3 a")!;
    expect(link.getAttribute("href")).toBe("/b/baeckerei-schmidt");
    expect(textOf(link)).toBe("Bäckerei Schmidt");
  });

  it("says Open in words for an open business, with today's hours", async () => {
    const element = await card(true);
    expect(badgeText(element)).toBe("Open");
    expect(textOf(shadowOf(element).querySelector(".today"))).toBe("Today: 06:30–18:30");
  });

  it("says Closed in words for a closed business", async () => {
    const element = await card(false);
    expect(badgeText(element)).toBe("Closed");
    const badge = shadowOf(element).querySelector("kontor-open-badge")!;
    expect(shadowOf(badge).querySelector("[data-state]")!.getAttribute("data-state")).toBe("closed");
  });

  it("shows category labels in the UI language, the city and the response time", async () => {
    const element = await card(true);
    expect(textOf(shadowOf(element).querySelector(".meta"))).toBe("Bakery · Café · Berlin");
    appLanguage().set("de");
    await element.updateComplete;
    expect(textOf(shadowOf(element).querySelector(".meta"))).toBe("Bäckerei · Café · Berlin");
    expect(badgeText(element)).toBe("Geöffnet");
    expect(textOf(shadowOf(element).querySelector(".response"))).toBe("Usually replies within a few hours");
  });

  it("shows initials while an mxc logo cannot be loaded", async () => {
    const element = await card(true);
    const logo = shadowOf(shadowOf(element).querySelector("kontor-business-logo")!);
    expect(logo.querySelector("img")).toBeNull();
    expect(textOf(logo.querySelector(".logo"))).toBe("BS");
  });

  it("renders a name with markup as text", async () => {
    const hostile = { ...result(true), name: `<img src=x onerror="window.__cardXss=1">` };
    const element = await mount<ResultCard>(html`<kontor-result-card .result=${hostile} .categories=${categories}></kontor-result-card>`);
    expect(shadowOf(element).querySelector("h3 img")).toBeNull();
    expect(textOf(shadowOf(element).querySelector("h3"))).toContain("<img");
  });
});
