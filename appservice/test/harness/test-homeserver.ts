import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareInstall, type Install } from "../../../scripts/stack/install.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { venvDir } from "../../../scripts/stack/paths.ts";
import { freePort } from "../../../scripts/stack/ports.ts";
import { ensureSynapse } from "../../../scripts/stack/python-venv.ts";
import { startSynapse } from "../../../scripts/stack/synapse-process.ts";

/** Plain data about a running test homeserver; passed from global setup to the test files. */
export interface TestHomeserverInfo {
  dataDir: string;
  homeserverUrl: string;
  serverName: string;
  kontorConfigPath: string;
  publicUrl: string;
  synapseLogFile: string;
}

export interface TestHomeserver {
  info: TestHomeserverInfo;
  install: Install;
  stop(): Promise<void>;
}

/** Rate limits off: tests register, log in and send far faster than people. */
const relaxedRateLimits = (() => {
  const fast = { per_second: 10_000, burst_count: 10_000 };
  return {
    rc_message: fast,
    rc_registration: fast,
    rc_login: { address: fast, account: fast, failed_attempts: fast },
    rc_joins: { local: fast, remote: fast },
    rc_joins_per_room: fast,
    rc_invites: { per_room: fast, per_user: fast, per_issuer: fast },
    rc_admin_redaction: fast,
    rc_room_creation: fast,
    rc_presence: { per_user: fast },
    rc_delayed_event_mgmt: fast,
  };
})();

/**
 * Starts a Synapse with Kontor's registration on free loopback ports and a
 * temporary data directory, exactly as `npm start` renders it (plus relaxed
 * rate limits). The appservice's ports are chosen too, but not started.
 */
export async function startTestHomeserver(): Promise<TestHomeserver> {
  const python = await ensureSynapse({ venv: venvDir(), quiet: true });
  const dataDir = mkdtempSync(join(tmpdir(), "kontor-test-"));
  const [synapsePort, appservicePort, httpPort] = await distinctFreePorts(3);
  const install = prepareInstall({
    dataDir,
    defaults: {
      serverName: "localhost",
      synapsePort,
      appservicePort,
      httpPort,
      logging: { level: process.env.KONTOR_TEST_LOG_LEVEL === "debug" ? "debug" : "info", format: "json" },
    },
    synapseOverrides: relaxedRateLimits,
  });
  // Fast webhook retries and a small per-key rate limit, so tests see them within seconds.
  const kontorConfig = parseYaml(readFileSync(install.kontorConfigPath, "utf8")) as Record<string, unknown>;
  // Pauses of at least a second: a retry gets a new timestamp, so receivers can tell it from a replay.
  kontorConfig.webhooks = { retryScheduleSeconds: [1.1, 1.5, 2], timeoutSeconds: 5 };
  kontorConfig.api = { keyRateLimit: { burst: 40, perSecond: 5 } };
  writeFileSync(install.kontorConfigPath, stringifyYaml(kontorConfig), { mode: 0o600 });
  let synapse: ManagedProcess;
  try {
    synapse = await startSynapse({
      python,
      configPath: install.homeserverConfigPath,
      homeserverUrl: install.config.homeserver.url,
      consoleLogFile: join(install.synapseDir, "console.log"),
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    install,
    info: {
      dataDir,
      homeserverUrl: install.config.homeserver.url,
      serverName: install.config.homeserver.serverName,
      kontorConfigPath: install.kontorConfigPath,
      publicUrl: `http://127.0.0.1:${httpPort}`,
      synapseLogFile: install.synapseLogFile,
    },
    async stop() {
      await synapse.stop();
      if (!process.env.KONTOR_KEEP_TEST_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
