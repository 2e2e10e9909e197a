/** The conversation as a whole: statuses and the fields the inbox and the API show. */

export const conversationStatuses = ["open", "pending", "snoozed", "resolved"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];
export type ConversationOrigin = "invite" | "profile_room" | "api";
export type ConversationSetup = "starting" | "active" | "declined" | "closed";

export interface Conversation {
  id: string;
  businessSlug: string;
  customerId: string;
  customerName?: string;
  ghostId: string;
  startKey: string;
  origin: ConversationOrigin;
  setupState: ConversationSetup;
  customerRoomId?: string;
  staffRoomId?: string;
  status: ConversationStatus;
  assignee?: string;
  labels: string[];
  snoozedUntil?: number;
  encrypted: boolean;
  greeted: boolean;
  awayNoticeFor?: string;
  lastMessagePreview?: string;
  createdAt: number;
  updatedAt: number;
  firstResponseAt?: number;
  lastCustomerMessageAt?: number;
  lastBusinessMessageAt?: number;
}

/** Conversation IDs are short, URL-safe and unguessable. */
export function newConversationId(random: () => Buffer): string {
  return `c${random().toString("base64url").slice(0, 15).replace(/[-_]/g, "x").toLowerCase()}`;
}
