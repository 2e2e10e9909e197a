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
import type { FakeIdentityProvider, FakeIdentityProviderInfo } from "./fake-identity-provider.ts";

/** Plain data about a running test homeserver; passed from global setup to the test files. */
export interface TestHomeserverInfo {
  dataDir: string;
  homeserverUrl: string;
  serverName: string;
  kontorConfigPath: string;
  publicUrl: string;
  synapseLogFile: string;
  /** Set when the homeserver offers single sign-on through a fake identity provider. */
  identityProvider?: FakeIdentityProviderInfo;
}

export interface TestHomeserverOptions {
  /** Offered by Synapse for single sign-on; must be listening already, as its address goes into Synapse's configuration. */
  identityProvider?: FakeIdentityProvider;
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
export async function startTestHomeserver(options: TestHomeserverOptions = {}): Promise<TestHomeserver> {
  const python = await ensureSynapse({ venv: venvDir(), quiet: true });
  const dataDir = mkdtempSync(join(tmpdir(), "kontor-test-"));
  const [synapsePort, appservicePort, httpPort] = await distinctFreePorts(3);
  // As prepareInstall writes them into a new kontor.yaml.
  const homeserverUrl = `http://127.0.0.1:${synapsePort}`;
  const publicUrl = `http://127.0.0.1:${httpPort}`;
  const identityProvider = options.identityProvider;
  const install = prepareInstall({
    dataDir,
    defaults: {
      serverName: "localhost",
      synapsePort,
      appservicePort,
      httpPort,
      logging: { level: process.env.KONTOR_TEST_LOG_LEVEL === "debug" ? "debug" : "info", format: "json" },
    },
    synapseOverrides: {
      ...relaxedRateLimits,
      ...(identityProvider ? singleSignOnSettings(identityProvider, { homeserverUrl, publicUrl }) : {}),
    },
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
      publicUrl,
      synapseLogFile: install.synapseLogFile,
      ...(identityProvider ? { identityProvider: identityProvider.info } : {}),
    },
    async stop() {
      await synapse.stop();
      if (!process.env.KONTOR_KEEP_TEST_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Synapse settings for single sign-on through the fake identity provider.
 * Kontor's web client is on the client whitelist, so Synapse sends the
 * browser straight back instead of asking "Continue to this app?".
 */
function singleSignOnSettings(provider: FakeIdentityProvider, where: { homeserverUrl: string; publicUrl: string }): Record<string, unknown> {
  // Synapse's OIDC callback under its public_baseurl; the provider accepts no other redirect.
  provider.expectedRedirectUri = `${where.homeserverUrl}/_synapse/client/oidc/callback`;
  return {
    oidc_providers: [provider.synapseProvider()],
    sso: { client_whitelist: [`${where.publicUrl}/`] },
  };
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
