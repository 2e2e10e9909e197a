import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { SetupError } from "./progress.ts";

const candidates = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/** Flags for a headless Chromium on a machine without a desktop or open network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable for browser tests: `KONTOR_CHROMIUM`, /usr/bin/chromium, or one on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KONTOR_CHROMIUM;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new SetupError(`KONTOR_CHROMIUM points at ${configured}, which is not an executable file.`);
  }
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    for (const name of candidates) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new SetupError(
    "Chromium was not found; the browser tests need it.\n" +
      "  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n" +
      "  Or point KONTOR_CHROMIUM at a Chromium or Chrome executable.",
  );
}
