import { html } from "lit";
import type { Composer } from "../components/composer/composer.ts";
import type { MessageActionEvent } from "../components/message-bubble/message-bubble.ts";
import "../components/message-log/message-log.ts";
import type { RoomTimelineController } from "../conversations/room-timeline-controller.ts";
import { userTimeZone } from "../i18n/relative-time.ts";
import type { MediaSource } from "../media/authenticated-media.ts";

/**
 * The message log both conversation views show (the customer's and the
 * staff's), and what its message actions do to the composer below it.
 */

export interface ConversationLogOptions {
  media: MediaSource | undefined;
  now: Date;
  locale: string;
  /** The log's accessible name ("Messages with …"). */
  label: string;
  emptyText: string;
  /** The composer that replies and edits go to. */
  composer: () => Composer | null;
}

/** Starts a reply or an edit (putting the text to edit into the composer), or retries or discards a message. */
export function actOnMessage(timeline: RoomTimelineController, composer: Composer | null, event: MessageActionEvent): void {
  const text = timeline.act(event.action, event.messageId);
  if (event.action === "edit" && text !== undefined) composer?.insertText(text, { replace: true });
  if (event.action === "reply") composer?.focus();
}

/** Arrow up in an empty composer: edits the newest own message that can be edited. */
export function editLastMessage(timeline: RoomTimelineController, composer: Composer | null): void {
  const item = timeline.lastEditable();
  if (!item) return;
  const text = timeline.act("edit", item.id);
  if (text !== undefined) composer?.insertText(text, { replace: true });
}

/** The log of the open room, or an empty space for it while the room is not open yet. */
export function conversationLog(controller: RoomTimelineController, options: ConversationLogOptions) {
  const timeline = controller.timeline;
  if (!timeline) return html`<div class="log"></div>`;
  return html`<kontor-message-log
    class="log"
    .items=${timeline.items}
    .uploads=${timeline.uploads}
    .typing=${timeline.typing}
    .media=${options.media}
    .now=${options.now}
    locale=${options.locale}
    time-zone=${userTimeZone()}
    ?can-load-older=${timeline.canLoadOlder}
    ?loading-older=${timeline.loadingOlder}
    label=${options.label}
    empty-text=${options.emptyText}
    @kontor-load-older=${() => void timeline.loadOlder()}
    @kontor-message-action=${(event: MessageActionEvent) => actOnMessage(controller, options.composer(), event)}
  ></kontor-message-log>`;
}
