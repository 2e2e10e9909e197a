import {
  ClientEvent,
  createClient,
  Direction,
  EventStatus,
  HttpApiEvent,
  MatrixError,
  NotificationCountType,
  RoomEvent,
  RoomMemberEvent,
  SyncState,
  type MatrixClient,
  type MatrixEvent,
  type Room,
} from "matrix-js-sdk";
import { logger as sdkLogger, type Logger } from "matrix-js-sdk/lib/logger.js";
import type { PendingUpload } from "../components/message-log/message-log.ts";
import { buildTimeline, lastEventFromOthers, type RawEvent, type TimelineItem } from "../conversations/timeline.ts";
import { AuthenticatedMedia } from "../media/authenticated-media.ts";
import type { MatrixRuntime, RoomTimeline, RoomViewOptions, SendOptions, StartMatrixRuntime, SyncStatus } from "./runtime-types.ts";

/**
 * The Matrix side of the signed-in views, on matrix-js-sdk: one client per
 * session syncing in the background, rooms as live conversations, sending,
 * uploads, receipts and typing. Loaded with import() only once someone is
 * signed in. Kontor conversations are unencrypted: no crypto is set up.
 */

/** The SDK logs a lot, some of it as console errors about things Kontor does not use; keep the console for real problems. */
const quietLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  getChild: () => quietLogger,
};
/**
 * Parts of the SDK log through its root logger (or children of it created
 * later, which inherit its method factory), not through the client's logger.
 */
function silenceSdkLogger(): void {
  const root = sdkLogger as unknown as { methodFactory?: unknown; rebuild?: () => void };
  root.methodFactory = () => () => undefined;
  root.rebuild?.();
}
silenceSdkLogger();

/** Calls `run` once per microtask at most, however many events arrive together. */
function coalesce(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function statusOf(event: MatrixEvent): RawEvent["status"] | "cancelled" | undefined {
  switch (event.status) {
    case EventStatus.NOT_SENT:
      return "failed";
    case EventStatus.CANCELLED:
      return "cancelled";
    case EventStatus.SENDING:
    case EventStatus.QUEUED:
    case EventStatus.ENCRYPTING:
      return "sending";
    default:
      return undefined;
  }
}

function idOf(event: MatrixEvent): string {
  return event.getId() ?? event.getTxnId() ?? "";
}

async function imageSize(file: File): Promise<{ w: number; h: number } | undefined> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap !== "function") return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const size = { w: bitmap.width, h: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}

class SdkRoomTimeline implements RoomTimeline {
  readonly #client: MatrixClient;
  readonly #roomId: string;
  readonly #options: RoomViewOptions;
  readonly #listeners = new Set<() => void>();
  readonly #events = new Map<string, MatrixEvent>();
  readonly #notify = coalesce(() => this.#refresh());
  readonly #unbind: () => void;
  items: readonly TimelineItem[] = [];
  typing: readonly string[] = [];
  uploads: readonly PendingUpload[] = [];
  canLoadOlder = false;
  loadingOlder = false;
  #lastReceipt: string | undefined;
  #uploadCounter = 0;

