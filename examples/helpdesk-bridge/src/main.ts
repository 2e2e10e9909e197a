// Runs the helpdesk bridge with settings from the environment; see ../README.md.
import { startBridge } from "./bridge.ts";
import { ConfigError, configFromEnv, type BridgeConfig } from "./config.ts";
import { createLogger } from "./log.ts";

const logger = createLogger("helpdesk-bridge");

let config: BridgeConfig;
try {
  config = configFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\nSet them and start again; examples/helpdesk-bridge/README.md shows how to get each.\n`);
  process.exit(2);
}

try {
  const bridge = await startBridge({ ...config, logger });
  logger.info(`listening for Kontor webhooks at ${bridge.webhookUrl}`, { business: config.business, kontor: config.kontorApiUrl });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info(`${signal}: stopping`);
      void bridge.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const hint = code === "EADDRINUSE" ? `port ${config.port} is in use; set PORT to another one` : (error as Error).message;
  process.stderr.write(`the helpdesk bridge cannot listen on ${config.host}:${config.port}: ${hint}\n`);
  process.exit(1);
}
