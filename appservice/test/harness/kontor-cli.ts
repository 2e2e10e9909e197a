import { spawn } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../../scripts/stack/paths.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kontor ...` against the test install, as an operator would. */
export function runKontorCli(homeserver: TestHomeserverInfo, args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "appservice", "bin", "kontor.mjs"), ...args, "--config", homeserver.kontorConfigPath], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(input ?? "");
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a CLI command with --json and parses its output; fails the test with the CLI's own message otherwise. */
export async function kontorJson<T = Record<string, unknown>>(homeserver: TestHomeserverInfo, args: string[]): Promise<T> {
  const result = await runKontorCli(homeserver, [...args, "--json"]);
  if (result.code !== 0) throw new Error(`kontor ${args.join(" ")} failed (${result.code}): ${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}
