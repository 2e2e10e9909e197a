import { createHash } from "node:crypto";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { SOURCE_KEY, type JsonObject } from "./content.ts";
import type { RelayDirection, RelayedEventRepository } from "./relayed-events.ts";

export interface RelayRequest {
  conversationId: string;
  sourceEventId: string;
  direction: RelayDirection;
  targetRoomId: string;
  /** The user the relayed event is sent as (the ghost or the business). */
  asUser: string;
  type: string;
  content: JsonObject;
  /** Handling started before: the event may already have been sent. */
  mayHaveSent: boolean;
}

/** The transaction ID for relaying a source event: the same on every retry, so the homeserver deduplicates. */
export function relayTxnId(sourceEventId: string): string {
  return `kontor.${createHash("sha256").update(sourceEventId).digest("hex").slice(0, 32)}`;
}

/**
 * Sends relayed events exactly once. A source event already in the map is
 * not sent again; a retried send reuses its transaction ID (the homeserver
 * answers with the first event); and after a crash, when the homeserver may
 * have forgotten that transaction, the target room is searched for an event
 * that carries the source's ID before anything is sent.
 */
export class RelaySender {
  readonly #client: HomeserverClient;
  readonly #relayed: RelayedEventRepository;

  constructor(client: HomeserverClient, relayed: RelayedEventRepository) {
    this.#client = client;
    this.#relayed = relayed;
  }

  async send(request: RelayRequest): Promise<string> {
    const known = this.#relayed.bySource(request.sourceEventId);
    if (known) return known.targetEventId;
    const intent = new UserIntent(this.#client, request.asUser);
    const found = request.mayHaveSent ? await this.#findSent(request) : undefined;
    const targetEventId =
      found ?? (await intent.sendEvent(request.targetRoomId, request.type, request.content, relayTxnId(request.sourceEventId)));
    this.#relayed.record({
      sourceEventId: request.sourceEventId,
      conversationId: request.conversationId,
      targetRoomId: request.targetRoomId,
      targetEventId,
      direction: request.direction,
    });
    return targetEventId;
  }

  /** Records a relay that was done another way (a redaction), so it is not done twice. */
  record(request: Pick<RelayRequest, "conversationId" | "sourceEventId" | "direction" | "targetRoomId">, targetEventId: string): void {
    this.#relayed.record({ ...request, targetEventId });
  }

  async #findSent(request: RelayRequest): Promise<string | undefined> {
    const filter = JSON.stringify({ senders: [request.asUser], types: [request.type], lazy_load_members: true });
    const page = await this.#client.request<{ chunk: { event_id: string; content?: JsonObject }[] }>(
      "GET",
      `/_matrix/client/v3/rooms/${encodeURIComponent(request.targetRoomId)}/messages`,
      { asUser: request.asUser, query: { dir: "b", limit: 200, filter } },
    );
    return page.chunk.find((event) => event.content?.[SOURCE_KEY] === request.sourceEventId)?.event_id;
  }
}
