import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { buildHomeserverApp } from "../../../src/matrix/homeserver-app.ts";
import { openStore } from "../../../src/store/database.ts";
import { InboxRepository } from "../../../src/store/inbox-repository.ts";
import { serve } from "../fixtures/http.ts";

const hsToken = "h".repeat(64);

function messageEvent(id: string) {
  return {
    event_id: `$${id}`,
    room_id: "!room:localhost",
    type: "m.room.message",
    sender: "@customer:example.org",
    origin_server_ts: 1_700_000_000_000,
    content: { msgtype: "m.text", body: "hello" },
  };
}

describe("the homeserver-facing API", () => {
  let inbox: InboxRepository;
  let server: Awaited<ReturnType<typeof serve>>;
  let pings: (string | undefined)[];
  let stored: number[];

  beforeEach(async () => {
    inbox = new InboxRepository(openStore({ path: ":memory:", logger: silentLogger }).db);
    pings = [];
    stored = [];
    const app = buildHomeserverApp({
      hsToken,
      maxTransactionBytes: 64 * 1024,
      inbox,
      logger: silentLogger,
      onPing: (id) => pings.push(id),
      listener: { eventsStored: (count) => stored.push(count), ephemeral: () => undefined },
    });
    server = await serve(app);
  });
  afterEach(() => server.close());

  /** `token: null` sends no Authorization header at all. */
  const put = (path: string, body: string, token: string | null = hsToken, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });

  it("stores a transaction with the right token and acknowledges it", async () => {
    const response = await put("/_matrix/app/v1/transactions/1", JSON.stringify({ events: [messageEvent("a")] }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(inbox.countPending()).toBe(1);
    expect(stored).toEqual([1]);
  });

  it("accepts the legacy access_token query parameter", async () => {
    const response = await put(`/_matrix/app/v1/transactions/1?access_token=${hsToken}`, JSON.stringify({ events: [] }), null);
    expect(response.status).toBe(200);
  });

  it("refuses a wrong or missing hs_token with 403 M_FORBIDDEN and stores nothing", async () => {
    for (const token of ["wrong-token", null]) {
      const response = await put("/_matrix/app/v1/transactions/1", JSON.stringify({ events: [messageEvent("a")] }), token);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ errcode: "M_FORBIDDEN" });
    }
    expect(inbox.countPending()).toBe(0);
  });

  it("acknowledges a replayed transaction without storing it again", async () => {
    const body = JSON.stringify({ events: [messageEvent("a")] });
    await put("/_matrix/app/v1/transactions/7", body);
    const replay = await put("/_matrix/app/v1/transactions/7", JSON.stringify({ events: [messageEvent("a"), messageEvent("b")] }));
    expect(replay.status).toBe(200);
    expect(inbox.countPending()).toBe(1);
    expect(stored).toEqual([1]);
  });

  it.each([
    ["not JSON", "{events:", 400, "M_NOT_JSON"],
    ["an empty body", "", 400, "M_NOT_JSON"],
    ["events that are not a list", JSON.stringify({ events: {} }), 400, "M_BAD_JSON"],
    ["an event without an ID", JSON.stringify({ events: [{ ...messageEvent("a"), event_id: undefined }] }), 400, "M_BAD_JSON"],
    ["a __proto__ key", '{"events":[],"__proto__":{"polluted":true}}', 400, "M_BAD_JSON"],
    ["a constructor key", '{"events":[{"constructor":{"prototype":{"polluted":true}}}]}', 400, "M_BAD_JSON"],
    ["an oversized body", JSON.stringify({ events: [], padding: "x".repeat(70 * 1024) }), 413, "M_TOO_LARGE"],
  ])("refuses a transaction with %s, stores nothing and stays up", async (_label, body, status, errcode) => {
    const response = await put("/_matrix/app/v1/transactions/bad", body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ errcode });
    expect(inbox.countPending()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const healthy = await put("/_matrix/app/v1/transactions/good", JSON.stringify({ events: [messageEvent("ok")] }));
    expect(healthy.status).toBe(200);
  });

  it("refuses a body that is not declared as JSON", async () => {
    const response = await put("/_matrix/app/v1/transactions/1", "events", hsToken, { "content-type": "text/plain" });
    expect(response.status).toBe(415);
  });

  it("answers the spec's ping and records its transaction ID", async () => {
    const response = await fetch(`${server.url}/_matrix/app/v1/ping`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hsToken}` },
      body: JSON.stringify({ transaction_id: "ping-1" }),
    });
    expect(response.status).toBe(200);
    expect(pings).toEqual(["ping-1"]);
  });

  it("answers unknown routes with 404 M_UNRECOGNIZED", async () => {
    const response = await fetch(`${server.url}/_matrix/app/v1/unknown`, { headers: { authorization: `Bearer ${hsToken}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errcode: "M_UNRECOGNIZED" });
  });
});
