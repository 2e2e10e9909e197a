import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { loadConfigFile } from "../../appservice/src/config/load.ts";
import type { ConfigInput, KontorConfig } from "../../appservice/src/config/schema.ts";
import { clientDistDir, synapseTemplateDir } from "./paths.ts";
import { ensureSecrets, ensureSigningKey, writePrivateFile } from "./secrets.ts";
import { escapeRegex, renderTemplateFile } from "./templates.ts";

export interface InstallOptions {
  dataDir: string;
  /** Used only when the install is created; afterwards kontor.yaml is the truth. */
  defaults?: {
    serverName?: string;
    synapsePort?: number;
    appservicePort?: number;
    httpPort?: number;
    logging?: { level: "trace" | "debug" | "info" | "warn" | "error" | "silent"; format: "json" | "pretty" };
  };
  /** Extra Synapse settings merged over the rendered template (tests relax rate limits). */
  synapseOverrides?: Record<string, unknown>;
}

export interface Install {
  dataDir: string;
  config: KontorConfig;
  kontorConfigPath: string;
  synapseDir: string;
  homeserverConfigPath: string;
  registrationPath: string;
  synapseLogFile: string;
  synapsePort: number;
  created: boolean;
}

/**
 * Prepares an install in a data directory: per-install secrets, the
 * appservice configuration (written once, then owned by the operator), and
 * the Synapse configuration and registration rendered from the templates in
 * synapse-config/ on every call.
 */
export function prepareInstall(options: InstallOptions): Install {
  const { dataDir } = options;
  const synapseDir = join(dataDir, "synapse");
  const kontorConfigPath = join(dataDir, "kontor.yaml");
  const { secrets } = ensureSecrets(dataDir);
  const signingKeyPath = join(synapseDir, "signing.key");
  ensureSigningKey(signingKeyPath);

  const created = !existsSync(kontorConfigPath);
  if (created) writeInitialConfig(kontorConfigPath, options, secrets);
  const config = loadConfigFile(kontorConfigPath);

  const homeserverUrl = new URL(config.homeserver.url);
  const synapsePort = Number(homeserverUrl.port || 80);
  const registrationPath = join(synapseDir, "registration.yaml");
  const logConfigPath = join(synapseDir, "log.config");
  const synapseLogFile = join(synapseDir, "homeserver.log");
  const server = escapeRegex(config.homeserver.serverName);
  const as = config.appservice;

  writePrivateFile(
    registrationPath,
    renderTemplateFile(join(synapseTemplateDir, "registration.yaml.tmpl"), {
      id: as.id,
      url: `http://${urlHost(as.host)}:${as.port}`,
      as_token: as.asToken,
      hs_token: as.hsToken,
      sender_localpart: as.senderLocalpart,
      business_user_regex: `@${escapeRegex(as.businessUserPrefix)}.*:${server}`,
      customer_ghost_regex: `@${escapeRegex(as.customerGhostPrefix)}.*:${server}`,
      business_alias_regex: `#${escapeRegex(as.businessAliasPrefix)}.*:${server}`,
    }),
  );
  writePrivateFile(logConfigPath, renderTemplateFile(join(synapseTemplateDir, "log.config.tmpl"), { log_file: synapseLogFile }));

  const rendered = renderTemplateFile(join(synapseTemplateDir, "homeserver.yaml.tmpl"), {
    server_name: config.homeserver.serverName,
    public_baseurl: `${homeserverUrl.origin}/`,
    pid_file: join(synapseDir, "homeserver.pid"),
    media_store_path: join(synapseDir, "media_store"),
    database_path: join(synapseDir, "homeserver.db"),
    signing_key_path: signingKeyPath,
    log_config_path: logConfigPath,
    port: synapsePort,
    bind_address: homeserverUrl.hostname.replace(/^\[|\]$/g, ""),
    registration_shared_secret: config.homeserver.registrationSharedSecret,
    macaroon_secret_key: secrets.macaroonSecretKey,
    form_secret: secrets.formSecret,
    registration_path: registrationPath,
    enable_registration: false,
    business_user_glob: `@${as.businessUserPrefix}*:${config.homeserver.serverName}`,
  });
  const overridesPath = join(dataDir, "synapse-overrides.yaml");
  const operatorOverrides = existsSync(overridesPath)
    ? ((parseYaml(readFileSync(overridesPath, "utf8")) as Record<string, unknown> | null) ?? {})
    : {};
  const homeserverConfig = {
    ...(parseYaml(rendered) as Record<string, unknown>),
    ...operatorOverrides,
    ...options.synapseOverrides,
  };
  const homeserverConfigPath = join(synapseDir, "homeserver.yaml");
  writePrivateFile(
    homeserverConfigPath,
    `# Rendered by Kontor from synapse-config/homeserver.yaml.tmpl on every start; do not edit.\n` +
      `# Put local changes in ${overridesPath}.\n${stringifyYaml(homeserverConfig)}`,
  );

  return {
    dataDir,
    config,
    kontorConfigPath,
    synapseDir,
    homeserverConfigPath,
    registrationPath,
    synapseLogFile,
    synapsePort,
    created,
  };
}

function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function writeInitialConfig(path: string, options: InstallOptions, secrets: ReturnType<typeof ensureSecrets>["secrets"]): void {
  const defaults = options.defaults ?? {};
  const synapsePort = defaults.synapsePort ?? 8008;
  const httpPort = defaults.httpPort ?? 8080;
  const config: ConfigInput = {
    homeserver: {
      url: `http://127.0.0.1:${synapsePort}`,
      serverName: defaults.serverName ?? "localhost",
      registrationSharedSecret: secrets.registrationSharedSecret,
    },
    appservice: {
      id: "kontor",
      host: "127.0.0.1",
      port: defaults.appservicePort ?? 9000,
      asToken: secrets.asToken,
      hsToken: secrets.hsToken,
    },
    http: { host: "127.0.0.1", port: httpPort, publicUrl: `http://127.0.0.1:${httpPort}`, clientDir: clientDistDir },
    store: { path: join(options.dataDir, "kontor.db") },
    admin: { token: secrets.adminToken },
    // A development install on one machine: webhooks to local test servers are fine.
    outbound: { allowedPrivateNetworks: ["127.0.0.0/8", "::1/128"] },
    logging: defaults.logging ?? { level: "info", format: "json" },
  };
  writePrivateFile(
    path,
    "# Kontor appservice configuration for this install, created on first start.\n" +
      "# Yours to edit; docs/config.sample.yaml documents every key. Holds secrets: keep it private.\n" +
      stringifyYaml(config),
  );
}
