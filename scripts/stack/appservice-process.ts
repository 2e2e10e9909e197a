import { appserviceMain, repoRoot } from "./paths.ts";
import { ManagedProcess, httpAnswers } from "./managed-process.ts";

export interface StartAppserviceOptions {
  configPath: string;
  /** Base URL of the public HTTP port, for the readiness check. */
  publicUrl: string;
  logFile?: string;
  echo?: boolean;
  detached?: boolean;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Starts the Kontor appservice as its own process and waits until its public port answers. */
export async function startAppservice(options: StartAppserviceOptions): Promise<ManagedProcess> {
  const appservice = new ManagedProcess({
    name: "Kontor appservice",
    command: process.execPath,
    args: ["--import", "tsx", appserviceMain],
    cwd: repoRoot,
    env: { ...process.env, ...options.env, KONTOR_CONFIG: options.configPath },
    logFile: options.logFile,
    echo: options.echo,
    detached: options.detached,
  });
  try {
    await appservice.waitUntil(() => httpAnswers(`${options.publicUrl}/api/v1/health`), {
      timeoutMs: options.timeoutMs ?? 30_000,
      what: `listening at ${options.publicUrl}`,
    });
  } catch (error) {
    await appservice.stop(5000);
    throw error;
  }
  return appservice;
}
