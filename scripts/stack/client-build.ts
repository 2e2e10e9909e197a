import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { clientDistDir, repoRoot } from "./paths.ts";
import { done, SetupError, step } from "./progress.ts";
import { runCommand } from "./run-command.ts";

const clientDir = join(repoRoot, "client");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when client/dist is missing or older than the client's sources. */
export function clientBuildIsStale(): boolean {
  const builtIndex = join(clientDistDir, "index.html");
  if (!existsSync(builtIndex)) return true;
  const sources = ["src", "index.html", "vite.config.ts", "package.json", "public"]
    .map((name) => join(clientDir, name))
    .filter((path) => existsSync(path));
  const newestSource = Math.max(...sources.map(newestMtime));
  return newestSource > statSync(builtIndex).mtimeMs;
}

/** Builds the web client with Vite when its sources changed since the last build. */
export async function ensureClientBuilt(options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && !clientBuildIsStale()) return;
  step("Building the web client");
  const result = await runCommand("npm", ["run", "build", "--workspace", "client", "--silent"], { cwd: repoRoot });
  if (result.code !== 0) {
    throw new SetupError(`the web client did not build:\n${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`);
  }
  done("Web client built");
}
