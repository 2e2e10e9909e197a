import { defineConfig } from "vitest/config";

/**
 * Test tiers, each a Vitest project with its own command:
 *   unit         fakes only at the edges, no servers but loopback HTTP
 *   integration  against a real Synapse started by the harness
 *   browser      the web client in headless Chromium against the real stack
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["appservice/test/unit/**/*.test.ts", "client/test/unit/**/*.test.ts"],
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
