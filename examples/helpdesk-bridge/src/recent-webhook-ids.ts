/** What a verified request is, given the webhooks accepted before it. */
export type Sighting = "new" | "redelivery" | "replay";

/**
 * The webhook-ids of recently accepted webhooks, each with the timestamps it
 * was signed with. A request with an ID *and* timestamp seen before is a
 * copy of an earlier request: a replay. The same ID with a new timestamp can
 * only be signed by Kontor (it holds the secret): it is Kontor delivering
 * that webhook again because it never got our answer, which must not be
 * refused, or Kontor keeps retrying and finally turns the webhook off.
 *
 * Bounded: the oldest IDs are forgotten first. A replay is only possible
 * while its timestamp is within the tolerance (5 minutes either way), so the
 * capacity must hold at least ten minutes of webhooks.
 */
export class RecentWebhookIds {
  readonly #capacity: number;
  readonly #timestamps = new Map<string, number[]>();

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#timestamps.size;
  }

  /** Remembers a request whose signature is valid, and says what it is. */
  record(id: string, timestamp: number): Sighting {
    const seen = this.#timestamps.get(id);
    if (seen?.includes(timestamp)) return "replay";
    // Delete and set again so that a busy ID counts as recent (Maps keep insertion order).
    this.#timestamps.delete(id);
    this.#timestamps.set(id, [...(seen ?? []), timestamp].slice(-32));
    for (const oldest of this.#timestamps.keys()) {
      if (this.#timestamps.size <= this.#capacity) break;
      this.#timestamps.delete(oldest);
    }
    return seen ? "redelivery" : "new";
  }
}
