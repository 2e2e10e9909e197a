import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot } from "../harness/browser.ts";
import { useWebClientStack } from "../harness/web-client-stack.ts";

/** A business's public page in Chromium against the real stack, filled by `kontor demo`. */

const homeserver = inject("homeserver");
const pages = useWebClientStack(homeserver, { demo: true });
const openPage = pages.open.bind(pages);

/** Day name and hours of each row of the opening hours table, as shown (today's row is marked). */
function markedHoursRows(page: Page): Promise<string[]> {
  return page.locator("kontor-hours-table tbody tr").evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").replace(/\s+/g, " ").trim()));
}

/** The same without the "today" mark, so checks do not depend on the day the tests run. */
async function hoursRows(page: Page): Promise<string[]> {
  return (await markedHoursRows(page)).map((row) => row.replace(/ \((today|heute)\)/, ""));
}

describe("a business page in Chromium", () => {
  it("shows the profile, the weekly hours and a map link", async () => {
    const page = await openPage("/b/baeckerei-schmidt");
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Bäckerei Schmidt");
    expect(await page.title()).toBe("Bäckerei Schmidt · Kontor");
    expect(await page.locator(".categories").textContent()).toBe("Bakery · Café · Berlin");
    expect(await page.locator(".now .badge").textContent()).toMatch(/^(Open|Closed)$/);
    expect(await page.locator(".now-text").textContent()).toMatch(/^(Closes|Opens) /);
    const rows = await markedHoursRows(page);
    expect(rows.map((row) => row.replace(" (today)", ""))).toEqual([
      "Monday 06:30–18:30",
      "Tuesday 06:30–18:30",
      "Wednesday 06:30–18:30",
      "Thursday 06:30–18:30",
      "Friday 06:30–18:30",
      "Saturday 07:00–13:00",
      "Sunday Closed",
    ]);
    expect(rows.filter((row) => row.includes("(today)"))).toHaveLength(1);
    expect(await page.getByRole("link", { name: "Show on OpenStreetMap" }).getAttribute("href")).toBe(
      "https://www.openstreetmap.org/?mlat=52.5016&mlon=13.4186#map=18/52.5016/13.4186",
    );
    expect(await page.getByRole("link", { name: "+49 30 6123456" }).getAttribute("href")).toBe("tel:+49306123456");
    expect(await page.getByRole("link", { name: "baeckerei-schmidt.example" }).getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await page.locator(".alias").textContent()).toMatch(/^#biz_baeckerei-schmidt:/);
    expect(await page.getByRole("link", { name: "Open in your Matrix app" }).getAttribute("href")).toMatch(/^https:\/\/matrix\.to\/#\/%23biz_baeckerei-schmidt%3A/);
    expect(await page.locator(".special-days li").first().textContent()).toContain("Heiligabend");
    await screenshot(page, "business");
  });

  it("shows split shifts and hours past midnight", async () => {
    const page = await openPage("/b/radwerk-leipzig");
    await expect.poll(() => hoursRows(page), { timeout: 15_000 }).toContain("Tuesday 10:00–13:00, 14:00–18:30");
    await page.goto(`${homeserver.publicUrl}/b/zum-anker`);
    await expect.poll(() => hoursRows(page), { timeout: 15_000 }).toContain("Saturday 18:00–03:00 next day");
  });

  it("sends people who want to write to sign-in, which is loaded on demand", async () => {
    const page = await openPage("/b/zum-anker");
    const write = page.getByRole("link", { name: "Write a message" });
    await expect.poll(() => write.getAttribute("href"), { timeout: 15_000 }).toBe("/signin?next=/b/zum-anker/write");
    const lazyChunk = page.waitForRequest((request) => /\/assets\/signed-in-[\w-]+\.js$/.test(request.url()));
    await write.click();
    await lazyChunk;
    await expect.poll(() => page.getByRole("heading", { name: "Sign in to Kontor" }).count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.goBack();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Kneipe Zum Anker");
  });

  it("shows the page in German with German weekdays and hours texts", async () => {
    const page = await openPage("/b/zum-anker", { locale: "de-DE" });
    await expect.poll(() => hoursRows(page), { timeout: 15_000 }).toContain("Samstag 18:00–03:00 am Folgetag");
    expect(await page.getByRole("link", { name: "Nachricht schreiben" }).count()).toBe(1);
    expect(await page.locator(".response").textContent()).toContain("Antwortet meist");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator(".response").textContent()).toContain("Usually replies");
  });

  it("explains a business that does not exist and links back to the directory", async () => {
    const page = await openPage("/b/no-such-business", { expectedFailures: [/status of 404/] });
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("This business is not on Kontor");
    await page.getByRole("link", { name: "Back to the directory" }).last().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Find a business");
    await page.goto(`${homeserver.publicUrl}/no/such/page`);
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Page not found");
    // The API's 404 for the unknown business is logged by Chromium itself, exactly once.
    expect(pages.consoleErrors(page).filter((text) => /status of 404/.test(text))).toHaveLength(1);
  });

  it("fits a 360 px screen", async () => {
    const page = await openPage("/b/baeckerei-schmidt", { width: 360 });
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Bäckerei Schmidt");
    // A string: this file is type-checked without DOM types.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await screenshot(page, "business-mobile");
  });
});
