/// <reference types="@vitest/browser/providers/playwright" />
import { defineConfig } from "vitest/config";

/**
 * Test tiers, each a Vitest project with its own command:
 *   unit         fakes only at the edges, no servers but loopback HTTP
 *   integration  against a real Synapse started by the harness
 *   components   the web client's components in headless Chromium (Vitest browser mode)
 *   browser      the web client in headless Chromium against the real stack
 */
/** Debian's Chromium (no Playwright browser download), headless, on a machine without a desktop or open network. */
const chromiumLaunch = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["appservice/test/unit/**/*.test.ts", "client/test/unit/**/*.test.ts", "examples/*/test/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["appservice/test/integration/**/*.test.ts"],
          globalSetup: ["appservice/test/harness/global-homeserver.ts"],
          // One Synapse serves every file; files run one after another so
          // each can own the appservice port while it runs.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "components",
          include: ["client/test/components/**/*.test.ts"],
          browser: {
            enabled: true,
            provider: "playwright",
            headless: true,
            screenshotFailures: false,
            // A fixed locale and zone, so times read the same on every machine (en-GB: 24-hour clock).
            instances: [{ browser: "chromium", launch: chromiumLaunch, context: { locale: "en-GB", timezoneId: "UTC" } }],
          },
        },
      },
      {
        test: {
          name: "browser",
          include: ["appservice/test/e2e/**/*.test.ts"],
          globalSetup: ["appservice/test/harness/global-homeserver.ts"],
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
