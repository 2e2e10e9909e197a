import { conversationStatuses, type ConversationStatus, inboxApiQuery, type InboxFilter } from "../conversations/inbox-filter.ts";
import { list, numberOrNull, record, text, textOrNull, texts } from "./decode.ts";
import { sendJson, type RequestOptions } from "./http.ts";

/** One of the signed-in customer's conversations (`GET /api/v1/me/conversations`). */
export interface CustomerConversation {
  id: string;
  roomId: string | null;
  status: ConversationStatus;
  business: { slug: string; name: string; mxid: string; logo: string | null } | null;
  lastMessagePreview: string | null;
  updatedAt: string;
}

function statusOf(value: unknown): ConversationStatus {
  return (conversationStatuses as readonly unknown[]).includes(value) ? (value as ConversationStatus) : "open";
}

export function decodeCustomerConversation(value: unknown): CustomerConversation {
  const json = record(value);
  const business = json.business === null ? null : record(json.business);
  return {
    id: text(json.id),
    roomId: textOrNull(json.room_id),
    status: statusOf(json.status),
    business: business ? { slug: text(business.slug), name: text(business.name), mxid: text(business.mxid), logo: textOrNull(business.logo) } : null,
    lastMessagePreview: textOrNull(json.last_message_preview),
    updatedAt: text(json.updated_at),
  };
}

export async function fetchMyConversations(options: RequestOptions): Promise<CustomerConversation[]> {
  const json = record(await sendJson("GET", "/api/v1/me/conversations", undefined, options));
  return list(json.conversations).map(decodeCustomerConversation).filter((conversation) => conversation.id !== "");
}

/** Starts a conversation with a business, or returns the open one (`created: false`). */
export async function startConversation(business: string, options: RequestOptions): Promise<CustomerConversation & { created: boolean }> {
  const json = record(await sendJson("POST", "/api/v1/me/conversations", { business }, options));
  return { ...decodeCustomerConversation(json), created: json.created === true };
}

/** A conversation as staff see it (`GET /api/v1/businesses/{slug}/conversations/{id}`). */
export interface StaffConversation {
  id: string;
  business: string;
  customer: { userId: string; name: string | null };
  status: ConversationStatus;
  assignee: string | null;
  labels: string[];
  snoozedUntil: string | null;
  encrypted: boolean;
  origin: string;
  customerRoomId: string | null;
  staffRoomId: string | null;
  lastMessagePreview: string | null;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  lastCustomerMessageAt: string | null;
  lastBusinessMessageAt: string | null;
}

export function decodeStaffConversation(value: unknown): StaffConversation {
  const json = record(value);
  const customer = record(json.customer);
  return {
    id: text(json.id),
    business: text(json.business),
    customer: { userId: text(customer.user_id), name: textOrNull(customer.name) },
    status: statusOf(json.status),
    assignee: textOrNull(json.assignee),
    labels: texts(json.labels),
    snoozedUntil: textOrNull(json.snoozed_until),
    encrypted: json.encrypted === true,
    origin: text(json.origin),
    customerRoomId: textOrNull(json.customer_room_id),
    staffRoomId: textOrNull(json.staff_room_id),
    lastMessagePreview: textOrNull(json.last_message_preview),
    createdAt: text(json.created_at),
    updatedAt: text(json.updated_at),
    firstResponseAt: textOrNull(json.first_response_at),
    lastCustomerMessageAt: textOrNull(json.last_customer_message_at),
    lastBusinessMessageAt: textOrNull(json.last_business_message_at),
  };
}

/** Counts per status and for "mine"/"unassigned" (those two count everything not resolved). */
export interface InboxCounts {
  open: number;
  pending: number;
  snoozed: number;
  resolved: number;
  mine: number;
  unassigned: number;
}

export const emptyCounts: InboxCounts = Object.freeze({ open: 0, pending: 0, snoozed: 0, resolved: 0, mine: 0, unassigned: 0 });

export function decodeCounts(value: unknown): InboxCounts {
  const json = record(value);
  const count = (key: keyof InboxCounts) => numberOrNull(json[key]) ?? 0;
  return { open: count("open"), pending: count("pending"), snoozed: count("snoozed"), resolved: count("resolved"), mine: count("mine"), unassigned: count("unassigned") };
}

export interface InboxPage {
  conversations: StaffConversation[];
  counts: InboxCounts;
  nextCursor: string | null;
}

export async function fetchInbox(slug: string, filter: InboxFilter, userId: string, options: RequestOptions & { cursor?: string; limit?: number } = {}): Promise<InboxPage> {
  const query = inboxApiQuery(filter, userId, options.limit);
  if (options.cursor) query.set("cursor", options.cursor);
  const json = record(await sendJson("GET", `/api/v1/businesses/${encodeURIComponent(slug)}/conversations?${query.toString()}`, undefined, options));
  return {
    conversations: list(json.conversations).map(decodeStaffConversation).filter((conversation) => conversation.id !== ""),
    counts: decodeCounts(json.counts),
    nextCursor: textOrNull(json.next_cursor),
  };
}

export async function fetchStaffConversation(slug: string, id: string, options: RequestOptions): Promise<StaffConversation> {
  return decodeStaffConversation(await sendJson("GET", `/api/v1/businesses/${encodeURIComponent(slug)}/conversations/${encodeURIComponent(id)}`, undefined, options));
}

/** What staff change about a conversation; only the given fields change. */
export interface ConversationChange {
  status?: ConversationStatus;
  /** ISO instant; required with status "snoozed". */
  snoozed_until?: string;
  assignee?: string | null;
  labels?: string[];
}

export async function changeConversation(slug: string, id: string, change: ConversationChange, options: RequestOptions): Promise<StaffConversation> {
  return decodeStaffConversation(await sendJson("PATCH", `/api/v1/businesses/${encodeURIComponent(slug)}/conversations/${encodeURIComponent(id)}`, change, options));
}
