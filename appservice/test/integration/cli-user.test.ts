import { describe, expect, inject, it } from "vitest";
import { runKontorCli } from "../harness/kontor-cli.ts";
import { MatrixTestClient, uniqueLocalpart } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
const kontor = (...args: string[]) => runKontorCli(homeserver, args);

describe("kontor user create", () => {
  it("creates an account that can log in with its password", async () => {
    const localpart = uniqueLocalpart("cli");
    const result = await kontor("user", "create", localpart, "--password", "correct horse battery");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`@${localpart}:${homeserver.serverName}`);
    const client = await MatrixTestClient.login(homeserver.homeserverUrl, localpart, "correct horse battery");
    expect(client.userId).toBe(`@${localpart}:${homeserver.serverName}`);
  });

  it("creates a server admin with --admin and reports it as JSON", async () => {
    const localpart = uniqueLocalpart("admin");
    const result = await kontor("user", "create", localpart, "--password", "correct horse battery", "--admin", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ user_id: `@${localpart}:${homeserver.serverName}`, admin: true });
    const client = await MatrixTestClient.login(homeserver.homeserverUrl, localpart, "correct horse battery");
    const whois = await client.request<{ admin: boolean }>("GET", `/_synapse/admin/v1/users/${encodeURIComponent(client.userId)}/admin`);
    expect(whois.admin).toBe(true);
  });

  it("says clearly when the user already exists", async () => {
    const localpart = uniqueLocalpart("twice");
    expect((await kontor("user", "create", localpart, "--password", "correct horse battery")).code).toBe(0);
    const again = await kontor("user", "create", localpart, "--password", "correct horse battery");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("refuses names in Kontor's own namespaces and short passwords before asking the homeserver", async () => {
    expect(await kontor("user", "create", "biz_bakery", "--password", "correct horse battery")).toMatchObject({ code: 2 });
    expect((await kontor("user", "create", "bob", "--password", "short")).stderr).toMatch(/at least 8 characters/);
  });

  it("lists its commands with --help", async () => {
    const result = await kontor("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/user create\s+Create a local Matrix account/);
  });
});
