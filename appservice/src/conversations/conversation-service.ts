import type { BusinessRecord, BusinessRepository } from "../businesses/business-repository.ts";
import { KeyedLock } from "../concurrency/keyed-lock.ts";
import { KontorError } from "../errors/codes.ts";
import type { Logger } from "../logging/logger.ts";
import type { Conversation, ConversationStatus } from "./conversation.ts";
import type { ConversationChanges, ConversationRepository } from "./conversation-repository.ts";
import type { StaffRooms } from "./staff-room.ts";

/** What happened to a conversation, for listeners such as webhooks. */
export type ConversationChange =
  | { type: "conversation.created"; conversation: Conversation }
  | { type: "conversation.updated"; conversation: Conversation; changed: string[] };

export type ConversationListener = (change: ConversationChange) => void;

export interface ConversationServiceDeps {
  conversations: ConversationRepository;
  businesses: BusinessRepository;
  staffRooms: StaffRooms;
  logger: Logger;
  now?: () => number;
  /** Runs work in one store transaction, so a change and what listeners queue for it are stored together. */
  atomic?: <T>(work: () => T) => T;
}

/** The fields whose change is a `conversation.updated`, with their names in the API. */
const stateFields: Record<string, string> = {
  status: "status",
  assignee: "assignee",
  labels: "labels",
  snoozedUntil: "snoozed_until",
  encrypted: "encrypted",
};

const labelPattern = /^[\p{L}\p{N}_-]{1,32}$/u;

/**
 * The state of conversations: status, assignee, labels, snooze and the
 * timestamps, changed one conversation at a time, mirrored into the staff
 * room and announced to listeners.
 *
 * Status rules (docs/conversations.md): a customer message makes a
 * conversation open (reopening a resolved or snoozed one); a business reply
 * makes it pending (waiting for the customer); staff resolve, reopen and
 * snooze; a snooze ends at its time.
 */
export class ConversationService {
  readonly #deps: ConversationServiceDeps;
  readonly #lock = new KeyedLock();
  readonly #listeners: ConversationListener[] = [];
  readonly #now: () => number;

  constructor(deps: ConversationServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  onChange(listener: ConversationListener): void {
    this.#listeners.push(listener);
  }

  announce(change: ConversationChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        this.#deps.logger.error("a conversation listener failed", { error });
      }
    }
  }

  /** Marks a started conversation active and announces it, in one transaction. */
  activate(id: string): Conversation {
    const atomic = this.#deps.atomic ?? ((work) => work());
    return atomic(() => {
      this.#deps.conversations.update(id, { setupState: "active" }, this.#now());
      const active = this.get(id);
      this.announce({ type: "conversation.created", conversation: active });
      return active;
    });
  }

  get(id: string): Conversation {
    const conversation = this.#deps.conversations.get(id);
    if (!conversation || conversation.setupState !== "active") throw new KontorError("not_found", `no conversation "${id}"`);
    return conversation;
  }

  business(conversation: Conversation): BusinessRecord {
    const business = this.#deps.businesses.get(conversation.businessSlug);
    if (!business) throw new KontorError("not_found", `the business "${conversation.businessSlug}" no longer exists`);
    return business;
  }

  /** Applies changes under the conversation's lock, mirrors them and tells listeners; returns the result. */
  change(id: string, compute: (current: Conversation) => ConversationChanges | undefined): Promise<Conversation> {
    return this.#lock.run(id, async () => {
      const current = this.get(id);
      const changes = compute(current);
      if (!changes || Object.keys(changes).length === 0) return current;
      const changed = Object.keys(changes).filter((key) => JSON.stringify(changes[key as keyof ConversationChanges]) !== JSON.stringify(current[key as keyof Conversation]));
      if (changed.length === 0) return current;
      const atomic = this.#deps.atomic ?? ((work) => work());
      // Timestamps and the preview change with every message (announced as
      // message.created); an update is news when the state staff see changes.
      const visible = changed.flatMap((key) => stateFields[key] ?? []);
      const updated = atomic(() => {
        this.#deps.conversations.update(id, changes, this.#now());
        const fresh = this.get(id);
        if (visible.length > 0) this.announce({ type: "conversation.updated", conversation: fresh, changed: visible });
        return fresh;
      });
      if (visible.length > 0) {
        await this.#deps.staffRooms.mirror(updated, this.business(updated)).catch((error: unknown) => {
          this.#deps.logger.warn("could not mirror the conversation state into the staff room", { id, error });
        });
      }
      return updated;
    });
  }

  setStatus(id: string, status: Exclude<ConversationStatus, "snoozed">): Promise<Conversation> {
    return this.change(id, () => ({ status, snoozedUntil: undefined }));
  }

  snooze(id: string, until: number): Promise<Conversation> {
    if (until <= this.#now()) throw new KontorError("invalid_request", "the snooze must end in the future");
    return this.change(id, () => ({ status: "snoozed", snoozedUntil: until }));
  }

  assign(id: string, assignee: string | undefined): Promise<Conversation> {
    return this.change(id, () => ({ assignee }));
  }

  setLabels(id: string, update: (labels: string[]) => string[]): Promise<Conversation> {
    return this.change(id, (current) => {
      const labels = [...new Set(update(current.labels))].sort();
      const bad = labels.find((label) => !labelPattern.test(label));
      if (bad !== undefined) throw new KontorError("invalid_request", `"${bad}" is not a valid label: use up to 32 letters, digits, - and _`);
      if (labels.length > 20) throw new KontorError("invalid_request", "a conversation can have at most 20 labels");
      return { labels };
    });
  }

  /** A customer wrote: open (reopening a resolved or snoozed conversation) and remember when. */
  customerWrote(id: string, at: number, preview: string): Promise<Conversation> {
    return this.change(id, () => ({ status: "open", snoozedUntil: undefined, lastCustomerMessageAt: at, lastMessagePreview: preview }));
  }

  /** The business replied: waiting for the customer now; the first reply sets the first-response time. */
  businessWrote(id: string, at: number, preview: string): Promise<Conversation> {
    return this.change(id, (current) => ({
      status: current.status === "resolved" || current.status === "snoozed" ? current.status : "pending",
      lastBusinessMessageAt: at,
      firstResponseAt: current.firstResponseAt ?? at,
      lastMessagePreview: preview,
    }));
  }

  /** Ends the snoozes whose time has come; returns how many. */
  async wakeSnoozed(): Promise<Conversation[]> {
    const woken: Conversation[] = [];
    for (const due of this.#deps.conversations.dueSnoozes(this.#now())) {
      woken.push(await this.change(due.id, (current) => (current.status === "snoozed" ? { status: "open", snoozedUntil: undefined } : undefined)));
    }
    return woken;
  }
}
