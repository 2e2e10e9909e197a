import { join } from "node:path";
import { startAppservice } from "../../../scripts/stack/appservice-process.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

let instance = 0;

/** Starts the real appservice process against the test homeserver; its log goes to the data directory. */
export async function startKontor(homeserver: TestHomeserverInfo, env: NodeJS.ProcessEnv = {}): Promise<ManagedProcess> {
  instance += 1;
  return startAppservice({
    configPath: homeserver.kontorConfigPath,
    publicUrl: homeserver.publicUrl,
    logFile: join(homeserver.dataDir, `kontor-${process.pid}-${instance}.log`),
    echo: process.env.KONTOR_TEST_ECHO === "1",
    env,
  });
}
