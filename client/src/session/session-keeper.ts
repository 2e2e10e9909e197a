import { ApiError } from "../api/http.ts";
import type { OpenIdToken } from "../matrix/matrix-auth.ts";
import { MatrixRequestError } from "../matrix/matrix-request.ts";
import type { KontorToken, SessionStore, StoredSession } from "./session-store.ts";

export interface SessionKeeperDeps {
  store: SessionStore;
  /** Asks the homeserver for a fresh OpenID token with the stored Matrix access token. */
  requestOpenId(session: StoredSession): Promise<OpenIdToken>;
  /** `POST /api/v1/session`. */
  exchange(openid: OpenIdToken): Promise<KontorToken>;
  fetchImpl?: typeof fetch;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Renew this long before the Kontor token expires. */
  renewBeforeMs?: number;
}

/** Why a session ended without the person signing out. */
export type SessionEnd = "matrix-signed-out";

/**
 * Keeps the Kontor session token fresh. It lives about an hour; a little
 * before it expires (or when the API answers 401 anyway, e.g. after the
 * laptop slept) the keeper asks the homeserver for a new OpenID token and
 * exchanges it, without bothering the person. Only when the homeserver no
 * longer accepts the Matrix access token does the session end.
 */
export class SessionKeeper {
  readonly #deps: SessionKeeperDeps;
  readonly #now: () => number;
  readonly #renewBeforeMs: number;
  readonly #endListeners = new Set<(reason: SessionEnd) => void>();
  #renewing: Promise<string> | undefined;
  #timer: unknown;
  #running = false;
  #inFlight = 0;
  #idle: (() => void)[] = [];

  constructor(deps: SessionKeeperDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    this.#renewBeforeMs = deps.renewBeforeMs ?? 5 * 60_000;
  }

  /** A valid Kontor token: the stored one, or a renewed one when it is missing or about to expire. */
  async token(): Promise<string> {
    const session = this.#deps.store.current;
    if (!session) throw new ApiError({ kind: "unauthorized" }, "not signed in");
    const kontor = session.kontor;
    if (kontor && kontor.expiresAt - this.#now() > this.#renewBeforeMs) return kontor.token;
    return this.renew();
  }

  /** Gets a new Kontor token now; concurrent callers share one renewal. */
  renew(): Promise<string> {
    this.#renewing ??= this.#renew().finally(() => {
      this.#renewing = undefined;
    });
    return this.#renewing;
  }

  /**
   * `fetch` with the session's bearer token; a 401 renews the token once
   * and repeats the request. Pass it as `fetchImpl` to the API modules.
   */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const fetchImpl = this.#deps.fetchImpl ?? globalThis.fetch.bind(globalThis);
    const send = (token: string) => fetchImpl(input, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } });
    this.#inFlight += 1;
    try {
      const response = await send(await this.token());
      if (response.status !== 401) return response;
      return await send(await this.renew());
    } finally {
      this.#inFlight -= 1;
      if (this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  };

  /** Resolves when no request with the session is in flight (at most `timeoutMs` later): sign-out waits for it. */
  settled(timeoutMs = 3000): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return Promise.race([new Promise<void>((resolve) => this.#idle.push(resolve)), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** Renews on a timer while the page is open. */
  start(): void {
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    this.#clear();
  }

  onEnded(listener: (reason: SessionEnd) => void): () => void {
    this.#endListeners.add(listener);
    return () => this.#endListeners.delete(listener);
  }

  async #renew(): Promise<string> {
    const session = this.#deps.store.current;
    if (!session) throw new ApiError({ kind: "unauthorized" }, "not signed in");
    let openid: OpenIdToken;
    try {
      openid = await this.#deps.requestOpenId(session);
    } catch (error) {
      if (error instanceof MatrixRequestError && error.failure.kind === "unknown-token") {
        this.#end("matrix-signed-out");
        throw new ApiError({ kind: "unauthorized" }, "the homeserver ended the session");
      }
      if (error instanceof MatrixRequestError && error.failure.kind === "network") throw new ApiError({ kind: "network" }, error.message);
      throw error;
    }
    const kontor = await this.#deps.exchange(openid);
    // Signed out (or another person signed in) while renewing: do not bring the old session back.
    if (this.#deps.store.current?.accessToken !== session.accessToken) throw new ApiError({ kind: "unauthorized" }, "signed out meanwhile");
    this.#deps.store.update({ kontor });
    this.#schedule();
    return kontor.token;
  }

  #schedule(): void {
    this.#clear();
    if (!this.#running) return;
    const kontor = this.#deps.store.current?.kontor;
    const due = kontor ? kontor.expiresAt - this.#renewBeforeMs - this.#now() : 0;
    const setTimer = this.#deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    // Failures are retried by the next request (token() renews an expiring token) or the next timer.
    this.#timer = setTimer(() => void this.renew().catch(() => this.#retryLater()), Math.max(0, due));
  }

  #retryLater(): void {
    if (!this.#running || !this.#deps.store.current) return;
    this.#clear();
    const setTimer = this.#deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    this.#timer = setTimer(() => void this.renew().catch(() => this.#retryLater()), 60_000);
  }

  #clear(): void {
    if (this.#timer === undefined) return;
    const clearTimer = this.#deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    clearTimer(this.#timer);
    this.#timer = undefined;
  }

  #end(reason: SessionEnd): void {
    this.stop();
    this.#deps.store.clear();
    for (const listener of this.#endListeners) listener(reason);
  }
}
