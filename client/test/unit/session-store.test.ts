import { describe, expect, it } from "vitest";
import { parseStoredSession, SessionStore, sessionStorageKey, type SessionStorage, type StoredSession } from "../../src/session/session-store.ts";

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

const session: StoredSession = {
  userId: "@alice:example.org",
  homeserverUrl: "https://matrix.example.org",
  accessToken: "syt_secret",
  deviceId: "KONTORWEB",
  kontor: { token: "ks_abc", expiresAt: 1_700_000_000_000 },
  businesses: [{ slug: "baeckerei-schmidt", name: "Bäckerei Schmidt", role: "owner", mxid: "@biz_baeckerei-schmidt:example.org" }],
};

describe("the stored session", () => {
  it("survives a reload: what one store saves, the next one reads", () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).save(session);
    expect(new SessionStore(storage).current).toEqual(session);
  });

  it("counts a damaged or incomplete entry as signed out", () => {
    expect(parseStoredSession("{not json")).toBeUndefined();
    expect(parseStoredSession(JSON.stringify({ userId: "@a:b" }))).toBeUndefined();
    expect(parseStoredSession(null)).toBeUndefined();
  });

  it("keeps the Matrix session when the Kontor token is missing (it is renewed)", () => {
    const parsed = parseStoredSession(JSON.stringify({ ...session, kontor: { token: 42 } }));
    expect(parsed?.kontor).toBeNull();
    expect(parsed?.accessToken).toBe("syt_secret");
  });

  it("updates part of the session and tells subscribers", () => {
    const store = new SessionStore(new MemoryStorage());
    store.save(session);
    const seen: (StoredSession | undefined)[] = [];
    store.subscribe((current) => seen.push(current));
    store.update({ kontor: { token: "ks_new", expiresAt: 2 } });
    expect(store.current?.kontor).toEqual({ token: "ks_new", expiresAt: 2 });
    expect(store.current?.userId).toBe(session.userId);
    expect(seen).toHaveLength(1);
  });

  it("forgets everything on clear, in memory and in storage", () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    store.save(session);
    store.clear();
    expect(store.current).toBeUndefined();
    expect(storage.values.has(sessionStorageKey)).toBe(false);
  });

  it("follows a sign-out in another tab when storage changes", () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    store.save(session);
    const seen: (StoredSession | undefined)[] = [];
    store.subscribe((current) => seen.push(current));
    storage.removeItem(sessionStorageKey);
    store.reload();
    expect(store.current).toBeUndefined();
    expect(seen).toEqual([undefined]);
  });

  it("works without storage (blocked cookies): the session lasts for the page", () => {
    const store = new SessionStore(undefined);
    store.save(session);
    expect(store.current?.userId).toBe(session.userId);
  });
});
