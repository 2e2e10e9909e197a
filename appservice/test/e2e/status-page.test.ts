import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { launchBrowser, screenshot, watchProblems } from "../harness/browser.ts";
import { startKontor } from "../harness/kontor-process.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess;
let browser: Browser;

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await kontor?.stop();
});

describe("the web client in Chromium", () => {
  it("loads under the strict CSP and shows that the stack is healthy", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(`${homeserver.publicUrl}/status`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await expect.poll(() => page.getByText("Everything works").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "status-en");
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it("speaks German to a browser that prefers German", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${homeserver.publicUrl}/status`);
    await expect.poll(() => page.getByText("Alles funktioniert").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await screenshot(page, "status-de");
    await context.close();
  });
});