  constructor(client: MatrixClient, roomId: string, options: RoomViewOptions) {
    this.#client = client;
    this.#roomId = roomId;
    this.#options = options;
    const onRoomEvent = (_event: unknown, room: Room | undefined) => {
      if (room?.roomId === roomId) this.#notify();
    };
    const onTyping = (_event: MatrixEvent, member: { roomId: string }) => {
      if (member.roomId === roomId) this.#notify();
    };
    const onRoom = (room: Room) => {
      if (room.roomId === roomId) this.#notify();
    };
    // Typing notifications arrive without a room ID, and a room joined while running does not pass its
    // members' typing events on to the client: any typing change makes every open timeline look again.
    const onEvent = (event: MatrixEvent) => {
      if (event.getType() === "m.typing") this.#notify();
    };
    client.on(RoomEvent.Timeline, onRoomEvent);
    client.on(RoomEvent.LocalEchoUpdated, onRoomEvent);
    client.on(RoomEvent.Redaction, onRoomEvent);
    client.on(RoomEvent.Receipt, onRoomEvent);
    client.on(RoomEvent.TimelineReset, onRoom as never);
    client.on(RoomMemberEvent.Typing, onTyping);
    client.on(ClientEvent.Room, onRoom);
    client.on(ClientEvent.Event, onEvent);
    this.#unbind = () => {
      client.off(ClientEvent.Event, onEvent);
      client.off(RoomEvent.Timeline, onRoomEvent);
      client.off(RoomEvent.LocalEchoUpdated, onRoomEvent);
      client.off(RoomEvent.Redaction, onRoomEvent);
      client.off(RoomEvent.Receipt, onRoomEvent);
      client.off(RoomEvent.TimelineReset, onRoom as never);
      client.off(RoomMemberEvent.Typing, onTyping);
      client.off(ClientEvent.Room, onRoom);
    };
    this.#refresh();
  }

  get #room(): Room | null {
    return this.#client.getRoom(this.#roomId);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }

  #refresh(): void {
    const room = this.#room;
    const me = this.#client.getSafeUserId();
    this.#events.clear();
    const raw: RawEvent[] = [];
    for (const event of room?.getLiveTimeline().getEvents() ?? []) {
      const status = statusOf(event);
      if (status === "cancelled") continue;
      const id = idOf(event);
      this.#events.set(id, event);
      raw.push({
        id,
        type: event.getType(),
        sender: event.getSender() ?? "",
        content: event.isRedacted() ? {} : (event.getOriginalContent() as Record<string, unknown>),
        ts: event.getTs(),
        redacted: event.isRedacted(),
        ...(status ? { status } : {}),
      });
    }
    const readers = (room?.getMembers() ?? []).filter((member) => member.userId !== me && this.#options.isCounterpart(member.userId));
    // Only real receipts: a later message from the other side (an automatic away message) does not mean a person read this one.
    const readUpTo = readers.map((member) => room?.getEventReadUpTo(member.userId, true)).filter((id): id is string => typeof id === "string");
    this.items = buildTimeline(raw, {
      me,
      view: this.#options.view,
      businessUserId: this.#options.businessUserId,
      isStaff: this.#options.isStaff,
      displayName: (userId) => room?.getMember(userId)?.name ?? userId,
      readUpTo,
      youLabel: this.#options.youLabel,
    });
    this.typing = (room?.getMembers() ?? []).filter((member) => member.typing && member.userId !== me).map((member) => member.name);
    // The token stays until the start of the room is passed; once its creation is loaded, there is nothing older.
    const atStart = raw.some((event) => event.type === "m.room.create");
    this.canLoadOlder = !atStart && (room?.getLiveTimeline().getPaginationToken(Direction.Backward) ?? null) !== null;
    this.#emit();
  }

  async loadOlder(): Promise<void> {
    const room = this.#room;
    if (!room || this.loadingOlder) return;
    this.loadingOlder = true;
    this.#emit();
    try {
      await this.#client.scrollback(room, 40);
    } finally {
      this.loadingOlder = false;
      this.#refresh();
    }
  }

  #send(content: Record<string, unknown>): void {
    // Failures show on the message itself (status "not sent", with Retry).
    this.#client.sendMessage(this.#roomId, content as never).catch(() => this.#notify());
  }

  sendText(text: string, options: SendOptions = {}): void {
    const content: Record<string, unknown> = { msgtype: "m.text", body: options.note ? `!note ${text}` : text };
    if (options.replyTo && !options.note) content["m.relates_to"] = { "m.in_reply_to": { event_id: options.replyTo } };
    this.#send(content);
  }

  edit(eventId: string, text: string): void {
    this.#send({
      msgtype: "m.text",
      body: `* ${text}`,
      "m.new_content": { msgtype: "m.text", body: text },
      "m.relates_to": { rel_type: "m.replace", event_id: eventId },
    });
  }

  sendFiles(files: readonly File[]): void {
    for (const file of files) void this.#upload(file);
  }

  async #upload(file: File): Promise<void> {
    this.#uploadCounter += 1;
    const id = `upload-${this.#uploadCounter}`;
    const update = (change: Partial<PendingUpload>) => {
      this.uploads = this.uploads.map((upload) => (upload.id === id ? { ...upload, ...change } : upload));
      this.#emit();
    };
    this.uploads = [...this.uploads, { id, name: file.name, loaded: 0, total: file.size, failed: false }];
    this.#emit();
    try {
      const [uploaded, size] = await Promise.all([
        this.#client.uploadContent(file, { name: file.name, type: file.type || "application/octet-stream", progressHandler: ({ loaded, total }) => update({ loaded, total }) }),
        imageSize(file),
      ]);
      const image = file.type.startsWith("image/") && size !== undefined;
      this.#send({
        msgtype: image ? "m.image" : "m.file",
        body: file.name,
        filename: file.name,
        url: uploaded.content_uri,
        info: { mimetype: file.type || "application/octet-stream", size: file.size, ...(size ?? {}) },
      });
      this.uploads = this.uploads.filter((upload) => upload.id !== id);
      this.#emit();
    } catch {
      update({ failed: true });
      setTimeout(() => {
        this.uploads = this.uploads.filter((upload) => upload.id !== id);
        this.#emit();
      }, 10_000);
    }
  }

  retry(id: string): void {
    const event = this.#events.get(id);
    const room = this.#room;
    if (event && room && event.status === EventStatus.NOT_SENT) this.#client.resendEvent(event, room).catch(() => this.#notify());
  }

  discard(id: string): void {
    const event = this.#events.get(id);
    if (event && event.status === EventStatus.NOT_SENT) this.#client.cancelPendingEvent(event);
  }

  setTyping(typing: boolean): void {
    this.#client.sendTyping(this.#roomId, typing, 20_000).catch(() => undefined);
  }

  markRead(): void {
    const events = [...this.#events.values()].map((event) => {
      const status = statusOf(event);
      return { id: idOf(event), type: event.getType(), sender: event.getSender() ?? "", status: status === "cancelled" ? "failed" : status };
    });
    // In a staff room, Kontor's own notices (copies of automatic messages, answers to commands) are
    // skipped: a receipt on them cannot be carried to the customer, one on the customer's message can.
    const business = this.#options.businessUserId;
    const candidates = this.#options.view === "staff" ? events.filter((event) => event.sender !== business) : events;
    const last = lastEventFromOthers(candidates, this.#client.getSafeUserId());
    if (!last || last.id === this.#lastReceipt) return;
    const event = this.#events.get(last.id);
    if (!event) return;
    this.#lastReceipt = last.id;
    this.#client.sendReadReceipt(event).catch(() => {
      this.#lastReceipt = undefined;
    });
  }

  dispose(): void {
    this.#unbind();
    this.#listeners.clear();
  }
}

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
      // After stop() the SDK's start-up may still try requests; they must not go out.
      if (this.#stopped) return Promise.reject(new DOMException("the Matrix client was stopped", "AbortError"));
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
    // The invite may still be on its way (Kontor invites right after creating the room): try again for a while.
    for (;;) {
      try {
        await this.#client.joinRoom(roomId);
        break;
      } catch (error) {
        const retriable = error instanceof MatrixError && (error.httpStatus === 403 || error.httpStatus === 404);
        if (!retriable || Date.now() > deadline) throw error;
        await sleep(750);
      }
    }
    while (!this.isJoined(roomId)) {
      if (Date.now() > deadline) throw new Error(`joined ${roomId}, but the sync has not shown it yet`);
      await sleep(200);
    }
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
