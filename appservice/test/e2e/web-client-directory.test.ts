import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot } from "../harness/browser.ts";
import { useWebClientStack } from "../harness/web-client-stack.ts";

/**
 * The public directory in Chromium against the real stack, filled by
 * `kontor demo`: search, filters, URL state, language, keyboard use and
 * small screens, all under the strict CSP.
 */

const homeserver = inject("homeserver");
const pages = useWebClientStack(homeserver, { demo: true });
const openPage = pages.open.bind(pages);

/** Names of the businesses in the result list, in order. */
function resultNames(page: Page): Promise<string[]> {
  return page.locator("kontor-result-card h3").allTextContents().then((names) => names.map((name) => name.trim()));
}

/** The focused element, looking into shadow roots (a string: this file is type-checked without DOM types). */
function focused(page: Page): Promise<{ tag: string; text: string; href: string | null }> {
  return page.evaluate(`(() => {
    let element = document.activeElement;
    while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element ? element.tagName : "", text: element ? element.textContent.trim() : "", href: element ? element.getAttribute("href") : null };
  })()`);
}

/** How wide the page is, to catch sideways scrolling. */
function scrollWidth(page: Page): Promise<number> {
  return page.evaluate("document.documentElement.scrollWidth");
}

describe("the business directory in Chromium", () => {
  it("lists the demo businesses as cards with open/closed badges and today's hours", async () => {
    const page = await openPage("/");
    const response = await page.reload();
    expect(response?.headers()["content-security-policy"]).toContain("style-src 'self'");
    await expect.poll(() => resultNames(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(["Bäckerei Schmidt", "Kneipe Zum Anker"]));
    expect(await page.title()).toBe("Find a business · Kontor");
    const anker = page.locator("kontor-result-card", { hasText: "Kneipe Zum Anker" });
    expect(await anker.locator(".badge").textContent()).toMatch(/^(Open|Closed)$/);
    expect(await anker.locator(".today").textContent()).toMatch(/^Today: (18:00–03:00|18:00–00:00|20:00–04:00|closed)$/);
    expect(await anker.locator(".meta").textContent()).toBe("Bar · Hamburg");
    expect(await page.locator("[role=status]").first().textContent()).toMatch(/businesses found/);
    await screenshot(page, "directory");
  });

  it("searches as you type and keeps the search in the URL, through reload and back", async () => {
    const page = await openPage("/");
    await page.getByLabel("What are you looking for?").fill("croissant");
    await expect.poll(() => new URL(page.url()).search, { timeout: 5000 }).toBe("?q=croissant");
    await expect.poll(() => resultNames(page)).toEqual(["Café Lumière"]);
    expect(await page.title()).toBe("Search: croissant · Kontor");
    await page.reload();
    await expect.poll(() => resultNames(page), { timeout: 10_000 }).toEqual(["Café Lumière"]);
    expect(await page.getByLabel("What are you looking for?").inputValue()).toBe("croissant");
    await page.getByLabel("Category").selectOption("bar");
    await expect.poll(() => new URL(page.url()).search).toBe("?q=croissant&category=bar");
    await expect.poll(() => page.getByText("No business matches your search").count()).toBe(1);
    expect(await page.getByText("Try fewer words or remove a filter.").count()).toBe(1);
    await page.goBack();
    await expect.poll(() => resultNames(page)).toEqual(["Café Lumière"]);
    expect(await page.getByLabel("Category").inputValue()).toBe("");
  });

  it("filters by category, and by open now", async () => {
    const page = await openPage("/");
    await page.getByLabel("Category").selectOption({ label: "Bakery" });
    await expect.poll(() => new URL(page.url()).search, { timeout: 5000 }).toBe("?category=bakery");
    await expect.poll(() => resultNames(page)).toEqual(["Bäckerei Schmidt"]);
    await page.getByLabel("Open now").check();
    await expect.poll(() => new URL(page.url()).search).toBe("?category=bakery&open_now=1");
    await expect.poll(() => page.locator("[role=status]").first().textContent()).toMatch(/found/);
    for (const badge of await page.locator("kontor-result-card .badge").allTextContents()) expect(badge.trim()).toBe("Open");
  });

  it("switches to German, remembers it, and labels categories in German", async () => {
    const page = await openPage("/");
    await expect.poll(() => resultNames(page), { timeout: 15_000 }).toContain("Bäckerei Schmidt");
    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Unternehmen finden");
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    expect(await page.title()).toBe("Unternehmen finden · Kontor");
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 10_000 }).toBe("Unternehmen finden");
    await expect.poll(() => page.locator("kontor-result-card", { hasText: "Bäckerei Schmidt" }).locator(".meta").textContent()).toBe("Bäckerei · Café · Berlin");
    await expect.poll(() => page.getByLabel("Kategorie").locator("option", { hasText: "Fahrradladen" }).count()).toBe(1);
  });

  it("can be used with the keyboard alone: skip link, Tab to a result, Enter opens it", async () => {
    const page = await openPage("/?q=anker");
    await expect.poll(() => resultNames(page), { timeout: 15_000 }).toEqual(["Kneipe Zum Anker"]);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "A", text: "Skip to main content" });
    for (let presses = 0; presses < 30 && (await focused(page)).href !== "/b/zum-anker"; presses++) await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "A", href: "/b/zum-anker" });
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/b/zum-anker");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "H1", text: "Kneipe Zum Anker" });
  });

  it("stacks the cards on a 360 px screen without sideways scrolling", async () => {
    const page = await openPage("/", { width: 360 });
    await expect.poll(() => resultNames(page), { timeout: 15_000 }).toContain("Bäckerei Schmidt");
    const boxes = [];
    for (const card of await page.locator("kontor-result-card").all()) boxes.push((await card.boundingBox())!);
    expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(1);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, "directory-mobile");
  });
});
