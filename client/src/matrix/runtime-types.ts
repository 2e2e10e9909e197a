import type { PendingUpload } from "../components/message-log/message-log.ts";
import type { TimelineItem } from "../conversations/timeline.ts";
import type { MediaSource } from "../media/authenticated-media.ts";

/**
 * What the signed-in views use of Matrix. The implementation
 * (matrix-runtime.ts) wraps matrix-js-sdk and is loaded on demand; these
 * types are all the views import, so tests can give them fakes.
 */

export type SyncStatus = "starting" | "live" | "reconnecting" | "stopped";

export interface RoomViewOptions {
  /** "customer": the customer's room with the business; "staff": a staff room. */
  view: "customer" | "staff";
  businessUserId: string;
  /** Whether a user is on the business's side (staff, the business itself). */
  isStaff(userId: string): boolean;
  /** Users whose read receipts mark one's own messages as read: the business for customers, the customer's ghost for staff. */
  isCounterpart(userId: string): boolean;
  youLabel: string;
}

export interface SendOptions {
  /** The event ID of the message being answered. */
  replyTo?: string;
  /** A staff note: stays in the staff room, never reaches the customer. */
  note?: boolean;
}

/** One room as a live conversation: its messages, who is typing, and what can be done. */
export interface RoomTimeline {
  readonly items: readonly TimelineItem[];
  readonly typing: readonly string[];
  readonly uploads: readonly PendingUpload[];
  readonly canLoadOlder: boolean;
  readonly loadingOlder: boolean;
  subscribe(listener: () => void): () => void;
  loadOlder(): Promise<void>;
  sendText(text: string, options?: SendOptions): void;
  edit(eventId: string, text: string): void;
  sendFiles(files: readonly File[]): void;
  retry(id: string): void;
  discard(id: string): void;
  setTyping(typing: boolean): void;
  /** Sends a read receipt for the newest message from the other side, if not sent already. */
  markRead(): void;
  dispose(): void;
}

export interface MatrixRuntime {
  readonly userId: string;
  readonly status: SyncStatus;
  readonly media: MediaSource;
  /** Called on every change that lists care about: sync state, new events, unread counts, memberships. */
  subscribe(listener: () => void): () => void;
  /** Called once when the homeserver no longer accepts the access token. */
  onLoggedOut(listener: () => void): () => void;
  /** Resolves after the first sync. */
  ready(): Promise<void>;
  unreadCount(roomId: string): number;
  /** Joins a room the person is invited to, waiting for the invite if it is still on its way. */
  joinRoom(roomId: string, options?: { timeoutMs?: number }): Promise<void>;
  isJoined(roomId: string): boolean;
  timeline(roomId: string, options: RoomViewOptions): RoomTimeline;
  memberName(roomId: string, userId: string): string | undefined;
  /** Resolves when the client has stopped and nothing is in flight. */
  stop(): Promise<void>;
}

export type StartMatrixRuntime = (session: { homeserverUrl: string; userId: string; accessToken: string; deviceId: string }) => MatrixRuntime;
