import { loadCategoriesOnce, type Category } from "../api/categories.ts";
import type { RequestOptions } from "../api/http.ts";
import { createKontorSession, fetchClientConfig, fetchMe, type ClientConfig } from "../api/session.ts";
import { requestOpenIdToken, type MatrixLogin } from "../matrix/matrix-auth.ts";
import type { MatrixRuntime } from "../matrix/runtime-types.ts";
import { SessionKeeper, type SessionEnd } from "../session/session-keeper.ts";
import { appSession, type SessionStore, type StoredSession } from "../session/session-store.ts";
import { completeSignIn, signOut } from "../session/sign-in.ts";

/**
 * What every signed-in view shares: the stored session, the keeper that
 * renews the Kontor token, the Matrix runtime (loaded and started on first
 * use) and this Kontor's configuration. One instance per page.
 */
export class SignedInServices {
  readonly store: SessionStore;
  readonly keeper: SessionKeeper;
  #config: Promise<ClientConfig> | undefined;
  #runtime: Promise<MatrixRuntime> | undefined;
  #runtimeFor: string | undefined;
  /** Why the last session ended on its own, for the sign-in page to explain once. */
  endedBecause: SessionEnd | undefined;

  constructor(store: SessionStore = appSession()) {
    this.store = store;
    this.keeper = new SessionKeeper({
      store,
      requestOpenId: (session) => requestOpenIdToken(session),
      exchange: (openid) => createKontorSession(openid),
    });
    this.keeper.onEnded((reason) => {
      this.endedBecause = reason;
      void this.#stopRuntime();
    });
    store.subscribe((session) => {
      if (!session) {
        this.keeper.stop();
        void this.#stopRuntime();
      } else if (this.#runtimeFor && this.#runtimeFor !== session.accessToken) {
        void this.#stopRuntime();
      }
    });
    if (store.current) {
      this.keeper.start();
      // Staff may have been added (or removed) since the last sign-in: the inbox link follows.
      this.refreshBusinesses().catch(() => undefined);
    }
  }

  get session(): StoredSession | undefined {
    return this.store.current;
  }

  /** Request options for Kontor's API with the session's token (renewed as needed). */
  get api(): RequestOptions {
    return { fetchImpl: this.keeper.fetch };
  }

  /** This Kontor's homeserver, fetched once per page. */
  config(): Promise<ClientConfig> {
    this.#config ??= fetchClientConfig().catch((error: unknown) => {
      this.#config = undefined;
      throw error;
    });
    return this.#config;
  }

  categories(): Promise<Category[]> {
    return loadCategoriesOnce();
  }

  async completeSignIn(login: MatrixLogin): Promise<StoredSession> {
    this.endedBecause = undefined;
    const session = await completeSignIn(login, { store: this.store });
    this.keeper.start();
    return session;
  }

  /** Reads the businesses the person works for again (staff can be added while signed in). */
  async refreshBusinesses(): Promise<void> {
    const me = await fetchMe(this.api);
    this.store.update({ businesses: me.businesses });
  }

  /** The Matrix runtime for the current session; matrix-js-sdk is loaded on the first call. */
  matrix(): Promise<MatrixRuntime> {
    const session = this.store.current;
    if (!session) return Promise.reject(new Error("not signed in"));
    if (this.#runtime && this.#runtimeFor === session.accessToken) return this.#runtime;
    this.#runtimeFor = session.accessToken;
    this.#runtime = import("../matrix/matrix-runtime.ts").then(({ startMatrixRuntime }) => {
      const runtime = startMatrixRuntime(session);
      runtime.onLoggedOut(() => {
        this.endedBecause = "matrix-signed-out";
        this.keeper.stop();
        this.store.clear();
      });
      return runtime;
    });
    this.#runtime.catch(() => {
      this.#runtime = undefined;
      this.#runtimeFor = undefined;
    });
    return this.#runtime;
  }

  #stopping: Promise<void> | undefined;

  async signOut(): Promise<void> {
    const session = this.store.current;
    this.keeper.stop();
    // Forget the session first, so pages stop asking; then let the Matrix
    // client and the requests in flight finish before the tokens are revoked,
    // so nothing is sent with a token that no longer works.
    this.store.clear();
    await this.#stopRuntime();
    await this.keeper.settled();
    await signOut({ store: this.store }, session);
  }

  /** Stops the Matrix client; a second call while it stops waits for the same stop. */
  #stopRuntime(): Promise<void> {
    const runtime = this.#runtime;
    this.#runtime = undefined;
    this.#runtimeFor = undefined;
    if (runtime) this.#stopping = runtime.then((started) => started.stop(), () => undefined);
    return this.#stopping ?? Promise.resolve();
  }
}

let shared: SignedInServices | undefined;

export function signedInServices(): SignedInServices {
  shared ??= new SignedInServices();
  return shared;
}
