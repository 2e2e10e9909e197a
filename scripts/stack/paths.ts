import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The exact Synapse release Kontor is tested with; installed from PyPI. */
export const SYNAPSE_VERSION = "1.163.2";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Per-install data: secrets, databases, logs. `KONTOR_DATA_DIR` moves it. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repoRoot, env.KONTOR_DATA_DIR ?? ".kontor");
}

/** The project-local Python virtual environment holding Synapse; shared by `npm start` and the tests. */
export function venvDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repoRoot, env.KONTOR_VENV_DIR ?? ".venv");
}

export function venvPython(venv: string): string {
  return process.platform === "win32" ? join(venv, "Scripts", "python.exe") : join(venv, "bin", "python");
}

export const clientDistDir = join(repoRoot, "client", "dist");
export const synapseTemplateDir = join(repoRoot, "synapse-config");
export const appserviceMain = join(repoRoot, "appservice", "src", "main.ts");
