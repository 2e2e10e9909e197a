import { ClientEvent, createClient, HttpApiEvent, NotificationCountType, RoomEvent, SyncState, type MatrixClient } from "matrix-js-sdk";
import { AuthenticatedMedia } from "../media/authenticated-media.ts";
import { coalesce } from "./coalesce.ts";
import { joinWhenInvited } from "./room-joining.ts";
import { SdkRoomTimeline } from "./room-timeline.ts";
import type { MatrixRuntime, RoomTimeline, RoomViewOptions, StartMatrixRuntime, SyncStatus } from "./runtime-types.ts";
import { quietLogger, silenceSdkLogger } from "./sdk-logging.ts";

/**
 * The Matrix side of the signed-in views, on matrix-js-sdk: one client per
 * session syncing in the background, rooms as live conversations
 * (room-timeline.ts), sending, uploads, receipts and typing. Loaded with
 * import() only once someone is signed in. Kontor conversations are
 * unencrypted: no crypto is set up. This file is the client's lifecycle:
 * start, sync state, and a clean stop.
 */

silenceSdkLogger();

class SdkRuntime implements MatrixRuntime {
  readonly userId: string;
  readonly media: AuthenticatedMedia;
  readonly #client: MatrixClient;
  readonly #listeners = new Set<() => void>();
  readonly #loggedOut = new Set<() => void>();
  readonly #notify = coalesce(() => {
    for (const listener of this.#listeners) listener();
  });
  readonly #ready: Promise<void>;
  /** Requests the SDK has in flight, so stopping can wait for them before the token is logged out. */
  #inFlight = 0;
  #stopped = false;
  #drained: (() => void) | undefined;
  status: SyncStatus = "starting";

  constructor(session: Parameters<StartMatrixRuntime>[0]) {
    this.userId = session.userId;
    const trackedFetch: typeof fetch = (input, init) => {
      // After stop() the SDK's start-up may still try requests; they must not go out. They never
      // answer either: the SDK leaves some of these promises unhandled, so a rejection would surface
      // as an uncaught error in the page, and a stopped client has nothing left to do with an answer.
      if (this.#stopped) return new Promise<Response>(() => undefined);
      this.#inFlight += 1;
      return fetch(input, init).finally(() => {
        this.#inFlight -= 1;
        if (this.#inFlight === 0) this.#drained?.();
      });
    };
    this.media = new AuthenticatedMedia({ homeserverUrl: session.homeserverUrl, accessToken: session.accessToken });
    this.#client = createClient({
      baseUrl: session.homeserverUrl,
      accessToken: session.accessToken,
      userId: session.userId,
      deviceId: session.deviceId || undefined,
      timelineSupport: true,
      logger: quietLogger,
      fetchFn: trackedFetch,
    });
    let resolveReady: () => void = () => undefined;
    this.#ready = new Promise((resolve) => (resolveReady = resolve));
    this.#client.on(ClientEvent.Sync, (state) => {
      if (state === SyncState.Prepared || state === SyncState.Syncing || state === SyncState.Catchup) {
        this.status = "live";
        resolveReady();
      } else if (state === SyncState.Reconnecting || state === SyncState.Error) {
        this.status = "reconnecting";
      } else if (state === SyncState.Stopped) {
        this.status = "stopped";
      }
      this.#notify();
    });
    this.#client.on(HttpApiEvent.SessionLoggedOut, () => {
      for (const listener of this.#loggedOut) listener();
    });
    this.#client.on(RoomEvent.Timeline, () => this.#notify());
    this.#client.on(RoomEvent.MyMembership, () => this.#notify());
    this.#client.on(ClientEvent.Room, () => this.#notify());
    // Stopping (sign-out) aborts the start-up requests; that is no error.
    this.#client.startClient({ initialSyncLimit: 40, lazyLoadMembers: true }).catch(() => undefined);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onLoggedOut(listener: () => void): () => void {
    this.#loggedOut.add(listener);
    return () => this.#loggedOut.delete(listener);
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  unreadCount(roomId: string): number {
    return this.#client.getRoom(roomId)?.getUnreadNotificationCount(NotificationCountType.Total) ?? 0;
  }

  isJoined(roomId: string): boolean {
    return this.#client.getRoom(roomId)?.getMyMembership() === "join";
  }

  async joinRoom(roomId: string, options: { timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    await this.#ready;
    if (this.isJoined(roomId)) return;
    await joinWhenInvited(this.#client, roomId, { deadline, isJoined: () => this.isJoined(roomId) });
  }

  timeline(roomId: string, options: RoomViewOptions): RoomTimeline {
    return new SdkRoomTimeline(this.#client, roomId, options);
  }

  memberName(roomId: string, userId: string): string | undefined {
    return this.#client.getRoom(roomId)?.getMember(userId)?.name;
  }

  /**
   * Stops syncing, cancels what is in flight and refuses new requests;
   * resolves once nothing is in flight any more, so the access token can be
   * logged out without requests failing on it.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#client.stopClient();
    this.#client.http.abort();
    this.#client.removeAllListeners();
    this.media.dispose();
    this.#listeners.clear();
    this.#loggedOut.clear();
    if (this.#inFlight > 0) {
      await Promise.race([new Promise<void>((resolve) => (this.#drained = resolve)), new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
  }
}

export const startMatrixRuntime: StartMatrixRuntime = (session) => new SdkRuntime(session);
