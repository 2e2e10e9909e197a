import { ManagedProcess } from "./managed-process.ts";
import { httpAnswers } from "./managed-process.ts";

export interface StartSynapseOptions {
  python: string;
  configPath: string;
  homeserverUrl: string;
  /** Where Synapse's own console output goes (its full log is configured in log.config). */
  consoleLogFile?: string;
  echo?: boolean;
  detached?: boolean;
  timeoutMs?: number;
}

/** Starts Synapse from the virtual environment and waits until its health endpoint answers. */
export async function startSynapse(options: StartSynapseOptions): Promise<ManagedProcess> {
  const synapse = new ManagedProcess({
    name: "Synapse",
    command: options.python,
    args: ["-m", "synapse.app.homeserver", "--config-path", options.configPath],
    logFile: options.consoleLogFile,
    echo: options.echo,
    detached: options.detached,
  });
  try {
    await synapse.waitUntil(() => httpAnswers(`${options.homeserverUrl}/health`, [200]), {
      timeoutMs: options.timeoutMs ?? 120_000,
      what: `ready at ${options.homeserverUrl}`,
    });
  } catch (error) {
    await synapse.stop(5000);
    throw error;
  }
  return synapse;
}
