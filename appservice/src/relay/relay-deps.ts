import type { BusinessRecord, BusinessRepository } from "../businesses/business-repository.ts";
import type { Namespaces } from "../businesses/identifiers.ts";
import type { Conversation } from "../conversations/conversation.ts";
import type { ConversationRepository } from "../conversations/conversation-repository.ts";
import type { ConversationService } from "../conversations/conversation-service.ts";
import type { ConversationStarter } from "../conversations/conversation-starter.ts";
import type { MessageRepository } from "../conversations/message-repository.ts";
import type { SettingsRepository } from "../conversations/settings-repository.ts";
import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import type { InboundEvent } from "../store/inbox-repository.ts";
import type { RelayedEventRepository } from "./relayed-events.ts";
import type { RelaySender } from "./relay-sender.ts";

/** What the relay handlers work with. */
export interface RelayDeps {
  client: HomeserverClient;
  namespaces: Namespaces;
  businesses: BusinessRepository;
  conversations: ConversationRepository;
  service: ConversationService;
  starter: ConversationStarter;
  relayed: RelayedEventRepository;
  sender: RelaySender;
  messages: MessageRepository;
  settings: SettingsRepository;
  logger: Logger;
  /** Where people can reach this Kontor's web client, for notices. */
  publicUrl: string;
  now: () => number;
}

/** One event in one of a conversation's rooms, with what its handler needs to know. */
export interface RoomEventContext {
  event: InboundEvent;
  conversation: Conversation;
  business: BusinessRecord;
  /** Handling started before (crash or failure): check before acting. */
  mayHaveActed: boolean;
}

export const contentOf = (event: InboundEvent): Record<string, unknown> =>
  typeof event.content === "object" && event.content !== null ? (event.content as Record<string, unknown>) : {};

/** The event a redaction redacts (top level before room version 11, in the content since). */
export function redactedEventId(event: InboundEvent): string | undefined {
  const fromContent = contentOf(event).redacts;
  if (typeof event.redacts === "string") return event.redacts;
  return typeof fromContent === "string" ? fromContent : undefined;
}

export function timestampOf(event: InboundEvent, fallback: number): number {
  return typeof event.origin_server_ts === "number" ? event.origin_server_ts : fallback;
}
