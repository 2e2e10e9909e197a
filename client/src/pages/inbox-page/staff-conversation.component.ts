import { LitElement, html, nothing } from "lit";
import { icons } from "../../components/icons.ts";
import type { CannedReply, StaffMember } from "../../api/business-management.ts";
import { changeConversation, fetchStaffConversation, type ConversationChange, type StaffConversation } from "../../api/conversations.ts";
import { failureMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { initialsOf, toneOf } from "../../components/business-logo/initials.ts";
import { businessLogoStyles } from "../../components/business-logo/business-logo.styles.ts";
import "../../components/composer/composer.ts";
import type { Composer, ComposerAttachEvent, ComposerSendEvent, ComposerTypingEvent } from "../../components/composer/composer.ts";
import { customerName } from "../../components/inbox-list/inbox-list.ts";
import type { MessageActionEvent } from "../../components/message-bubble/message-bubble.ts";
import "../../components/message-log/message-log.ts";
import type { ConversationStatus } from "../../conversations/inbox-filter.ts";
import { RoomTimelineController } from "../../conversations/room-timeline-controller.ts";
import { parseCustomSnooze, snoozePresets, snoozeUntil, toDateTimeLocal, type SnoozePreset } from "../../conversations/snooze.ts";
import { formatFullDateTime, formatRelativeTime, userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import type { MessageParams } from "../../i18n/messages.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import { paths } from "../../routing/routes.ts";
import type { StaffBusiness } from "../../session/session-store.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, dialogStyles, formStyles } from "../../styles/form-styles.ts";
import { conversationViewStyles } from "../conversation-view.styles.ts";
import type { InboxFilter } from "../../conversations/inbox-filter.ts";
import { staffConversationStyles } from "./staff-conversation.styles.ts";

/** Tells the inbox that a conversation changed (status, assignee, labels), so the list follows. */
export class ConversationChangedEvent extends Event {
  static readonly eventName = "kontor-conversation-changed";
  readonly conversation: StaffConversation;

  constructor(conversation: StaffConversation) {
    super(ConversationChangedEvent.eventName, { bubbles: true, composed: true });
    this.conversation = conversation;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-conversation-changed": ConversationChangedEvent;
  }
}

type Loaded = { state: "loading" } | { state: "ready"; conversation: StaffConversation } | { state: "failed"; key: AnyMessageKey; params?: MessageParams };
type RoomState = "waiting" | "joining" | "ready" | "failed";

const statusKeys: Record<ConversationStatus, AnyMessageKey> = { open: "statusOpen", pending: "statusPending", snoozed: "statusSnoozed", resolved: "statusResolved" };
const presetKeys: Record<SnoozePreset, AnyMessageKey> = { "one-hour": "snoozeOneHour", tomorrow: "snoozeTomorrow", "next-monday": "snoozeNextMonday" };
const refreshThrottleMs = 3_000;

/**
 * One conversation as staff see it: the customer, the staff room's
 * messages (replies reach the customer as the business; notes stay in the
 * team), and what to do with it: assign, resolve or reopen, snooze, label,
 * canned replies.
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
    loaded: { state: true },
    room: { state: true },
    busy: { state: true },
    actionProblem: { state: true },
    snoozeProblem: { state: true },
    cannedQuery: { state: true },
    composeMode: { state: true },
    showDetails: { state: true },
  };

  static override styles = [
    ...sharedStyles,
    buttonStyles,
    noticeStyles,
    formStyles,
    controlStyles,
    dialogStyles,
    businessLogoStyles,
    conversationViewStyles,
    staffConversationStyles,
  ];

  declare services: SignedInServices | undefined;
  declare runtime: MatrixRuntime | undefined;
  declare business: StaffBusiness | undefined;
  declare conversationId: string;
  declare filter: InboxFilter | undefined;
  declare staff: readonly StaffMember[];
  declare cannedReplies: readonly CannedReply[];
  declare loaded: Loaded;
  declare room: RoomState;
  declare busy: string;
  declare actionProblem: string;
  declare snoozeProblem: string;
  declare cannedQuery: string;
  declare composeMode: "reply" | "note";
  declare showDetails: boolean;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #timeline = new RoomTimelineController(this);
  #loadedFor: string | undefined;
  #openedRoom: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #subscribedTo: MatrixRuntime | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRefresh = 0;
  #dialogOpener: HTMLElement | null = null;

  constructor() {
    super();
    this.services = undefined;
    this.runtime = undefined;
    this.business = undefined;
    this.conversationId = "";
    this.filter = undefined;
    this.staff = [];
    this.cannedReplies = [];
    this.loaded = { state: "loading" };
    this.room = "waiting";
    this.busy = "";
    this.actionProblem = "";
    this.snoozeProblem = "";
    this.cannedQuery = "";
    this.composeMode = "reply";
    this.showDetails = false;
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("h1")?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }

  override willUpdate(): void {
    if (this.services && this.business && this.conversationId && this.#loadedFor !== this.conversationId) {
      this.#loadedFor = this.conversationId;
      this.loaded = { state: "loading" };
      this.room = "waiting";
      this.actionProblem = "";
      this.#openedRoom = undefined;
      this.#timeline.close();
      void this.#load();
    }
    if (this.runtime && this.#subscribedTo !== this.runtime) {
      this.#unsubscribe?.();
      this.#subscribedTo = this.runtime;
      this.#unsubscribe = this.runtime.subscribe(() => this.#scheduleRefresh());
    }
    const loaded = this.loaded;
    if (loaded.state === "ready" && loaded.conversation.staffRoomId && this.runtime && this.#openedRoom !== loaded.conversation.staffRoomId) {
      this.#openedRoom = loaded.conversation.staffRoomId;
      void this.#openRoom(this.runtime, loaded.conversation.staffRoomId);
    }
  }

  async #load(quiet = false): Promise<void> {
    const services = this.services;
    const business = this.business;
    if (!services || !business) return;
    const id = this.conversationId;
    this.#lastRefresh = Date.now();
    try {
      const conversation = await fetchStaffConversation(business.slug, id, services.api);
      if (id === this.conversationId) this.loaded = { state: "ready", conversation };
    } catch (error) {
      if (quiet || id !== this.conversationId) return;
      if (error instanceof ApiError && error.failure.kind === "not-found") this.loaded = { state: "failed", key: "staffConversationNotFound" };
      else {
        const message = error instanceof ApiError ? failureMessage(error.failure) : { key: "failureNetwork" as const, params: undefined };
        this.loaded = { state: "failed", key: message.key, params: message.params };
      }
    }
  }

  /** Someone else may change the conversation (a colleague, a `!command`): follow along, but calmly. */
  #scheduleRefresh(): void {
    this.requestUpdate();
    if (this.#refreshTimer || this.loaded.state !== "ready") return;
    const wait = Math.max(0, this.#lastRefresh + refreshThrottleMs - Date.now());
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      void this.#load(true);
    }, wait);
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

  async #change(change: ConversationChange, busy: string): Promise<boolean> {
    const services = this.services;
    const business = this.business;
    if (!services || !business || this.loaded.state !== "ready") return false;
    this.busy = busy;
    this.actionProblem = "";
    try {
      const conversation = await changeConversation(business.slug, this.loaded.conversation.id, change, services.api);
      this.loaded = { state: "ready", conversation };
      this.dispatchEvent(new ConversationChangedEvent(conversation));
      return true;
    } catch (error) {
      const message = error instanceof ApiError ? failureMessage(error.failure) : { key: "failureNetwork" as const, params: undefined };
      this.actionProblem = error instanceof ApiError && error.failure.kind === "invalid" ? error.failure.message : this.#locale.t(message.key, message.params);
      return false;
    } finally {
      this.busy = "";
    }
  }

  get #composer(): Composer | null {
    return this.renderRoot.querySelector("kontor-composer");
  }

  #dialog(id: string): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`);
  }

  #openDialog(id: string, event: Event): void {
    this.#dialogOpener = event.currentTarget as HTMLElement;
    this.snoozeProblem = "";
    this.cannedQuery = "";
    this.#dialog(id)?.showModal();
  }

  #closeDialog(id: string): void {
    this.#dialog(id)?.close();
  }

  #onDialogClose(): void {
    // Focus goes back to the button that opened the dialog.
    this.#dialogOpener?.focus();
    this.#dialogOpener = null;
  }

  async #snooze(until: Date): Promise<void> {
    const done = await this.#change({ status: "snoozed", snoozed_until: until.toISOString() }, "snooze");
    if (done) this.#closeDialog("snooze-dialog");
  }

  #snoozeCustom(event: SubmitEvent): void {
    event.preventDefault();
    const value = this.renderRoot.querySelector<HTMLInputElement>("#snooze-custom")?.value ?? "";
    const parsed = parseCustomSnooze(value, new Date());
    if (!parsed.ok) {
      this.snoozeProblem = this.#locale.t(parsed.problem === "past" ? "snoozePast" : "snoozeInvalid");
      return;
    }
    void this.#snooze(parsed.until);
  }

  #addLabel(event: SubmitEvent): void {
    event.preventDefault();
    if (this.loaded.state !== "ready") return;
    const input = this.renderRoot.querySelector<HTMLInputElement>("#new-label");
    const label = (input?.value ?? "").trim().replace(/^#/, "");
    if (!label) return;
    const labels = this.loaded.conversation.labels;
    if (labels.includes(label)) {
      if (input) input.value = "";
      return;
    }
    void this.#change({ labels: [...labels, label] }, "labels").then((done) => {
      if (done && input) input.value = "";
    });
  }

  #removeLabel(label: string): void {
    if (this.loaded.state !== "ready") return;
    void this.#change({ labels: this.loaded.conversation.labels.filter((existing) => existing !== label) }, "labels").then(() =>
      this.renderRoot.querySelector<HTMLInputElement>("#new-label")?.focus(),
    );
  }

  #useCannedReply(reply: CannedReply): void {
    this.#closeDialog("canned-dialog");
    this.composeMode = "reply";
    this.#composer?.insertText(reply.body);
  }

  #onAction(event: MessageActionEvent): void {
    const text = this.#timeline.act(event.action, event.messageId);
    if (event.action === "edit" && text !== undefined) this.#composer?.insertText(text, { replace: true });
    if (event.action === "reply") this.#composer?.focus();
  }

  #onEditLast(): void {
    const item = this.#timeline.lastEditable();
    if (!item) return;
    const text = this.#timeline.act("edit", item.id);
    if (text !== undefined) this.#composer?.insertText(text, { replace: true });
  }

  #staffName(userId: string): string {
    if (userId === this.runtime?.userId) return this.#locale.t("assigneeYou");
    const roomId = this.loaded.state === "ready" ? this.loaded.conversation.staffRoomId : null;
    return (roomId && this.runtime?.memberName(roomId, userId)) || userId;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.loaded;
    const back = html`<a class="back icon-button" href=${paths.inbox(this.business?.slug ?? "", this.filter)} aria-label=${t("backToInbox")}>${icons.back}</a>`;
    if (loaded.state === "loading") {
      return html`<header class="pane-header">${back}<h1 tabindex="-1">${t("staffConversationLoading")}</h1></header>`;
    }
    if (loaded.state === "failed") {
      return html`<header class="pane-header">${back}<h1 tabindex="-1">${t("staffConversationFailedTitle")}</h1></header>
        <div class="notice error state" role="alert">
          <p>${t(loaded.key, loaded.params)}</p>
          <button class="button secondary small" type="button" @click=${() => void this.#load()}>${t("retry")}</button>
        </div>`;
    }
    const conversation = loaded.conversation;
    const name = customerName(conversation);
    const timeline = this.#timeline.timeline;
    return html`
      <header class="pane-header conversation-header">
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
            ? html`<button class="button secondary small" type="button" ?disabled=${this.busy !== ""} @click=${() => void this.#change({ status: "open" }, "status")}>${t("reopen")}</button>`
            : html`<button class="button primary small resolve" type="button" ?disabled=${this.busy !== ""} aria-label=${t("resolve")} @click=${() => void this.#change({ status: "resolved" }, "status")}>
                ${icons.check}<span class="action-label">${t("resolve")}</span>
              </button>`}
          <button
            class="button secondary small"
            type="button"
            ?disabled=${this.busy !== ""}
            aria-haspopup="dialog"
            aria-label=${t("snooze")}
            @click=${(event: Event) => this.#openDialog("snooze-dialog", event)}
          >
            ${icons.clock}<span class="action-label">${t("snooze")}</span>
          </button>
        </div>
      </header>
      ${this.#renderToolbar(conversation)}
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
      ${timeline
        ? html`<kontor-message-log
            class="log"
            .items=${timeline.items}
            .uploads=${timeline.uploads}
            .typing=${timeline.typing}
            .media=${this.runtime?.media}
            .now=${this.#clock.now()}
            locale=${this.#locale.locale}
            time-zone=${userTimeZone()}
            ?can-load-older=${timeline.canLoadOlder}
            ?loading-older=${timeline.loadingOlder}
            label=${t("messagesWith", { name })}
            empty-text=${t("staffConversationEmpty")}
            @kontor-load-older=${() => void timeline.loadOlder()}
            @kontor-message-action=${(event: MessageActionEvent) => this.#onAction(event)}
          ></kontor-message-log>`
        : html`<div class="log"></div>`}
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
        @kontor-compose-edit-last=${() => this.#onEditLast()}
      >
        <span class="compose-tools" slot="tools">
          ${conversation.status === "resolved" ? html`<span class="hint">${t("composerResolvedHint")}</span>` : nothing}
          <button class="text-button" type="button" aria-haspopup="dialog" aria-label=${t("cannedRepliesButton")} @click=${(event: Event) => this.#openDialog("canned-dialog", event)}>
            ${icons.chat}<span class="action-label">${t("cannedRepliesButton")}</span>
          </button>
        </span>
      </kontor-composer>
      ${this.#renderSnoozeDialog()} ${this.#renderCannedDialog()}
    `;
  }

  #renderToolbar(conversation: StaffConversation) {
    const t = this.#locale.t.bind(this.#locale);
    const me = this.runtime?.userId ?? this.services?.session?.userId ?? "";
    const assignees = new Set([...this.staff.map((member) => member.userId), ...(conversation.assignee ? [conversation.assignee] : [])]);
    const locale = this.#locale.locale;
    const zone = userTimeZone();
    const time = (value: string | null) =>
      value ? html`<time datetime=${value} title=${formatFullDateTime(new Date(value), locale, zone)}>${formatRelativeTime(new Date(value), this.#clock.now(), locale, zone)}</time>` : t("never");
    return html`<div class="toolbar ${this.showDetails ? "expanded" : ""}" role="toolbar" aria-label=${t("conversationActions")}>
        <div class="tool assign">
          <label for="assignee">${t("assigneeLabel")}</label>
          <select
            id="assignee"
            ?disabled=${this.busy !== ""}
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              void this.#change({ assignee: value === "" ? null : value }, "assign");
            }}
          >
            <option value="" ?selected=${!conversation.assignee}>${t("assigneeNobody")}</option>
            ${[...assignees].map((userId) => html`<option value=${userId} ?selected=${conversation.assignee === userId}>${this.#staffName(userId)}</option>`)}
          </select>
          ${conversation.assignee !== me && me
            ? html`<button class="button secondary small" type="button" ?disabled=${this.busy !== ""} @click=${() => void this.#change({ assignee: me }, "assign")}>${t("assignToMe")}</button>`
            : nothing}
        </div>
        <div class="tool labels">
          <span class="label" id="labels-label">${t("labelsLabel")}</span>
          <ul class="label-list" aria-labelledby="labels-label">
            ${conversation.labels.map(
              (label) => html`<li class="chip">
                #${label}
                <button class="chip-remove" type="button" aria-label=${t("labelRemove", { label })} ?disabled=${this.busy !== ""} @click=${() => this.#removeLabel(label)}>
                  ${icons.close}
                </button>
              </li>`,
            )}
          </ul>
          <form class="label-form" @submit=${(event: SubmitEvent) => this.#addLabel(event)}>
            <label class="visually-hidden" for="new-label">${t("labelAdd")}</label>
            <input id="new-label" type="text" maxlength="32" placeholder=${t("labelAddPlaceholder")} ?disabled=${this.busy !== ""} />
          </form>
        </div>
        <button class="text-button details-toggle" type="button" aria-expanded=${this.showDetails ? "true" : "false"} aria-controls="customer-details" @click=${() => (this.showDetails = !this.showDetails)}>
          ${icons.info} <span class="details-wide">${t("customerDetails")}</span><span class="details-narrow">${t("detailsAndActions")}</span>
        </button>
      </div>
      ${this.actionProblem ? html`<p class="notice error action-problem" role="alert">${this.actionProblem}</p>` : nothing}
      ${this.busy ? html`<p class="visually-hidden" role="status">${t("saving")}</p>` : nothing}
      <section class="info" id="customer-details" ?hidden=${!this.showDetails} aria-label=${t("customerDetails")}>
        <dl>
          <div><dt>${t("customerName")}</dt><dd>${conversation.customer.name ?? "—"}</dd></div>
          <div><dt>${t("customerMatrixId")}</dt><dd class="mxid">${conversation.customer.userId}</dd></div>
          <div><dt>${t("conversationStarted")}</dt><dd>${time(conversation.createdAt)}</dd></div>
          <div><dt>${t("conversationFirstResponse")}</dt><dd>${time(conversation.firstResponseAt)}</dd></div>
          <div><dt>${t("conversationLastCustomer")}</dt><dd>${time(conversation.lastCustomerMessageAt)}</dd></div>
          <div><dt>${t("conversationOrigin")}</dt><dd>${t(conversation.origin === "api" ? "originWeb" : "originMatrix")}</dd></div>
        </dl>
      </section>`;
  }

  #renderSnoozeDialog() {
    const t = this.#locale.t.bind(this.#locale);
    const now = this.#clock.now();
    const locale = this.#locale.locale;
    const zone = userTimeZone();
    return html`<dialog id="snooze-dialog" aria-labelledby="snooze-title" @close=${() => this.#onDialogClose()}>
      <h2 id="snooze-title">${t("snoozeTitle")}</h2>
      <p class="hint">${t("snoozeHint")}</p>
      <ul class="presets">
        ${snoozePresets.map((preset) => {
          const until = snoozeUntil(preset, now);
          return html`<li>
            <button class="button secondary preset" type="button" ?disabled=${this.busy !== ""} @click=${() => void this.#snooze(until)}>
              <span>${t(presetKeys[preset])}</span>
              <span class="preset-time">${formatFullDateTime(until, locale, zone)}</span>
            </button>
          </li>`;
        })}
      </ul>
      <form class="custom" @submit=${(event: SubmitEvent) => this.#snoozeCustom(event)}>
        <div class="field">
          <label for="snooze-custom">${t("snoozeCustom")}</label>
          <input
            id="snooze-custom"
            type="datetime-local"
            min=${toDateTimeLocal(now)}
            .value=${toDateTimeLocal(snoozeUntil("tomorrow", now))}
            aria-invalid=${this.snoozeProblem ? "true" : "false"}
            aria-describedby=${this.snoozeProblem ? "snooze-problem" : nothing}
          />
          ${this.snoozeProblem ? html`<p class="field-error" id="snooze-problem" role="alert">${this.snoozeProblem}</p>` : nothing}
        </div>
        <div class="dialog-actions">
          <button class="button secondary" type="button" @click=${() => this.#closeDialog("snooze-dialog")}>${t("cancel")}</button>
          <button class="button primary" type="submit" ?disabled=${this.busy !== ""}>${t("snoozeSubmit")}</button>
        </div>
      </form>
    </dialog>`;
  }

  #renderCannedDialog() {
    const t = this.#locale.t.bind(this.#locale);
    const query = this.cannedQuery.trim().toLocaleLowerCase();
    const replies = this.cannedReplies.filter((reply) => !query || `${reply.title} ${reply.body}`.toLocaleLowerCase().includes(query));
    const owner = this.business?.role === "owner";
    return html`<dialog id="canned-dialog" aria-labelledby="canned-title" @close=${() => this.#onDialogClose()}>
      <h2 id="canned-title">${t("cannedRepliesTitle")}</h2>
      ${this.cannedReplies.length === 0
        ? html`<p>${t(owner ? "cannedRepliesNoneOwner" : "cannedRepliesNone")}</p>
            ${owner && this.business ? html`<p><a href=${paths.businessSettings(this.business.slug)}>${t("cannedRepliesManage")}</a></p>` : nothing}`
        : html`<div class="field">
              <label for="canned-search">${t("cannedRepliesSearch")}</label>
              <input id="canned-search" type="search" .value=${this.cannedQuery} @input=${(event: Event) => (this.cannedQuery = (event.target as HTMLInputElement).value)} />
            </div>
            <ul class="canned-list">
              ${replies.map(
                (reply) => html`<li>
                  <button class="canned" type="button" @click=${() => this.#useCannedReply(reply)}>
                    <span class="canned-title">${reply.title}</span>
                    <span class="canned-body">${reply.body}</span>
                  </button>
                </li>`,
              )}
            </ul>
            ${replies.length === 0 ? html`<p class="hint">${t("cannedRepliesNoMatch")}</p>` : nothing}`}
      <div class="dialog-actions">
        <button class="button secondary" type="button" @click=${() => this.#closeDialog("canned-dialog")}>${t("close")}</button>
      </div>
    </dialog>`;
  }
}
