import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { prepareInstall } from "../../../../scripts/stack/install.ts";
import { renderTemplate } from "../../../../scripts/stack/templates.ts";

const newDataDir = () => mkdtempSync(join(tmpdir(), "kontor-install-"));

describe("preparing an install", () => {
  it("generates distinct per-install secrets and keeps them private", () => {
    const a = prepareInstall({ dataDir: newDataDir() });
    const b = prepareInstall({ dataDir: newDataDir() });
    expect(a.config.appservice.asToken).not.toBe(b.config.appservice.asToken);
    expect(a.config.appservice.asToken).not.toBe(a.config.appservice.hsToken);
    expect(a.config.appservice.hsToken).toMatch(/^[0-9a-f]{64}$/);
    for (const file of ["secrets.json", "kontor.yaml", "synapse/registration.yaml", "synapse/homeserver.yaml", "synapse/signing.key"]) {
      expect(statSync(join(a.dataDir, file)).mode & 0o077, file).toBe(0);
    }
  });

  it("reuses the data on a second start: same secrets, same signing key", () => {
    const dataDir = newDataDir();
    const first = prepareInstall({ dataDir });
    const key = readFileSync(join(dataDir, "synapse", "signing.key"), "utf8");
    const second = prepareInstall({ dataDir });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.config).toEqual(first.config);
    expect(readFileSync(join(dataDir, "synapse", "signing.key"), "utf8")).toBe(key);
    expect(key).toMatch(/^ed25519 a_\S+ [A-Za-z0-9+/]{43}\n$/);
  });

  it("renders the registration with the generated tokens and the configured namespaces", () => {
    const install = prepareInstall({ dataDir: newDataDir(), defaults: { appservicePort: 9123 } });
    const registration = parse(readFileSync(install.registrationPath, "utf8"));
    expect(registration).toMatchObject({
      id: "kontor",
      url: "http://127.0.0.1:9123",
      as_token: install.config.appservice.asToken,
      hs_token: install.config.appservice.hsToken,
      rate_limited: false,
      receive_ephemeral: true,
      namespaces: {
        users: [
          { exclusive: true, regex: "@biz_.*:localhost" },
          { exclusive: true, regex: "@customer_.*:localhost" },
        ],
        aliases: [{ exclusive: true, regex: "#biz_.*:localhost" }],
      },
    });
  });

  it("renders a private, SQLite-backed Synapse configuration", () => {
    const install = prepareInstall({ dataDir: newDataDir(), defaults: { serverName: "shop.example", synapsePort: 8123 } });
    const homeserver = parse(readFileSync(install.homeserverConfigPath, "utf8"));
    expect(homeserver).toMatchObject({
      server_name: "shop.example",
      database: { name: "sqlite3" },
      listeners: [{ port: 8123, bind_addresses: ["127.0.0.1"], resources: [{ names: ["client", "federation"] }] }],
      report_stats: false,
      url_preview_enabled: false,
      trusted_key_servers: [],
      limit_profile_requests_to_users_who_share_rooms: true,
      require_auth_for_profile_requests: true,
      retention: { enabled: false },
      app_service_config_files: [install.registrationPath],
      registration_shared_secret: install.config.homeserver.registrationSharedSecret,
      room_list_publication_rules: [{ user_id: "@biz_*:shop.example", action: "allow" }, { action: "deny" }],
    });
    expect(homeserver.default_identity_server).toBeUndefined();
  });

  it("lets test overrides replace template values", () => {
    const install = prepareInstall({ dataDir: newDataDir(), synapseOverrides: { rc_message: { per_second: 1000 } } });
    expect(parse(readFileSync(install.homeserverConfigPath, "utf8")).rc_message).toEqual({ per_second: 1000 });
  });
});

describe("templates", () => {
  it("quote values so that a secret cannot break the YAML", () => {
    const rendered = renderTemplate("secret: {{s}}", { s: 'a"b\nc: d' });
    expect(parse(rendered)).toEqual({ secret: 'a"b\nc: d' });
  });

  it("refuse a placeholder without a value", () => {
    expect(() => renderTemplate("x: {{missing}}", {})).toThrow(/missing/);
  });
});
