// Runs before any dependency is installed, so it uses only Node's own modules.
// It makes sure node_modules matches package-lock.json, then hands over to a
// TypeScript entry point through tsx.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function checkNode() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`✗ Kontor needs Node.js 20.19 or newer; this is ${process.version}. Install a current Node.js LTS.`);
    process.exit(1);
  }
}

function nodeModulesAreCurrent() {
  const installed = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (!existsSync(installed)) return false;
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

function ensureNodeModules() {
  if (nodeModulesAreCurrent()) return;
  console.log("▸ Installing Node.js dependencies (npm ci) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("✗ npm ci failed; see the output above. Check that the npm registry is reachable and try again.");
    process.exit(1);
  }
}

/**
 * Installs what is missing, then runs a TypeScript entry point.
 * @param {string} entry path relative to scripts/
 */
export async function bootstrap(entry) {
  checkNode();
  ensureNodeModules();
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "scripts", entry)).href);
}
