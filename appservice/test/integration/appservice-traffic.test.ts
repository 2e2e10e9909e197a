import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfigFile } from "../../src/config/load.ts";
import type { KontorConfig } from "../../src/config/schema.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { MatrixTestClient } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
let config: KontorConfig;
let kontor: ManagedProcess;

beforeAll(async () => {
  config = loadConfigFile(homeserver.kontorConfigPath);
  kontor = await startKontor(homeserver);
});
afterAll(() => kontor.stop());

const appserviceUrl = () => `http://127.0.0.1:${config.appservice.port}`;

function storedEventIds(): string[] {
  const db = new Database(config.store.path, { readonly: true });
  try {
    return db.prepare<[], { event_id: string }>("SELECT event_id FROM inbound_events ORDER BY seq").all().map((row) => row.event_id);
  } finally {
    db.close();
  }
}

describe("the appservice with a real Synapse", () => {
  it("completes the ping round trip through the homeserver", async () => {
    // Synapse answers 502 "AlreadyCalled" while it is still recovering from the
    // previous test file's appservice going away; a moment later the ping works.
    const ping = () =>
      fetch(`${homeserver.homeserverUrl}/_matrix/client/v1/appservice/${config.appservice.id}/ping`, {
        method: "POST",
        headers: { authorization: `Bearer ${config.appservice.asToken}`, "content-type": "application/json" },
        body: JSON.stringify({ transaction_id: "integration-ping" }),
      });
    let response = await ping();
    for (let attempt = 0; attempt < 10 && response.status === 502; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      response = await ping();
    }
    expect(response.status).toBe(200);
    const body = (await response.json()) as { duration_ms: number };
    expect(body.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it("reports healthy: homeserver reachable, ping answered, store at the latest schema", async () => {
    await expect.poll(async () => (await fetch(`${homeserver.publicUrl}/api/v1/health`)).status, { timeout: 10_000 }).toBe(200);
    const response = await fetch(`${homeserver.publicUrl}/api/v1/health`);
    expect(await response.json()).toMatchObject({
      status: "ok",
      checks: { homeserver: { ok: true }, ping: { ok: true }, store: { ok: true } },
    });
  });

  it("refuses a transaction with a wrong token with 403 M_FORBIDDEN", async () => {
    const response = await fetch(`${appserviceUrl()}/_matrix/app/v1/transactions/forged-1`, {
      method: "PUT",
      headers: { authorization: "Bearer not-the-hs-token", "content-type": "application/json" },
      body: JSON.stringify({
        events: [
          {
            event_id: "$forged",
            room_id: "!x:localhost",
            type: "m.room.message",
            sender: "@mallory:localhost",
            origin_server_ts: 1,
            content: { body: "forged" },
          },
        ],
      }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errcode: "M_FORBIDDEN" });
    expect(storedEventIds()).not.toContain("$forged");
  });

  it("accepts and durably stores the homeserver's transactions", async () => {
    const alice = await MatrixTestClient.register(homeserver, "alice");
    const roomId = await alice.createRoom({ preset: "private_chat" });
    const botUserId = `@${config.appservice.senderLocalpart}:${config.homeserver.serverName}`;
    await alice.invite(roomId, botUserId);
    const inviteEventId = await waitFor(() => latestMembershipEvent(roomId, botUserId));
    expect(inviteEventId).toMatch(/^\$/);
  });

  it("refuses a corpus of malformed transactions with 4xx, stays up and stores nothing", async () => {
    const before = storedEventIds().length;
    const corpus: [string, string][] = [
      ["not JSON", "{events:"],
      ["an array", "[]"],
      ["events not a list", '{"events": "x"}'],
      ["an event without a type", '{"events":[{"event_id":"$x","room_id":"!r","sender":"@a:b","origin_server_ts":1,"content":{}}]}'],
      ["a __proto__ key", '{"events":[],"__proto__":{"polluted":true}}'],
      ["a constructor key", '{"events":[],"x":{"constructor":{"prototype":{"polluted":true}}}}'],
      ["an escaped __proto__ key", '{"events":[],"\\u005f_proto__":{"polluted":true}}'],
      ["an oversized body", JSON.stringify({ events: [], padding: "x".repeat(config.appservice.maxTransactionBytes + 10) })],
    ];
    for (const [label, body] of corpus) {
      const response = await fetch(`${appserviceUrl()}/_matrix/app/v1/transactions/malformed-${label.replace(/\W+/g, "-")}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${config.appservice.hsToken}`, "content-type": "application/json" },
        body,
      });
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
    }
    expect(storedEventIds()).toHaveLength(before);
    expect((await fetch(`${homeserver.publicUrl}/api/v1/health`)).status).toBe(200);
  });

  it("answers unknown routes with 404 M_UNRECOGNIZED", async () => {
    const response = await fetch(`${appserviceUrl()}/_matrix/app/v1/no-such-thing`, {
      headers: { authorization: `Bearer ${config.appservice.hsToken}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errcode: "M_UNRECOGNIZED" });
  });
});

function latestMembershipEvent(roomId: string, userId: string): string | undefined {
  const db = new Database(config.store.path, { readonly: true });
  try {
    const row = db
      .prepare<[string, string], { event_id: string }>(
        `SELECT event_id FROM inbound_events WHERE room_id = ? AND type = 'm.room.member'
         AND json_extract(event_json, '$.state_key') = ? AND json_extract(event_json, '$.content.membership') = 'invite'`,
      )
      .get(roomId, userId);
    return row?.event_id;
  } finally {
    db.close();
  }
}

async function waitFor<T>(check: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for the homeserver's transaction");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
