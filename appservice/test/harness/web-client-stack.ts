import { afterAll, afterEach, beforeAll } from "vitest";
import { ensureClientBuilt } from "../../../scripts/stack/client-build.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { TestPages } from "./browser.ts";
import { runKontorCli } from "./kontor-cli.ts";
import { startKontor } from "./kontor-process.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

/**
 * Registers the hooks a browser test file of the web client needs: the built
 * client, Kontor against the test homeserver (with `kontor demo`'s businesses
 * when asked), and Chromium pages that fail a test on unexpected console
 * errors. Call it at the top of the file, before the file's own hooks, which
 * then run with the stack up.
 */
export function useWebClientStack(homeserver: TestHomeserverInfo, options: { demo?: boolean } = {}): TestPages {
  const pages = new TestPages(homeserver.publicUrl);
  let kontor: ManagedProcess | undefined;

  beforeAll(async () => {
    await ensureClientBuilt();
    kontor = await startKontor(homeserver);
    if (options.demo) {
      const demo = await runKontorCli(homeserver, ["demo"]);
      if (demo.code !== 0) throw new Error(`kontor demo failed: ${demo.stderr}`);
    }
    await pages.start();
  });

  afterEach(() => pages.closeAll());

  afterAll(async () => {
    await pages.stop();
    await kontor?.stop();
  });

  return pages;
}
