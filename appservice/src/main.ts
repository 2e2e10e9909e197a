import type { Server } from "node:http";
import { resolve } from "node:path";
import { buildKontor } from "./app.ts";
import { ConfigError, loadConfigFile } from "./config/load.ts";
import { closeServer, listen, PortInUseError } from "./http/listen.ts";
import { createLogger } from "./logging/logger.ts";
import { MigrationError } from "./store/migrate.ts";
import { openStore } from "./store/database.ts";

/**
 * The appservice process: reads the configuration, opens the store, listens
 * on the homeserver-facing and public ports, pings itself through the
 * homeserver, and shuts down cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const configPath = resolve(process.env.KONTOR_CONFIG ?? process.argv[2] ?? ".kontor/kontor.yaml");
  const config = loadConfigFile(configPath);
  const logger = createLogger({ level: config.logging.level, format: config.logging.format });
  const log = logger.child({ module: "main" });

  const { db, migrations } = openStore({ path: config.store.path, logger });
  log.info("store opened", { path: config.store.path, schemaVersion: migrations.to });

  const kontor = buildKontor({ config, db, logger });
  const servers: Server[] = [];
  const stopping = new AbortController();

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    log.info("shutting down", { signal });
    await Promise.allSettled(servers.map((server) => closeServer(server)));
    await kontor.processor.stop();
    await kontor.webhookDispatcher.stop();
    db.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    servers.push(await listen(kontor.homeserverApp, config.appservice.host, config.appservice.port, "homeserver traffic"));
    servers.push(await listen(kontor.publicApp, config.http.host, config.http.port, "web client and API"));
  } catch (error) {
    db.close();
    throw error;
  }
  log.info("listening", {
    homeserverApi: `http://${config.appservice.host}:${config.appservice.port}`,
    web: `http://${config.http.host}:${config.http.port}`,
  });
  kontor.processor.start();
  kontor.webhookDispatcher.start();
  void kontor.selfPing.pingUntilAnswered(stopping.signal);

  const synced = kontor.businesses.syncDirectory();
  if (synced.added + synced.removed > 0) log.info("directory index brought up to date", synced);
  // Profile room topics show today's hours; refresh them when a business's day changes.
  const topicTimer = setInterval(() => {
    kontor.businesses.refreshTopics().catch((error: unknown) => log.warn("refreshing profile room topics failed", { error }));
  }, 10 * 60_000);
  topicTimer.unref();
  const snoozeTimer = setInterval(() => {
    kontor.conversations.wakeSnoozed().catch((error: unknown) => log.warn("ending snoozes failed", { error }));
  }, 5_000);
  snoozeTimer.unref();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PortInUseError || error instanceof MigrationError) {
    process.stderr.write(`kontor: ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`kontor: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
