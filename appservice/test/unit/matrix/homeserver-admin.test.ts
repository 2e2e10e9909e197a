import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { HomeserverAdmin } from "../../../src/matrix/homeserver-admin.ts";
import { HomeserverClient } from "../../../src/matrix/homeserver-client.ts";

type Answer = { status: number; body: unknown };

/** A homeserver that answers each request from `answer` and records method, path and token. */
/** `undefined` stands for Synapse's 404 for a room it does not know. */
function homeserverAnswering(answer: (method: string, path: string, token: string | undefined) => Answer | undefined) {
  const requests: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const token = new Headers(init?.headers).get("authorization")?.replace(/^Bearer /, "");
    const method = init?.method ?? "GET";
    requests.push(`${method} ${url.pathname}${token ? ` (${token})` : ""}`);
    const { status, body } = answer(method, url.pathname, token) ?? { status: 404, body: { errcode: "M_NOT_FOUND", error: "Room not found" } };
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  const client = new HomeserverClient({ baseUrl: "http://hs.test", asToken: "as", logger: silentLogger, fetch });
  const admin = new HomeserverAdmin({ client, registrationSharedSecret: "shared", logger: silentLogger, pollIntervalMs: 1, deleteTimeoutMs: 1_000 });
  return { admin, requests };
}

const deleteStarted: Answer = { status: 200, body: { delete_id: "d1" } };
const isRoomDetails = (method: string, path: string) => method === "GET" && path.startsWith("/_synapse/admin/v1/rooms/");

describe("the homeserver admin", () => {
  it("creates its admin account the first time, then deletes a room and waits until the deletion is complete", async () => {
    let polls = 0;
    const { admin, requests } = homeserverAnswering((method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 403, body: { errcode: "M_FORBIDDEN", error: "Invalid username or password" } };
      if (path === "/_synapse/admin/v1/register") return method === "GET" ? { status: 200, body: { nonce: "n" } } : { status: 200, body: { user_id: "@kontor-admin:hs", access_token: "t1", device_id: "D" } };
      if (method === "DELETE") return deleteStarted;
      if (isRoomDetails(method, path)) return undefined;
      polls += 1;
      return { status: 200, body: { status: polls < 3 ? "active" : "complete" } };
    });
    await admin.purgeRoom("!room:hs");
    expect(requests).toEqual([
      "POST /_matrix/client/v3/login",
      "GET /_synapse/admin/v1/register",
      "POST /_synapse/admin/v1/register",
      "DELETE /_synapse/admin/v2/rooms/!room%3Ahs (t1)",
      "GET /_synapse/admin/v2/rooms/delete_status/d1 (t1)",
      "GET /_synapse/admin/v2/rooms/delete_status/d1 (t1)",
      "GET /_synapse/admin/v2/rooms/delete_status/d1 (t1)",
      "GET /_synapse/admin/v1/rooms/!room%3Ahs (t1)",
    ]);
  });

  it("signs in again once when the homeserver has forgotten its token", async () => {
    let logins = 0;
    const { admin, requests } = homeserverAnswering((method, path, token) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: `t${(logins += 1)}` } };
      if (token === "t1") return { status: 401, body: { errcode: "M_UNKNOWN_TOKEN", error: "Unknown token" } };
      if (isRoomDetails(method, path)) return undefined;
      return method === "DELETE" ? deleteStarted : { status: 200, body: { status: "complete" } };
    });
    await admin.purgeRoom("!room:hs");
    expect(requests.filter((request) => request.startsWith("POST /_matrix/client/v3/login"))).toHaveLength(2);
    expect(requests.at(-1)).toBe("GET /_synapse/admin/v1/rooms/!room%3Ahs (t2)");
  });

  it("purges again while the homeserver still knows the room, and gives up after three purges", async () => {
    let known = 1;
    const { admin, requests } = homeserverAnswering((method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: "t" } };
      if (method === "DELETE") return deleteStarted;
      if (isRoomDetails(method, path)) return known-- > 0 ? { status: 200, body: { room_id: "!room:hs" } } : undefined;
      return { status: 200, body: { status: "complete" } };
    });
    await admin.purgeRoom("!room:hs");
    expect(requests.filter((request) => request.startsWith("DELETE"))).toHaveLength(2);

    const stubborn = homeserverAnswering((method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: "t" } };
      if (method === "DELETE") return deleteStarted;
      if (isRoomDetails(method, path)) return { status: 200, body: { room_id: "!room:hs" } };
      return { status: 200, body: { status: "complete" } };
    });
    await expect(stubborn.admin.purgeRoom("!room:hs")).rejects.toThrow("the homeserver still knows !room:hs after 3 purges");
  });

  it("reports a deletion the homeserver could not finish", async () => {
    const { admin } = homeserverAnswering((method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: "t" } };
      return method === "DELETE" ? deleteStarted : { status: 200, body: { status: "failed", error: "database is locked" } };
    });
    await expect(admin.purgeRoom("!room:hs")).rejects.toThrow("the homeserver could not delete !room:hs: database is locked");
  });

  it("stops waiting after its time limit", async () => {
    const { admin } = homeserverAnswering((method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: "t" } };
      return method === "DELETE" ? deleteStarted : { status: 200, body: { status: "active" } };
    });
    await expect(admin.purgeRoom("!room:hs")).rejects.toThrow(/did not finish deleting !room:hs within 1 s/);
  });

  it("passes on refusals other than a forgotten token, such as a homeserver without the admin API", async () => {
    const { admin } = homeserverAnswering((_method, path) => {
      if (path === "/_matrix/client/v3/login") return { status: 200, body: { access_token: "t" } };
      return { status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } };
    });
    await expect(admin.purgeRoom("!room:hs")).rejects.toThrow(/404 M_UNRECOGNIZED/);
  });
});
