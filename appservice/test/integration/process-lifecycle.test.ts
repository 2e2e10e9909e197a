import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { loadConfigFile } from "../../src/config/load.ts";
import { appserviceMain, repoRoot } from "../../../scripts/stack/paths.ts";
import { startKontor } from "../harness/kontor-process.ts";

const homeserver = inject("homeserver");

function runMain(): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", appserviceMain], {
      cwd: repoRoot,
      env: { ...process.env, KONTOR_CONFIG: homeserver.kontorConfigPath },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("the appservice process", () => {
  it("refuses to start on a port in use, naming the port", async () => {
    const { http } = loadConfigFile(homeserver.kontorConfigPath);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(http.port, http.host, resolve));
    try {
      const result = await runMain();
      expect(result.code).toBe(78);
      expect(result.stderr).toContain(`port ${http.port}`);
      expect(result.stderr).toMatch(/already in use/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("names the bad key when the configuration is invalid", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", appserviceMain], {
      cwd: repoRoot,
      env: { ...process.env, KONTOR_CONFIG: "/nonexistent/kontor.yaml" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(78);
    expect(stderr).toMatch(/\/nonexistent\/kontor\.yaml.*file not found/s);
  });

  it("stops cleanly on SIGTERM and leaves its SQLite database intact", async () => {
    const kontor = await startKontor(homeserver);
    kontor.child.kill("SIGTERM");
    expect(await kontor.exited).toBe(0);
    const db = new Database(loadConfigFile(homeserver.kontorConfigPath).store.path, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
  });
});
