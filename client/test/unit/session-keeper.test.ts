import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api/http.ts";
import type { OpenIdToken } from "../../src/matrix/matrix-auth.ts";
import { MatrixRequestError } from "../../src/matrix/matrix-request.ts";
import { SessionKeeper } from "../../src/session/session-keeper.ts";
import { SessionStore, type SessionStorage, type StoredSession } from "../../src/session/session-store.ts";

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

const minute = 60_000;
const openid: OpenIdToken = { access_token: "oid", token_type: "Bearer", matrix_server_name: "example.org", expires_in: 3600 };

function setup(options: { expiresIn?: number | null; requestOpenId?: () => Promise<OpenIdToken> } = {}) {
  let now = 1_000_000;
  const store = new SessionStore(new MemoryStorage());
  const session: StoredSession = {
    userId: "@alice:example.org",
    homeserverUrl: "https://matrix.example.org",
    accessToken: "syt_1",
    deviceId: "D",
    kontor: options.expiresIn === null ? null : { token: "ks_old", expiresAt: now + (options.expiresIn ?? 60 * minute) },
    businesses: [],
  };
  store.save(session);
  let renewals = 0;
  const timers: { run: () => void; ms: number }[] = [];
  const requests: { authorization: string | undefined }[] = [];
  let answers: number[] = [];
  const keeper = new SessionKeeper({
    store,
    requestOpenId: options.requestOpenId ?? (() => Promise.resolve(openid)),
    exchange: () => {
      renewals += 1;
      return Promise.resolve({ token: `ks_new${renewals}`, expiresAt: now + 60 * minute });
    },
    now: () => now,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
    fetchImpl: (_input, init) => {
      requests.push({ authorization: (init?.headers as Record<string, string>).authorization });
      return Promise.resolve(new Response("{}", { status: answers.shift() ?? 200 }));
    },
  });
  return {
    keeper,
    store,
    timers,
    requests,
    renewals: () => renewals,
    advance: (ms: number) => (now += ms),
    answer: (...statuses: number[]) => (answers = statuses),
  };
}

describe("keeping the Kontor session alive", () => {
  it("uses the stored token while it is fresh", async () => {
    const { keeper, renewals } = setup();
    expect(await keeper.token()).toBe("ks_old");
    expect(renewals()).toBe(0);
  });

  it("renews silently with a new OpenID token shortly before the token expires", async () => {
    const { keeper, store, advance } = setup();
    advance(56 * minute);
    expect(await keeper.token()).toBe("ks_new1");
    expect(store.current?.kontor?.token).toBe("ks_new1");
  });

  it("renews a missing token (e.g. after a reload without one)", async () => {
    const { keeper } = setup({ expiresIn: null });
    expect(await keeper.token()).toBe("ks_new1");
  });

  it("shares one renewal between requests made at the same time", async () => {
    const { keeper, renewals } = setup({ expiresIn: minute });
    const tokens = await Promise.all([keeper.token(), keeper.token(), keeper.token()]);
    expect(tokens).toEqual(["ks_new1", "ks_new1", "ks_new1"]);
    expect(renewals()).toBe(1);
  });

  it("renews once and repeats the request when the API answers 401", async () => {
    const { keeper, requests, answer } = setup();
    answer(401, 200);
    const response = await keeper.fetch("/api/v1/me");
    expect(response.status).toBe(200);
    expect(requests.map((request) => request.authorization)).toEqual(["Bearer ks_old", "Bearer ks_new1"]);
  });

  it("schedules the renewal five minutes before expiry while running", () => {
    const { keeper, timers } = setup({ expiresIn: 60 * minute });
    keeper.start();
    expect(timers.at(-1)?.ms).toBe(55 * minute);
  });

  it("ends the session when the homeserver no longer accepts the access token", async () => {
    const failing = () => Promise.reject(new MatrixRequestError({ kind: "unknown-token" }, "M_UNKNOWN_TOKEN"));
    const { keeper, store } = setup({ expiresIn: minute, requestOpenId: failing });
    const ended: string[] = [];
    keeper.onEnded((reason) => ended.push(reason));
    await expect(keeper.token()).rejects.toBeInstanceOf(ApiError);
    expect(ended).toEqual(["matrix-signed-out"]);
    expect(store.current).toBeUndefined();
  });

  it("keeps the session through a network failure (the next request tries again)", async () => {
    let calls = 0;
    const flaky = () => (++calls === 1 ? Promise.reject(new MatrixRequestError({ kind: "network" }, "offline")) : Promise.resolve(openid));
    const { keeper, store } = setup({ expiresIn: minute, requestOpenId: flaky });
    await expect(keeper.token()).rejects.toMatchObject({ failure: { kind: "network" } });
    expect(store.current).toBeDefined();
    expect(await keeper.token()).toBe("ks_new1");
  });

  it("does not bring back a session that was signed out during the renewal", async () => {
    let release: (token: OpenIdToken) => void = () => undefined;
    const slow = () => new Promise<OpenIdToken>((resolve) => (release = resolve));
    const { keeper, store } = setup({ expiresIn: minute, requestOpenId: slow });
    const pending = keeper.token();
    store.clear();
    release(openid);
    await expect(pending).rejects.toMatchObject({ failure: { kind: "unauthorized" } });
    expect(store.current).toBeUndefined();
  });
});
