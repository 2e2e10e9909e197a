import { describe, expect, it } from "vitest";
import { completeSignIn, KontorSignInError, signOut } from "../../src/session/sign-in.ts";
import { signinProblem } from "../../src/session/signin-errors.ts";
import { SessionStore, type SessionStorage } from "../../src/session/session-store.ts";
import { DiscoveryError } from "../../src/matrix/homeserver-discovery.ts";
import { MatrixRequestError } from "../../src/matrix/matrix-request.ts";
import { fakeFetch } from "./fake-fetch.ts";

class MemoryStorage implements SessionStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

const hs = "https://matrix.example.org";
const login = { userId: "@olga:example.org", accessToken: "syt_1", deviceId: "DEV", homeserverUrl: hs };
const openidPath = `POST ${hs}/_matrix/client/v3/user/%40olga%3Aexample.org/openid/request_token`;
const openid = { access_token: "oid", token_type: "Bearer", matrix_server_name: "example.org", expires_in: 3600 };

describe("completing a sign-in with Kontor", () => {
  it("exchanges an OpenID token for a Kontor session and remembers the businesses", async () => {
    const { fetch, calls } = fakeFetch({
      [openidPath]: { body: openid },
      "POST /api/v1/session": { status: 201, body: { session_token: "ks_1", user_id: login.userId, expires_at: "2030-01-01T00:00:00.000Z" } },
      "GET /api/v1/me": { body: { user_id: login.userId, businesses: [{ slug: "baeckerei-schmidt", name: "Bäckerei Schmidt", role: "owner", mxid: "@biz:example.org" }] } },
    });
    const store = new SessionStore(new MemoryStorage());
    const session = await completeSignIn(login, { store, fetchImpl: fetch });
    expect(session.kontor).toEqual({ token: "ks_1", expiresAt: Date.parse("2030-01-01T00:00:00.000Z") });
    expect(store.current?.businesses).toEqual([{ slug: "baeckerei-schmidt", name: "Bäckerei Schmidt", role: "owner", mxid: "@biz:example.org" }]);
    expect(calls.find((call) => call.url === "/api/v1/session")?.body).toEqual({ openid });
    expect(calls.find((call) => call.url === "/api/v1/me")?.headers.authorization).toBe("Bearer ks_1");
  });

  it("logs the new Matrix device out again when Kontor refuses, and stores nothing", async () => {
    const { fetch, calls } = fakeFetch({
      [openidPath]: { body: openid },
      "POST /api/v1/session": { status: 401, body: { error: { code: "unauthorized", message: "the homeserver did not confirm the token" } } },
      [`POST ${hs}/_matrix/client/v3/logout`]: { body: {} },
    });
    const store = new SessionStore(new MemoryStorage());
    await expect(completeSignIn(login, { store, fetchImpl: fetch })).rejects.toBeInstanceOf(KontorSignInError);
    expect(store.current).toBeUndefined();
    expect(calls.map((call) => call.url)).toContain(`${hs}/_matrix/client/v3/logout`);
  });
});

describe("signing out", () => {
  it("logs out of Matrix and Kontor and forgets the session, even when the network is down", async () => {
    const store = new SessionStore(new MemoryStorage());
    store.save({ ...login, kontor: { token: "ks_1", expiresAt: 1 }, businesses: [] });
    const { fetch, calls } = fakeFetch({});
    await signOut({ store, fetchImpl: fetch });
    expect(store.current).toBeUndefined();
    expect(calls.map((call) => `${call.method} ${call.url}`).sort()).toEqual([`POST ${hs}/_matrix/client/v3/logout`, "DELETE /api/v1/session"].sort());
    expect(calls.find((call) => call.method === "DELETE")?.headers.authorization).toBe("Bearer ks_1");
  });
});

describe("what sign-in problems tell people", () => {
  it("puts a wrong password next to the password field", () => {
    const error = new MatrixRequestError({ kind: "forbidden", errcode: "M_FORBIDDEN", message: "Invalid password" }, "Invalid password");
    expect(signinProblem(error, { serverName: "example.org", during: "signin" })).toEqual({ key: "problemWrongPassword", params: { server: "example.org" }, field: "password" });
  });

  it("says a homeserver was not found, next to the Matrix ID that named it", () => {
    expect(signinProblem(new DiscoveryError("not-found", "exmaple.org"), { serverName: "exmaple.org", during: "signin" })).toEqual({
      key: "problemHomeserverNotFound",
      params: { server: "exmaple.org" },
      field: "user",
    });
  });

  it("tells apart a network problem, a rate limit and Kontor refusing", () => {
    expect(signinProblem(new MatrixRequestError({ kind: "network" }, "offline"), { serverName: "x", during: "signin" }).key).toBe("problemHomeserverUnreachable");
    expect(signinProblem(new MatrixRequestError({ kind: "rate-limited", retryAfterMs: 2500 }, "slow down"), { serverName: "x", during: "signin" })).toMatchObject({
      key: "problemRateLimited",
      params: { seconds: 3 },
    });
    expect(signinProblem(new KontorSignInError(new Error("no")), { serverName: "x", during: "signin" }).key).toBe("problemKontorRefused");
  });

  it("explains registration problems on the registration form", () => {
    const taken = new MatrixRequestError({ kind: "invalid", errcode: "M_USER_IN_USE", message: "taken" }, "taken");
    expect(signinProblem(taken, { serverName: "x", during: "register" })).toEqual({ key: "problemUsernameTaken", field: "register" });
  });
});
