import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { done, SetupError, step, withHeartbeat } from "./progress.ts";
import { runCommand } from "./run-command.ts";
import { SYNAPSE_VERSION, venvPython } from "./paths.ts";

const minimumPython: [number, number] = [3, 10];

/**
 * Synapse's `oidc` extra (it pulls in Authlib): operators can connect an
 * identity provider for single sign-on through synapse-overrides.yaml, and the
 * browser tests sign in through a fake one.
 */
const synapseExtras = "oidc";

export interface EnsureSynapseOptions {
  venv: string;
  version?: string;
  /** Python used to create the virtual environment; `KONTOR_PYTHON` or python3. */
  python?: string;
  quiet?: boolean;
}

/**
 * Makes sure the pinned Synapse is installed in the project-local virtual
 * environment, installing it from PyPI with visible progress when needed.
 * Returns the virtual environment's Python.
 */
export async function ensureSynapse(options: EnsureSynapseOptions): Promise<string> {
  const version = options.version ?? SYNAPSE_VERSION;
  const python = venvPython(options.venv);
  const requirement = `matrix-synapse[${synapseExtras}]==${version}`;
  // The marker names the extras too, so an environment installed without them gets them once.
  const marker = join(options.venv, "kontor-synapse-version");
  const installed = `${version} ${synapseExtras}`;
  if (existsSync(python) && existsSync(marker) && readFileSync(marker, "utf8").trim() === installed) return python;

  const systemPython = options.python ?? process.env.KONTOR_PYTHON ?? "python3";
  await checkPython(systemPython);
  if (!existsSync(python)) {
    step(`Creating a Python virtual environment in ${options.venv}`);
    const created = await runCommand(systemPython, ["-m", "venv", options.venv]);
    if (created.code !== 0) {
      rmSync(options.venv, { recursive: true, force: true });
      throw new SetupError(
        `could not create a Python virtual environment: ${created.stderr.trim() || created.stdout.trim()}\n` +
          "  On Debian or Ubuntu: sudo apt-get install python3-venv",
      );
    }
  }
  step(`Installing Synapse ${version} from PyPI into ${options.venv} (first run only; about a minute)`);
  const install = runCommand(
    python,
    ["-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on", requirement],
    { inherit: !options.quiet },
  );
  const result = await withHeartbeat("still installing Synapse", install);
  if (result.code !== 0) {
    throw new SetupError(
      `pip could not install ${requirement} (exit code ${result.code}).\n` +
        `${result.stderr.slice(-2000)}\n  Check that PyPI is reachable (pip config list shows the index) and run the command again.`,
    );
  }
  // Ask the package metadata: synapse.__version__ appends git details when run inside a checkout.
  const check = await runCommand(python, [
    "-c",
    "import importlib.metadata, authlib, synapse.app.homeserver; print(importlib.metadata.version('matrix-synapse'))",
  ]);
  if (check.code !== 0 || check.stdout.trim() !== version) {
    throw new SetupError(`Synapse was installed but does not import: ${check.stderr.trim()}`);
  }
  writeFileSync(marker, `${installed}\n`);
  done(`Synapse ${version} installed`);
  return python;
}

async function checkPython(python: string): Promise<void> {
  let result;
  try {
    result = await runCommand(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"]);
  } catch {
    throw new SetupError(
      `Python was not found (tried "${python}"). Kontor needs Python ${minimumPython.join(".")} or newer to run Synapse.\n` +
        "  On Debian or Ubuntu: sudo apt-get install python3 python3-venv python3-pip\n" +
        "  Or point KONTOR_PYTHON at a Python 3.10+ interpreter.",
    );
  }
  const [major = 0, minor = 0] = result.stdout.trim().split(".").map(Number);
  if (result.code !== 0 || major < minimumPython[0] || (major === minimumPython[0] && minor < minimumPython[1])) {
    throw new SetupError(
      `Python ${result.stdout.trim() || "(unknown version)"} at "${python}" is too old; Synapse needs ${minimumPython.join(".")} or newer.\n` +
        "  Install a newer Python and point KONTOR_PYTHON at it.",
    );
  }
  const venv = await runCommand(python, ["-c", "import venv, ensurepip"]);
  if (venv.code !== 0) {
    throw new SetupError(
      `Python at "${python}" lacks the venv module (or ensurepip).\n  On Debian or Ubuntu: sudo apt-get install python3-venv`,
    );
  }
}
