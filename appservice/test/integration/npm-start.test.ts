import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfigFile } from "../../src/config/load.ts";
import { repoRoot } from "../../../scripts/stack/paths.ts";
import { freePort } from "../../../scripts/stack/ports.ts";
import { descendantsOf, isAlive } from "../harness/process-tree.ts";

const dataDir = mkdtempSync(join(tmpdir(), "kontor-npm-start-"));
const running = new Set<number>();
afterAll(() => {
  // A failed assertion must not leave a stack running: stop every process group still alive.
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Free ports that are not the shared test homeserver's (its appservice port is free while no Kontor runs). */
async function freshPort(): Promise<number> {
  const shared = loadConfigFile(inject("homeserver").kontorConfigPath);
  const taken = [shared.appservice.port, shared.http.port, Number(new URL(shared.homeserver.url).port)];
  for (;;) {
    const port = await freePort();
    if (!taken.includes(port)) return port;
  }
}

interface Started {
  pid: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start` in its own process group, as a terminal would. */
function npmStart(env: Record<string, string>): Started {
  const child = spawn("npm", ["start"], {
    cwd: repoRoot,
    env: { ...process.env, ...env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.add(child.pid!);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  void exited.then(() => running.delete(child.pid!));
  return { pid: child.pid!, output: () => output, exited };
}

async function waitForOutput(started: Started, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void started.exited.then(() => (exited = true));
  while (!started.output().includes(text)) {
    if (exited) throw new Error(`npm start exited before "${text}" appeared. Output:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear within ${timeoutMs} ms. Output:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("npm start", () => {
  it("runs the whole stack healthy, reuses its data, and Ctrl-C leaves no process behind", async () => {
    const ports = { KONTOR_SYNAPSE_PORT: await freshPort(), KONTOR_APPSERVICE_PORT: await freshPort(), KONTOR_HTTP_PORT: await freshPort() };
    const env = { KONTOR_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };

    for (const round of ["first start", "second start"]) {
      const started = npmStart(env);
      await waitForOutput(started, "Kontor is running", 120_000);
      expect(started.output(), round).toContain("Next steps");
      const health = await fetch(`http://127.0.0.1:${ports.KONTOR_HTTP_PORT}/api/v1/health`);
      expect(health.status, round).toBe(200);
      const page = await fetch(`http://127.0.0.1:${ports.KONTOR_HTTP_PORT}/`);
      expect(await page.text()).toContain("<kontor-app>");

      const processes = descendantsOf(started.pid);
      expect(processes.length).toBeGreaterThanOrEqual(3);
      process.kill(-started.pid, "SIGINT");
      await started.exited;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(processes.filter(isAlive), `${round}: processes left running`).toEqual([]);
      if (round === "second start") expect(started.output()).not.toContain("Created a new install");
    }
    expect(existsSync(join(dataDir, "kontor.db-wal"))).toBe(false);
  }, 300_000);

  it("names the port when one is already in use", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer();
    const busy = await freshPort();
    await new Promise<void>((resolve) => blocker.listen(busy, "127.0.0.1", resolve));
    try {
      const otherDir = mkdtempSync(join(tmpdir(), "kontor-npm-start-busy-"));
      const started = npmStart({ KONTOR_DATA_DIR: otherDir, KONTOR_SYNAPSE_PORT: String(busy) });
      const code = await started.exited;
      rmSync(otherDir, { recursive: true, force: true });
      expect(code).not.toBe(0);
      expect(started.output()).toContain(`port ${busy}`);
      expect(started.output()).toMatch(/already in use/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
