import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumArgs, findChromium } from "../../../scripts/stack/chromium.ts";
import { repoRoot } from "../../../scripts/stack/paths.ts";

/** Where screenshots of each main view are written, for a person to look at. */
export const artifactsDir = join(repoRoot, "test-artifacts");

/** Launches Debian's headless Chromium through playwright-core (no browser download). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

/** Collects console errors (CSP violations among them) and uncaught exceptions of a page. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
