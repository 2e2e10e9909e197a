import type { MatrixClient, MatrixEvent } from "matrix-js-sdk";
import { lastEventFromOthers } from "../conversations/timeline.ts";
import type { RoomViewOptions } from "./runtime-types.ts";
import { idOf, statusOf } from "./timeline-snapshot.ts";

/** Read receipts for one room: one for the newest message from the other side, each sent once. */
export class ReadReceipts {
  readonly #client: MatrixClient;
  readonly #options: RoomViewOptions;
  #lastReceipt: string | undefined;

  constructor(client: MatrixClient, options: RoomViewOptions) {
    this.#client = client;
    this.#options = options;
  }

  markRead(events: ReadonlyMap<string, MatrixEvent>): void {
    const candidates = [...events.values()].map((event) => {
      const status = statusOf(event);
      return { id: idOf(event), type: event.getType(), sender: event.getSender() ?? "", status: status === "cancelled" ? "failed" : status };
    });
    // In a staff room, Kontor's own notices (copies of automatic messages, answers to commands) are
    // skipped: a receipt on them cannot be carried to the customer, one on the customer's message can.
    const business = this.#options.businessUserId;
    const fromPeople = this.#options.view === "staff" ? candidates.filter((event) => event.sender !== business) : candidates;
    const last = lastEventFromOthers(fromPeople, this.#client.getSafeUserId());
    if (!last || last.id === this.#lastReceipt) return;
    const event = events.get(last.id);
    if (!event) return;
    this.#lastReceipt = last.id;
    this.#client.sendReadReceipt(event).catch(() => {
      this.#lastReceipt = undefined;
    });
  }
}
