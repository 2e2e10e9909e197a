/**
 * The signed-in person as the browser remembers them: Matrix credentials
 * (homeserver, access token, device) and the short-lived Kontor session
 * token. Kept in localStorage so a reload stays signed in; cleared on
 * sign-out. Plain data and no Matrix SDK, because the public shell reads it
 * too (to show "Conversations" instead of "Sign in").
 */

export type StaffRole = "owner" | "agent";

/** A business the person works for (`GET /api/v1/me`). */
export interface StaffBusiness {
  slug: string;
  name: string;
  role: StaffRole;
  /** The business's Matrix user, e.g. @biz_baeckerei-schmidt:example.org. */
  mxid: string;
}

export interface KontorToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface StoredSession {
  userId: string;
  /** The homeserver's client-server API base URL, without a trailing slash. */
  homeserverUrl: string;
  accessToken: string;
  deviceId: string;
  kontor: KontorToken | null;
  businesses: StaffBusiness[];
}

/** The part of `Storage` the store needs. */
export interface SessionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const sessionStorageKey = "kontor.session";

function isText(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/** Reads a stored session, or undefined when there is none or it is damaged (then it counts as signed out). */
export function parseStoredSession(text: string | null): StoredSession | undefined {
  if (!text) return undefined;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null) return undefined;
  const { userId, homeserverUrl, accessToken, deviceId } = json;
  if (!isText(userId) || !isText(homeserverUrl) || !isText(accessToken) || typeof deviceId !== "string") return undefined;
  const kontor = json.kontor as Partial<KontorToken> | null | undefined;
  const businesses = Array.isArray(json.businesses) ? (json.businesses as Partial<StaffBusiness>[]) : [];
  return {
    userId,
    homeserverUrl,
    accessToken,
    deviceId,
    kontor: kontor && isText(kontor.token) && typeof kontor.expiresAt === "number" ? { token: kontor.token, expiresAt: kontor.expiresAt } : null,
    businesses: businesses
      .filter((business) => isText(business.slug) && typeof business.name === "string")
      .map((business) => ({
        slug: business.slug as string,
        name: business.name as string,
        role: business.role === "owner" ? "owner" : "agent",
        mxid: typeof business.mxid === "string" ? business.mxid : "",
      })),
  };
}

type Listener = (session: StoredSession | undefined) => void;

/** The one place that reads and writes the stored session, and tells subscribers when it changes. */
export class SessionStore {
  readonly #storage: SessionStorage | undefined;
  readonly #listeners = new Set<Listener>();
  #current: StoredSession | undefined;

  constructor(storage: SessionStorage | undefined) {
    this.#storage = storage;
    this.#current = parseStoredSession(this.#read());
  }

  get current(): StoredSession | undefined {
    return this.#current;
  }

  save(session: StoredSession): void {
    this.#current = session;
    try {
      this.#storage?.setItem(sessionStorageKey, JSON.stringify(session));
    } catch {
      // Storage full or forbidden: the session lasts for this page only.
    }
    this.#emit();
  }

  /** Changes part of the current session (a renewed Kontor token, the list of businesses). */
  update(change: Partial<StoredSession>): void {
    if (!this.#current) return;
    this.save({ ...this.#current, ...change });
  }

  clear(): void {
    const had = this.#current !== undefined;
    this.#current = undefined;
    try {
      this.#storage?.removeItem(sessionStorageKey);
    } catch {
      // Nothing more to do: the session is gone from memory.
    }
    if (had) this.#emit();
  }

  /** Reads storage again: another tab signed in or out. */
  reload(): void {
    const next = parseStoredSession(this.#read());
    if (JSON.stringify(next) === JSON.stringify(this.#current)) return;
    this.#current = next;
    this.#emit();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(sessionStorageKey) ?? null;
    } catch {
      return null;
    }
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#current);
  }
}

function browserStorage(): SessionStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

let shared: SessionStore | undefined;

/** The store the whole app shares; it follows sign-in and sign-out in other tabs. */
export function appSession(): SessionStore {
  if (!shared) {
    const store = new SessionStore(browserStorage());
    globalThis.addEventListener?.("storage", (event: StorageEvent) => {
      if (event.key === null || event.key === sessionStorageKey) store.reload();
    });
    shared = store;
  }
  return shared;
}
