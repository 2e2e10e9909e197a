import { Direction, EventStatus, type MatrixEvent, type Room } from "matrix-js-sdk";
import { buildTimeline, type RawEvent, type TimelineItem } from "../conversations/timeline.ts";
import type { RoomViewOptions } from "./runtime-types.ts";

/** How a room looks to a conversation view at one moment, mapped from the SDK's events. */
export interface TimelineSnapshot {
  /** The SDK's events by the ID the view knows them by, for retrying, discarding and receipts. */
  events: Map<string, MatrixEvent>;
  items: readonly TimelineItem[];
  typing: readonly string[];
  canLoadOlder: boolean;
}

export function statusOf(event: MatrixEvent): RawEvent["status"] | "cancelled" | undefined {
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

/** Local echoes have no event ID until the server answers; their transaction ID stands in. */
export function idOf(event: MatrixEvent): string {
  return event.getId() ?? event.getTxnId() ?? "";
}

export function snapshotRoom(room: Room | null, me: string, options: RoomViewOptions): TimelineSnapshot {
  const events = new Map<string, MatrixEvent>();
  const raw: RawEvent[] = [];
  for (const event of room?.getLiveTimeline().getEvents() ?? []) {
    const status = statusOf(event);
    if (status === "cancelled") continue;
    const id = idOf(event);
    events.set(id, event);
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
  const readers = (room?.getMembers() ?? []).filter((member) => member.userId !== me && options.isCounterpart(member.userId));
  // Only real receipts: a later message from the other side (an automatic away message) does not mean a person read this one.
  const readUpTo = readers.map((member) => room?.getEventReadUpTo(member.userId, true)).filter((id): id is string => typeof id === "string");
  const items = buildTimeline(raw, {
    me,
    view: options.view,
    businessUserId: options.businessUserId,
    isStaff: options.isStaff,
    displayName: (userId) => room?.getMember(userId)?.name ?? userId,
    readUpTo,
    youLabel: options.youLabel,
  });
  const typing = (room?.getMembers() ?? []).filter((member) => member.typing && member.userId !== me).map((member) => member.name);
  // The token stays until the start of the room is passed; once its creation is loaded, there is nothing older.
  const atStart = raw.some((event) => event.type === "m.room.create");
  const canLoadOlder = !atStart && (room?.getLiveTimeline().getPaginationToken(Direction.Backward) ?? null) !== null;
  return { events, items, typing, canLoadOlder };
}
