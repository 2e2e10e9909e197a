import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { repoRoot } from "../../../scripts/stack/paths.ts";
import { MatrixTestClient, uniqueLocalpart } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");

function kontor(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, "appservice", "bin", "kontor.mjs"), ...args, "--config", homeserver.kontorConfigPath], {
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("kontor user create", () => {
  it("creates an account that can log in with its password", async () => {
    const localpart = uniqueLocalpart("cli");
    const result = kontor("user", "create", localpart, "--password", "correct horse battery");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`@${localpart}:${homeserver.serverName}`);
    const client = await MatrixTestClient.login(homeserver.homeserverUrl, localpart, "correct horse battery");
    expect(client.userId).toBe(`@${localpart}:${homeserver.serverName}`);
  });

  it("creates a server admin with --admin and reports it as JSON", async () => {
    const localpart = uniqueLocalpart("admin");
    const result = kontor("user", "create", localpart, "--password", "correct horse battery", "--admin", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ user_id: `@${localpart}:${homeserver.serverName}`, admin: true });
    const client = await MatrixTestClient.login(homeserver.homeserverUrl, localpart, "correct horse battery");
    const whois = await client.request<{ admin: boolean }>("GET", `/_synapse/admin/v1/users/${encodeURIComponent(client.userId)}/admin`);
    expect(whois.admin).toBe(true);
  });

  it("says clearly when the user already exists", () => {
    const localpart = uniqueLocalpart("twice");
    expect(kontor("user", "create", localpart, "--password", "correct horse battery").code).toBe(0);
    const again = kontor("user", "create", localpart, "--password", "correct horse battery");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("refuses names in Kontor's own namespaces and short passwords before asking the homeserver", () => {
    expect(kontor("user", "create", "biz_bakery", "--password", "correct horse battery")).toMatchObject({ code: 2 });
    expect(kontor("user", "create", "bob", "--password", "short").stderr).toMatch(/at least 8 characters/);
  });

  it("lists its commands with --help", () => {
    const result = kontor("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/user create\s+Create a local Matrix account/);
  });
});
