import type { ReactiveController, ReactiveControllerHost } from "lit";
import { changeConversation, fetchStaffConversation, type ConversationChange, type StaffConversation } from "../../api/conversations.ts";
import { errorMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import type { AnyMessageKey, Translate } from "../../i18n/signed-in-locale-controller.ts";
import type { MessageParams } from "../../i18n/messages.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import type { StaffBusiness } from "../../session/session-store.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { ConversationChangedEvent } from "./conversation-changed-event.ts";

export type LoadedConversation = { state: "loading" } | { state: "ready"; conversation: StaffConversation } | { state: "failed"; key: AnyMessageKey; params?: MessageParams };

/** What is being saved, so the matching controls wait: "assign", "status", "snooze", "labels". */
export type BusyWith = "" | "assign" | "status" | "snooze" | "labels";

export interface StaffConversationSource {
  services: SignedInServices | undefined;
  business: StaffBusiness | undefined;
  conversationId: string;
}

const refreshThrottleMs = 3_000;

/** What a label typed into the label field is: without spaces around it or a leading "#". */
export function labelFromInput(value: string): string {
  return value.trim().replace(/^#/, "");
}

/**
 * One conversation as staff work on it, without the DOM: loads it, follows
 * changes others make, and carries out the staff actions (assign, resolve
 * or reopen, snooze, labels), telling the inbox about each change.
 */
export class StaffConversationController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #source: () => StaffConversationSource;
  readonly #t: Translate;
  loaded: LoadedConversation = { state: "loading" };
  busy: BusyWith = "";
  /** Why the last action failed, for the person to read. */
  actionProblem = "";
  #unsubscribe: (() => void) | undefined;
  #subscribedTo: MatrixRuntime | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRefresh = 0;

  constructor(host: ReactiveControllerHost & EventTarget, options: { source: () => StaffConversationSource; t: Translate }) {
    this.#host = host;
    this.#source = options.source;
    this.#t = options.t;
    host.addController(this);
  }

  /** Resolves once the host has rendered the latest change (a control enabled again, say). */
  async rendered(): Promise<void> {
    await this.#host.updateComplete;
  }

  get conversation(): StaffConversation | undefined {
    return this.loaded.state === "ready" ? this.loaded.conversation : undefined;
  }

  /** Forgets the conversation shown before and loads the one now asked for. */
  reload(): void {
    this.loaded = { state: "loading" };
    this.actionProblem = "";
    this.#host.requestUpdate();
    void this.load();
  }

  async load(quiet = false): Promise<void> {
    const { services, business, conversationId: id } = this.#source();
    if (!services || !business) return;
    this.#lastRefresh = Date.now();
    try {
      const conversation = await fetchStaffConversation(business.slug, id, services.api);
      if (id === this.#source().conversationId) this.#set({ state: "ready", conversation });
    } catch (error) {
      if (quiet || id !== this.#source().conversationId) return;
      if (error instanceof ApiError && error.failure.kind === "not-found") this.#set({ state: "failed", key: "staffConversationNotFound" });
      else {
        const message = errorMessage(error);
        this.#set({ state: "failed", key: message.key, params: message.params });
      }
    }
  }

  /** Follows the Matrix sync: events in the staff room may mean the conversation changed. */
  follow(runtime: MatrixRuntime): void {
    if (this.#subscribedTo === runtime) return;
    this.#unsubscribe?.();
    this.#subscribedTo = runtime;
    this.#unsubscribe = runtime.subscribe(() => this.#scheduleRefresh());
  }

  /** Someone else may change the conversation (a colleague, a `!command`): follow along, but calmly. */
  #scheduleRefresh(): void {
    this.#host.requestUpdate();
    if (this.#refreshTimer || this.loaded.state !== "ready") return;
    const wait = Math.max(0, this.#lastRefresh + refreshThrottleMs - Date.now());
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      void this.load(true);
    }, wait);
  }

  #set(loaded: LoadedConversation): void {
    this.loaded = loaded;
    this.#host.requestUpdate();
  }

  /** Saves a change; resolves with whether it was saved (if not, `actionProblem` says why). */
  async change(change: ConversationChange, busy: Exclude<BusyWith, "">): Promise<boolean> {
    const { services, business } = this.#source();
    if (!services || !business || this.loaded.state !== "ready") return false;
    this.busy = busy;
    this.actionProblem = "";
    this.#host.requestUpdate();
    try {
      const conversation = await changeConversation(business.slug, this.loaded.conversation.id, change, services.api);
      this.#set({ state: "ready", conversation });
      this.#host.dispatchEvent(new ConversationChangedEvent(conversation));
      return true;
    } catch (error) {
      const message = errorMessage(error);
      this.actionProblem = error instanceof ApiError && error.failure.kind === "invalid" ? error.failure.message : this.#t(message.key, message.params);
      return false;
    } finally {
      this.busy = "";
      this.#host.requestUpdate();
    }
  }

  assign(userId: string | null): Promise<boolean> {
    return this.change({ assignee: userId }, "assign");
  }

  setStatus(status: "open" | "resolved"): Promise<boolean> {
    return this.change({ status }, "status");
  }

  snooze(until: Date): Promise<boolean> {
    return this.change({ status: "snoozed", snoozed_until: until.toISOString() }, "snooze");
  }

  /** Adds a label; resolves with whether the field can be emptied (added, or there already). */
  async addLabel(input: string): Promise<boolean> {
    const conversation = this.conversation;
    const label = labelFromInput(input);
    if (!conversation || !label) return false;
    if (conversation.labels.includes(label)) return true;
    return this.change({ labels: [...conversation.labels, label] }, "labels");
  }

  removeLabel(label: string): Promise<boolean> {
    const conversation = this.conversation;
    if (!conversation) return Promise.resolve(false);
    return this.change({ labels: conversation.labels.filter((existing) => existing !== label) }, "labels");
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }
}
