import { EventStatus, type MatrixClient, type MatrixEvent, type Room } from "matrix-js-sdk";
import type { PendingUpload } from "../components/message-log/message-log.ts";
import type { TimelineItem } from "../conversations/timeline.ts";
import { coalesce } from "./coalesce.ts";
import { editContent, textContent } from "./message-content.ts";
import { ReadReceipts } from "./read-receipts.ts";
import { listenToRoom } from "./room-listeners.ts";
import type { RoomTimeline, RoomViewOptions, SendOptions } from "./runtime-types.ts";
import { snapshotRoom } from "./timeline-snapshot.ts";
import { UploadQueue } from "./upload-queue.ts";

/** One room as a live conversation on matrix-js-sdk: what the view shows, and sending, uploads, receipts and typing. */
export class SdkRoomTimeline implements RoomTimeline {
  readonly #client: MatrixClient;
  readonly #roomId: string;
  readonly #options: RoomViewOptions;
  readonly #listeners = new Set<() => void>();
  #events: ReadonlyMap<string, MatrixEvent> = new Map();
  readonly #notify = coalesce(() => this.#refresh());
  readonly #unbind: () => void;
  readonly #uploads: UploadQueue;
  readonly #receipts: ReadReceipts;
  items: readonly TimelineItem[] = [];
  typing: readonly string[] = [];
  canLoadOlder = false;
  loadingOlder = false;

  constructor(client: MatrixClient, roomId: string, options: RoomViewOptions) {
    this.#client = client;
    this.#roomId = roomId;
    this.#options = options;
    this.#uploads = new UploadQueue(client, { send: (content) => this.#send(content), changed: () => this.#emit() });
    this.#receipts = new ReadReceipts(client, options);
    this.#unbind = listenToRoom(client, roomId, this.#notify);
    this.#refresh();
  }

  get uploads(): readonly PendingUpload[] {
    return this.#uploads.uploads;
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
    const snapshot = snapshotRoom(this.#room, this.#client.getSafeUserId(), this.#options);
    this.#events = snapshot.events;
    this.items = snapshot.items;
    this.typing = snapshot.typing;
    this.canLoadOlder = snapshot.canLoadOlder;
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
    this.#send(textContent(text, options));
  }

  edit(eventId: string, text: string): void {
    this.#send(editContent(eventId, text));
  }

  sendFiles(files: readonly File[]): void {
    this.#uploads.add(files);
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
    this.#receipts.markRead(this.#events);
  }

  dispose(): void {
    this.#unbind();
    this.#listeners.clear();
  }
}
