import { LitElement, html, nothing, type TemplateResult } from "lit";
import { icons } from "../../components/icons.ts";
import type { CannedReply, StaffMember } from "../../api/business-management.ts";
import type { StaffConversation } from "../../api/conversations.ts";
import { initialsOf, toneOf } from "../../components/business-logo/initials.ts";
import { businessLogoStyles } from "../../components/business-logo/business-logo.styles.ts";
import "../../components/composer/composer.ts";
import type { Composer, ComposerAttachEvent, ComposerSendEvent, ComposerTypingEvent } from "../../components/composer/composer.ts";
import { customerName } from "../../components/inbox-list/inbox-list.ts";
import type { ConversationStatus, InboxFilter } from "../../conversations/inbox-filter.ts";
import { RoomTimelineController } from "../../conversations/room-timeline-controller.ts";
import { formatFullDateTime, userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import { paths } from "../../routing/routes.ts";
import type { StaffBusiness } from "../../session/session-store.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { conversationLog, editLastMessage } from "../conversation-log.ts";
import { conversationViewStyles } from "../conversation-view.styles.ts";
import "./canned-replies-dialog.ts";
import type { CannedReplyChosenEvent } from "./canned-replies-dialog.ts";
import "./customer-details.ts";
import "./snooze-dialog.ts";
import type { SnoozeChosenEvent } from "./snooze-dialog.ts";
import { StaffConversationController } from "./staff-conversation-controller.ts";
import { staffConversationStyles } from "./staff-conversation.styles.ts";
import { staffToolbar } from "./staff-toolbar.ts";


type RoomState = "waiting" | "joining" | "ready" | "failed";

const statusKeys: Record<ConversationStatus, AnyMessageKey> = { open: "statusOpen", pending: "statusPending", snoozed: "statusSnoozed", resolved: "statusResolved" };

/**
 * One conversation as staff see it: the customer, the staff room's
 * messages (replies reach the customer as the business; notes stay in the
 * team), and what to do with it: assign, resolve or reopen, snooze, label,
 * canned replies. Loading and the actions live in StaffConversationController.
 */
export class StaffConversationView extends LitElement {
  static override properties = {
    services: { attribute: false },
    runtime: { attribute: false },
    business: { attribute: false },
    conversationId: { type: String, attribute: "conversation-id" },
    filter: { attribute: false },
    staff: { attribute: false },
    cannedReplies: { attribute: false },
    room: { state: true },
    composeMode: { state: true },
    showDetails: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, formStyles, controlStyles, businessLogoStyles, conversationViewStyles, staffConversationStyles];

  declare services: SignedInServices | undefined;
  declare runtime: MatrixRuntime | undefined;
  declare business: StaffBusiness | undefined;
  declare conversationId: string;
  declare filter: InboxFilter | undefined;
  declare staff: readonly StaffMember[];
  declare cannedReplies: readonly CannedReply[];
  declare room: RoomState;
  declare composeMode: "reply" | "note";
  declare showDetails: boolean;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #timeline = new RoomTimelineController(this);
  readonly #conversation = new StaffConversationController(this, {
    source: () => ({ services: this.services, business: this.business, conversationId: this.conversationId }),
    t: (key, params) => this.#locale.t(key, params),
  });
  #loadedFor: string | undefined;
  #openedRoom: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.runtime = undefined;
    this.business = undefined;
    this.conversationId = "";
    this.filter = undefined;
    this.staff = [];
    this.cannedReplies = [];
    this.room = "waiting";
    this.composeMode = "reply";
    this.showDetails = false;
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("h1")?.focus();
  }

  override willUpdate(): void {
    if (this.services && this.business && this.conversationId && this.#loadedFor !== this.conversationId) {
      this.#loadedFor = this.conversationId;
      this.room = "waiting";
      this.#openedRoom = undefined;
      this.#timeline.close();
      this.#conversation.reload();
    }
    if (this.runtime) this.#conversation.follow(this.runtime);
    const roomId = this.#conversation.conversation?.staffRoomId;
    if (roomId && this.runtime && this.#openedRoom !== roomId) {
      this.#openedRoom = roomId;
      void this.#openRoom(this.runtime, roomId);
    }
  }

  async #openRoom(runtime: MatrixRuntime, roomId: string): Promise<void> {
    this.room = "joining";
    try {
      await runtime.joinRoom(roomId);
    } catch {
      if (this.#openedRoom === roomId) this.room = "failed";
      return;
    }
    if (this.#openedRoom !== roomId) return;
    const staffIds = new Set(this.staff.map((member) => member.userId));
    const businessUserId = this.business?.mxid ?? "";
    const me = runtime.userId;
    this.#timeline.open(runtime, roomId, {
      view: "staff",
      businessUserId,
      isStaff: (userId) => userId === me || staffIds.has(userId) || userId === businessUserId,
      isCounterpart: (userId) => userId !== me && !staffIds.has(userId) && userId !== businessUserId,
      youLabel: this.#locale.t("you"),
    });
    this.room = "ready";
  }

  get #composer(): Composer | null {
    return this.renderRoot.querySelector("kontor-composer");
  }

  async #snooze(event: SnoozeChosenEvent): Promise<void> {
    if (await this.#conversation.snooze(event.until)) this.renderRoot.querySelector("kontor-snooze-dialog")?.close();
  }

  #useCannedReply(event: CannedReplyChosenEvent): void {
    this.composeMode = "reply";
    this.#composer?.insertText(event.reply.body);
  }

  #staffName(userId: string): string {
    if (userId === this.runtime?.userId) return this.#locale.t("assigneeYou");
    const roomId = this.#conversation.conversation?.staffRoomId;
    return (roomId && this.runtime?.memberName(roomId, userId)) || userId;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.#conversation.loaded;
    const back = html`<a class="back icon-button" href=${paths.inbox(this.business?.slug ?? "", this.filter)} aria-label=${t("backToInbox")}>${icons.back}</a>`;
    if (loaded.state === "loading") {
      return html`<header class="pane-header">${back}<h1 tabindex="-1">${t("staffConversationLoading")}</h1></header>`;
    }
    if (loaded.state === "failed") {
      return html`<header class="pane-header">${back}<h1 tabindex="-1">${t("staffConversationFailedTitle")}</h1></header>
        <div class="notice error state" role="alert">
          <p>${t(loaded.key, loaded.params)}</p>
          <button class="button secondary small" type="button" @click=${() => void this.#conversation.load()}>${t("retry")}</button>
        </div>`;
    }
    const conversation = loaded.conversation;
    const name = customerName(conversation);
    const timeline = this.#timeline.timeline;
    return html`
      ${this.#renderHeader(conversation, name, back)} ${this.#renderTools(conversation)}
      ${this.room === "failed"
        ? html`<div class="notice error state" role="alert">
            <p>${t("staffRoomJoinFailed")}</p>
            <button class="button secondary small" type="button" @click=${() => this.runtime && conversation.staffRoomId && void this.#openRoom(this.runtime, conversation.staffRoomId)}>
              ${t("retry")}
            </button>
          </div>`
        : nothing}
      ${!conversation.staffRoomId ? html`<p class="state" role="status">${t("staffRoomMissing")}</p>` : nothing}
      ${this.room === "joining" ? html`<p class="state" role="status">${t("roomJoining")}</p>` : nothing}
      ${conversationLog(this.#timeline, {
        media: this.runtime?.media,
        now: this.#clock.now(),
        locale: this.#locale.locale,
        label: t("messagesWith", { name }),
        emptyText: t("staffConversationEmpty"),
        composer: () => this.#composer,
      })}
      ${this.runtime?.status === "reconnecting" ? html`<p class="connection" role="status">${t("connectionLost")}</p>` : nothing}
      <kontor-composer
        allow-notes
        .mode=${this.composeMode}
        .context=${this.#timeline.context}
        ?disabled=${!timeline}
        disabled-reason=${t("composerWaiting")}
        placeholder=${t(this.composeMode === "note" ? "composerPlaceholderNote" : "composerPlaceholderCustomer", { name })}
        @kontor-compose-mode=${(event: { mode: "reply" | "note" }) => (this.composeMode = event.mode)}
        @kontor-compose-send=${(event: ComposerSendEvent) => this.#timeline.send(event.text, { note: event.mode === "note" })}
        @kontor-compose-typing=${(event: ComposerTypingEvent) => timeline?.setTyping(event.typing)}
        @kontor-compose-attach=${(event: ComposerAttachEvent) => timeline?.sendFiles(event.files)}
        @kontor-compose-cancel=${() => this.#timeline.cancelContext()}
        @kontor-compose-edit-last=${() => editLastMessage(this.#timeline, this.#composer)}
      >
        <span class="compose-tools" slot="tools">
          ${conversation.status === "resolved" ? html`<span class="hint">${t("composerResolvedHint")}</span>` : nothing}
          <button
            class="text-button"
            type="button"
            aria-haspopup="dialog"
            aria-label=${t("cannedRepliesButton")}
            @click=${(event: Event) => void this.renderRoot.querySelector("kontor-canned-replies-dialog")?.open(event.currentTarget as HTMLElement)}
          >
            ${icons.chat}<span class="action-label">${t("cannedRepliesButton")}</span>
          </button>
        </span>
      </kontor-composer>
      <kontor-snooze-dialog ?busy=${this.#conversation.busy !== ""} @kontor-snooze-chosen=${(event: SnoozeChosenEvent) => void this.#snooze(event)}></kontor-snooze-dialog>
      <kontor-canned-replies-dialog
        .replies=${this.cannedReplies}
        .business=${this.business}
        @kontor-canned-reply-chosen=${(event: CannedReplyChosenEvent) => this.#useCannedReply(event)}
      ></kontor-canned-replies-dialog>
    `;
  }

  #renderHeader(conversation: StaffConversation, name: string, back: TemplateResult) {
    const t = this.#locale.t.bind(this.#locale);
    const busy = this.#conversation.busy !== "";
    return html`<header class="pane-header conversation-header">
      ${back}
      <span class="logo avatar tone-${toneOf(conversation.customer.userId)}" aria-hidden="true">${initialsOf(name)}</span>
      <div class="header-text">
        <h1 tabindex="-1">${name}</h1>
        <p class="header-detail">
          <span class="status status-${conversation.status}">${t(statusKeys[conversation.status])}</span>
          ${conversation.status === "snoozed" && conversation.snoozedUntil
            ? html`<span class="muted">${t("snoozedUntil", { time: formatFullDateTime(new Date(conversation.snoozedUntil), this.#locale.locale, userTimeZone()) })}</span>`
            : nothing}
          <span class="muted mxid">${conversation.customer.userId}</span>
        </p>
      </div>
      <div class="header-actions">
        ${conversation.status === "resolved"
          ? html`<button class="button secondary small" type="button" ?disabled=${busy} @click=${() => void this.#conversation.setStatus("open")}>${t("reopen")}</button>`
          : html`<button class="button primary small resolve" type="button" ?disabled=${busy} aria-label=${t("resolve")} @click=${() => void this.#conversation.setStatus("resolved")}>
              ${icons.check}<span class="action-label">${t("resolve")}</span>
            </button>`}
        <button
          class="button secondary small"
          type="button"
          ?disabled=${busy}
          aria-haspopup="dialog"
          aria-label=${t("snooze")}
          @click=${(event: Event) => void this.renderRoot.querySelector("kontor-snooze-dialog")?.open(event.currentTarget as HTMLElement)}
        >
          ${icons.clock}<span class="action-label">${t("snooze")}</span>
        </button>
      </div>
    </header>`;
  }

  #renderTools(conversation: StaffConversation) {
    const t = this.#locale.t.bind(this.#locale);
    const actions = this.#conversation;
    return html`${staffToolbar({
        conversation,
        actions,
        staffIds: this.staff.map((member) => member.userId),
        me: this.runtime?.userId ?? this.services?.session?.userId ?? "",
        staffName: (userId) => this.#staffName(userId),
        expanded: this.showDetails,
        toggleDetails: () => (this.showDetails = !this.showDetails),
        t,
      })}
      ${actions.actionProblem ? html`<p class="notice error action-problem" role="alert">${actions.actionProblem}</p>` : nothing}
      ${actions.busy ? html`<p class="visually-hidden" role="status">${t("saving")}</p>` : nothing}
      <section class="info" id="customer-details" ?hidden=${!this.showDetails} aria-label=${t("customerDetails")}>
        <kontor-customer-details .conversation=${conversation}></kontor-customer-details>
      </section>`;
  }
}
