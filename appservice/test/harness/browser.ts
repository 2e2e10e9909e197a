import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
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

export interface OpenPageOptions {
  width?: number;
  locale?: string;
  /**
   * Console errors a test provokes on purpose, matched against the URL they
   * name or their text: Chromium logs every 4xx answer (a wrong password, a
   * closed homeserver asked whether it lets people register).
   */
  expectedFailures?: RegExp[];
}

/**
 * The pages a browser test opens, each in a fresh context (no shared
 * storage), with its console errors (CSP violations among them) and
 * uncaught exceptions collected: `closeAll` fails the test if any page had
 * one it did not expect.
 */
export class TestPages {
  readonly #baseUrl: string;
  #browser: Browser | undefined;
  readonly #open: { context: BrowserContext; problems: string[] }[] = [];
  /** Every console error of each open page, expected or not. */
  readonly #consoleErrors = new Map<Page, string[]>();

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  async start(): Promise<void> {
    this.#browser = await launchBrowser();
  }

  async open(path: string, options: OpenPageOptions = {}): Promise<Page> {
    if (!this.#browser) throw new Error("TestPages.start() first");
    const width = options.width ?? 1280;
    const context = await this.#browser.newContext({
      locale: options.locale ?? "en-GB",
      timezoneId: "Europe/Berlin",
      viewport: { width, height: width < 500 ? 760 : 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const consoleErrors: string[] = [];
    this.#consoleErrors.set(page, consoleErrors);
    const expected = options.expectedFailures ?? [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      consoleErrors.push(`${message.text()} (${where})`);
      if (expected.some((pattern) => pattern.test(where) || pattern.test(message.text()))) return;
      problems.push(`${message.text()} (${where})`);
    });
    page.on("pageerror", (error) => problems.push(error.message));
    this.#open.push({ context, problems });
    await page.goto(`${this.#baseUrl}${path}`);
    return page;
  }

  /** The console errors a page logged so far, the expected ones included. */
  consoleErrors(page: Page): readonly string[] {
    return this.#consoleErrors.get(page) ?? [];
  }

  async closeAll(): Promise<void> {
    this.#consoleErrors.clear();
    const problems: string[] = [];
    for (const { context, problems: ofPage } of this.#open.splice(0)) {
      await context.close();
      problems.push(...ofPage);
    }
    if (problems.length > 0) throw new Error(`the pages reported problems:\n${problems.join("\n")}`);
  }

  async stop(): Promise<void> {
    await this.closeAll().catch(() => undefined);
    await this.#browser?.close();
  }
}
