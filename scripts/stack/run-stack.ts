import { join } from "node:path";
import { ensureClientBuilt } from "./client-build.ts";
import { prepareInstall } from "./install.ts";
import type { ManagedProcess } from "./managed-process.ts";
import { dataDir, repoRoot, venvDir } from "./paths.ts";
import { assertPortFree } from "./ports.ts";
import { bold, dim, done, fail, SetupError, step, warn } from "./progress.ts";
import { ensureSynapse } from "./python-venv.ts";
import { startAppservice } from "./appservice-process.ts";
import { startSynapse } from "./synapse-process.ts";
import { relative } from "node:path";

const children: ManagedProcess[] = [];
let stopping = false;

/** Stops the appservice first, then Synapse, and exits. */
async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  for (const child of [...children].reverse()) await child.stop();
  process.exit(exitCode);
}

/**
 * `npm start`: installs what is missing, starts Synapse and the appservice
 * (which serves the web client), waits until Kontor reports healthy, and
 * stops everything on Ctrl-C.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const python = await ensureSynapse({ venv: venvDir() });
  const install = prepareInstall({
    dataDir: dataDir(),
    defaults: {
      serverName: process.env.KONTOR_SERVER_NAME,
      synapsePort: portFromEnv("KONTOR_SYNAPSE_PORT"),
      appservicePort: portFromEnv("KONTOR_APPSERVICE_PORT"),
      httpPort: portFromEnv("KONTOR_HTTP_PORT"),
      logging: { level: "info", format: "pretty" },
    },
  });
  if (install.created) done(`Created a new install with fresh secrets in ${relative(repoRoot, install.dataDir) || install.dataDir}`);
  await ensureClientBuilt();

  const { config } = install;
  const homeserverUrl = new URL(config.homeserver.url);
  await assertPortFree(homeserverUrl.hostname.replace(/^\[|\]$/g, ""), install.synapsePort, "Synapse homeserver");
  await assertPortFree(config.appservice.host, config.appservice.port, "Kontor appservice, homeserver traffic");
  await assertPortFree(config.http.host, config.http.port, "Kontor web client and API");

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      process.stdout.write(`\n${dim("Stopping Kontor …")}\n`);
      void stopAll(0).catch(fail);
    });
  }

  step(`Starting Synapse at ${config.homeserver.url} (log: ${relative(repoRoot, install.synapseLogFile)})`);
  const synapse = await startSynapse({
    python,
    configPath: install.homeserverConfigPath,
    homeserverUrl: config.homeserver.url,
    consoleLogFile: join(install.synapseDir, "console.log"),
  });
  children.push(synapse);
  done("Synapse is up");

  step("Starting the Kontor appservice");
  const publicUrl = `http://${config.http.host}:${config.http.port}`;
  const appservice = await startAppservice({ configPath: install.kontorConfigPath, publicUrl, echo: true });
  children.push(appservice);

  for (const child of children) {
    void child.exited.then((code) => {
      if (stopping) return;
      warn(`${child.name} stopped unexpectedly (exit code ${code}); stopping the rest.\n${child.outputTail.slice(-1500)}`);
      void stopAll(1);
    });
  }

  const healthy = await waitForHealth(`${publicUrl}/api/v1/health`, 30_000);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!healthy) warn(`Kontor started but does not report healthy yet; see ${publicUrl}/api/v1/health`);
  const dataShown = relative(repoRoot, install.dataDir) || install.dataDir;
  process.stdout.write(
    [
      "",
      bold(`Kontor is running${healthy ? "" : " (not healthy yet)"} — ready in ${seconds} s`),
      `  Web client    ${config.http.publicUrl}/`,
      `  REST API      ${publicUrl}/api/v1/   (health: ${publicUrl}/api/v1/health)`,
      `  Homeserver    ${config.homeserver.url}   (server name ${config.homeserver.serverName})`,
      `  Data          ${dataShown}/   (Synapse log: ${dataShown}/synapse/homeserver.log)`,
      "",
      bold("Next steps") + " (in another terminal, from this folder):",
      `  npx kontor user create alice --password 'a long password'      ${dim("a Matrix account on this server")}`,
      `  npx kontor business create --slug my-shop --name "My Shop"     ${dim("a business with its profile room")}`,
      `  npx kontor staff add --business my-shop --user @alice:${config.homeserver.serverName} --role owner`,
      `  npx kontor demo                                                ${dim("fill the directory with example businesses")}`,
      `  npx kontor --help                                              ${dim("all operator commands")}`,
      "",
      dim("Press Ctrl-C to stop Kontor and Synapse."),
      "",
    ].join("\n"),
  );
}

/** Ports for a new install can be chosen with environment variables; afterwards kontor.yaml holds them. */
function portFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SetupError(`${name} must be a port number (1-65535), not "${value}"`);
  return port;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return true;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

main().catch(async (error: unknown) => {
  stopping = true;
  for (const child of [...children].reverse()) await child.stop();
  fail(error instanceof SetupError ? error : new SetupError(error instanceof Error ? error.message : String(error)));
});
