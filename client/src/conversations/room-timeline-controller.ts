import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ComposerContext } from "../components/composer/composer.ts";
import type { MatrixRuntime, RoomTimeline, RoomViewOptions } from "../matrix/runtime-types.ts";
import { previewText, type TimelineItem } from "./timeline.ts";

/**
 * Connects a conversation view to a room's live timeline: re-renders on
 * every change, keeps the reply or edit being composed, sends read receipts
 * while the conversation is on screen, and lets go of the room when the
 * view goes away.
 */
export class RoomTimelineController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timeline: RoomTimeline | undefined;
  #unsubscribe: (() => void) | undefined;
  #roomId: string | undefined;
  /** What the composer quotes: the message being answered or edited. */
  context: (ComposerContext & { eventId: string }) | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get timeline(): RoomTimeline | undefined {
    return this.#timeline;
  }

  get roomId(): string | undefined {
    return this.#roomId;
  }

  get items(): readonly TimelineItem[] {
    return this.#timeline?.items ?? [];
  }

  open(runtime: MatrixRuntime, roomId: string, options: RoomViewOptions): void {
    if (this.#roomId === roomId && this.#timeline) return;
    this.close();
    this.#roomId = roomId;
    this.#timeline = runtime.timeline(roomId, options);
    this.#unsubscribe = this.#timeline.subscribe(() => {
      this.#host.requestUpdate();
      this.#markReadIfSeen();
    });
    this.#markReadIfSeen();
    this.#host.requestUpdate();
  }

  close(): void {
    this.#unsubscribe?.();
    this.#timeline?.dispose();
    this.#unsubscribe = undefined;
    this.#timeline = undefined;
    this.#roomId = undefined;
    this.context = null;
  }

  /** Starts answering or editing a message; returns the text to put into the composer for an edit. */
  act(action: "reply" | "edit" | "retry" | "discard", id: string): string | undefined {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item) return undefined;
    switch (action) {
      case "reply":
        this.context = { kind: "reply", author: item.author, text: previewText(item), eventId: item.id };
        break;
      case "edit":
        if (!item.editable) return undefined;
        this.context = { kind: "edit", author: item.author, text: previewText(item), eventId: item.id };
        this.#host.requestUpdate();
        return item.body;
      case "retry":
        this.#timeline?.retry(id);
        break;
      case "discard":
        this.#timeline?.discard(id);
        break;
    }
    this.#host.requestUpdate();
    return undefined;
  }

  /** The newest own message that can be edited (arrow up in an empty composer). */
  lastEditable(): TimelineItem | undefined {
    return [...this.items].reverse().find((item) => item.editable);
  }

  cancelContext(): void {
    this.context = null;
    this.#host.requestUpdate();
  }

  send(text: string, options: { note?: boolean } = {}): void {
    const timeline = this.#timeline;
    if (!timeline) return;
    const context = this.context;
    if (context?.kind === "edit") timeline.edit(context.eventId, text);
    else timeline.sendText(text, { replyTo: context?.kind === "reply" ? context.eventId : undefined, note: options.note });
    this.context = null;
    this.#host.requestUpdate();
  }

  /** A conversation on screen counts as read (a window beside another one is still being looked at). */
  #markReadIfSeen = (): void => {
    if (typeof document === "undefined") return;
    if (document.visibilityState === "visible") this.#timeline?.markRead();
  };

  hostConnected(): void {
    document.addEventListener("visibilitychange", this.#markReadIfSeen);
    window.addEventListener("focus", this.#markReadIfSeen);
  }

  hostDisconnected(): void {
    document.removeEventListener("visibilitychange", this.#markReadIfSeen);
    window.removeEventListener("focus", this.#markReadIfSeen);
    this.close();
  }
}
