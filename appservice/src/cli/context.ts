import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfigFile } from "../config/load.ts";
import type { KontorConfig } from "../config/schema.ts";
import { silentLogger } from "../logging/logger.ts";
import { HomeserverClient } from "../matrix/homeserver-client.ts";
import { AdminClient } from "./admin-client.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** What every subcommand gets: where output goes and how to reach the install. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  json: boolean;
  configPath: string;
  loadConfig(): KontorConfig;
  homeserver(config: KontorConfig): HomeserverClient;
  admin(): AdminClient;
  readStdin(): Promise<string>;
}

/** The configuration file: `--config`, then `KONTOR_CONFIG`, then `<data dir>/kontor.yaml`. */
export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KONTOR_CONFIG) return resolve(env.KONTOR_CONFIG);
  return join(resolve(repoRoot, env.KONTOR_DATA_DIR ?? ".kontor"), "kontor.yaml");
}

export function createCliContext(options: { configPath?: string; json: boolean }): CliContext {
  const configPath = options.configPath ? resolve(options.configPath) : defaultConfigPath();
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    json: options.json,
    configPath,
    loadConfig: () => loadConfigFile(configPath),
    homeserver: (config) =>
      new HomeserverClient({ baseUrl: config.homeserver.url, asToken: config.appservice.asToken, logger: silentLogger }),
    admin: () => new AdminClient(loadConfigFile(configPath)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}
