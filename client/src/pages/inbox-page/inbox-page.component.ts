import { LitElement, html, nothing } from "lit";
import { icons } from "../../components/icons.ts";
import { fetchCannedReplies, fetchStaff, type CannedReply, type StaffMember } from "../../api/business-management.ts";
import { emptyCounts, fetchInbox, type InboxCounts, type StaffConversation } from "../../api/conversations.ts";
import { errorMessage } from "../../api/failure-message.ts";
import { NavigationRequestEvent } from "../../app/app-events.ts";
import "../../components/inbox-list/inbox-list.ts";
import type { InboxEntry } from "../../components/inbox-list/inbox-list.ts";
import { defaultInboxFilter, type InboxFilter } from "../../conversations/inbox-filter.ts";
import { userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import { paths } from "../../routing/routes.ts";
import type { StaffBusiness } from "../../session/session-store.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { splitLayoutStyles } from "../../styles/split-layout.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { inboxPageStyles } from "./inbox-page.styles.ts";
import "./staff-conversation.ts";
import type { ConversationChangedEvent, StaffConversationView } from "./staff-conversation.ts";

type ListState =
  | { state: "loading" }
  | { state: "ready"; conversations: StaffConversation[]; counts: InboxCounts; nextCursor: string | null }
  | { state: "failed"; error: unknown; counts: InboxCounts };

const pollMs = 15_000;
const refreshThrottleMs = 2_000;

/**
 * `/inbox/:slug` and `/inbox/:slug/:conversationId`: a business's shared
 * inbox. The list follows the Matrix sync (a new message refreshes it) and
 * polls besides, since status changes by colleagues arrive only through the API.
 */
export class InboxPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    conversationId: { type: String, attribute: "conversation-id" },
    filter: { attribute: false },
    list: { state: true },
    runtime: { state: true },
    staff: { state: true },
    cannedReplies: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, formStyles, controlStyles, splitLayoutStyles, inboxPageStyles];

  declare services: SignedInServices | undefined;
  declare slug: string | undefined;
  declare conversationId: string | undefined;
  declare filter: InboxFilter;
  declare list: ListState;
  declare runtime: MatrixRuntime | undefined;
  declare staff: readonly StaffMember[];
  declare cannedReplies: readonly CannedReply[];
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #page = new PageController(this, () => this.#title());
  #loadedKey: string | undefined;
  #detailsFor: string | undefined;
  #runtimeRequested = false;
  #unsubscribe: (() => void) | undefined;
  #poll: ReturnType<typeof setInterval> | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRefresh = 0;
  #request = 0;

  constructor() {
    super();
    this.services = undefined;
    this.slug = undefined;
    this.conversationId = undefined;
    this.filter = defaultInboxFilter;
    this.list = { state: "loading" };
    this.runtime = undefined;
    this.staff = [];
    this.cannedReplies = [];
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<StaffConversationView>("kontor-staff-conversation");
    if (view && this.conversationId) await view.focusHeading();
    else await this.#page.focusHeading();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#poll = setInterval(() => {
      if (document.visibilityState === "visible") void this.#refresh();
    }, pollMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#poll);
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#runtimeRequested = false;
    this.#loadedKey = undefined;
  }

  get #business(): StaffBusiness | undefined {
    return this.services?.session?.businesses.find((business) => business.slug === this.slug);
  }

  override willUpdate(): void {
    const services = this.services;
    if (!services?.session) return;
    if (this.slug === undefined) {
      // `/inbox` on its own: one business goes straight to its inbox.
      const businesses = services.session.businesses;
      if (businesses.length === 1 && businesses[0]) this.dispatchEvent(new NavigationRequestEvent(paths.inbox(businesses[0].slug), { replace: true }));
      return;
    }
    if (!this.#business) return;
    if (!this.#runtimeRequested) {
      this.#runtimeRequested = true;
      services.matrix().then(
        (runtime) => {
          this.runtime = runtime;
          this.#unsubscribe = runtime.subscribe(() => {
            this.requestUpdate();
            this.#scheduleRefresh();
          });
        },
        () => undefined,
      );
    }
    const key = `${this.slug}|${this.filter.status}|${this.filter.assignee}`;
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      const counts = this.list.state === "loading" ? emptyCounts : this.list.counts;
      this.list = { state: "loading" };
      void this.#refresh(counts);
    }
    if (this.#detailsFor !== this.slug) {
      this.#detailsFor = this.slug;
      const slug = this.slug;
      fetchStaff(slug, services.api).then((staff) => slug === this.slug && (this.staff = staff), () => undefined);
      fetchCannedReplies(slug, services.api).then((replies) => slug === this.slug && (this.cannedReplies = replies), () => undefined);
    }
  }

  #scheduleRefresh(): void {
    if (this.#refreshTimer) return;
    const wait = Math.max(0, this.#lastRefresh + refreshThrottleMs - Date.now());
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      void this.#refresh();
    }, wait);
  }

  async #refresh(countsWhileLoading?: InboxCounts): Promise<void> {
    const services = this.services;
    const slug = this.slug;
    const session = services?.session;
    if (!services || !slug || !session || !this.#business) return;
    this.#lastRefresh = Date.now();
    const request = ++this.#request;
    const filter = this.filter;
    // A refresh fetches as many conversations as are shown, so "load more" is not undone by the next poll.
    const shown = this.list.state === "ready" ? this.list.conversations.length : 0;
    try {
      const page = await fetchInbox(slug, filter, session.userId, { ...services.api, limit: Math.min(100, Math.max(50, shown)) });
      if (request === this.#request) this.list = { state: "ready", conversations: page.conversations, counts: page.counts, nextCursor: page.nextCursor };
    } catch (error) {
      if (request !== this.#request) return;
      if (this.list.state !== "ready") this.list = { state: "failed", error, counts: countsWhileLoading ?? emptyCounts };
    }
  }

  async #loadMore(): Promise<void> {
    const services = this.services;
    const slug = this.slug;
    const session = services?.session;
    const list = this.list;
    if (!services || !slug || !session || list.state !== "ready" || !list.nextCursor) return;
    const request = ++this.#request;
    try {
      const page = await fetchInbox(slug, this.filter, session.userId, { ...services.api, cursor: list.nextCursor });
      if (request !== this.#request) return;
      const known = new Set(list.conversations.map((conversation) => conversation.id));
      this.list = { ...list, conversations: [...list.conversations, ...page.conversations.filter((conversation) => !known.has(conversation.id))], nextCursor: page.nextCursor };
    } catch {
      // The button stays; the next click tries again.
    }
  }

  #onChanged(event: ConversationChangedEvent): void {
    // Update the entry at once; the fetch that follows moves it between filters and fixes the counts.
    if (this.list.state === "ready") {
      this.list = { ...this.list, conversations: this.list.conversations.map((conversation) => (conversation.id === event.conversation.id ? event.conversation : conversation)) };
    }
    void this.#refresh();
  }

  #title(): string {
    const t = this.#locale.t.bind(this.#locale);
    const business = this.#business;
    if (!this.slug) return t("inboxChooseTitle");
    return business ? t("inboxTitle", { name: business.name }) : t("inboxNotStaffTitle");
  }

  #entries(conversations: readonly StaffConversation[]): InboxEntry[] {
    return conversations.map((conversation) => ({
      conversation,
      unread: conversation.staffRoomId && this.runtime && conversation.id !== this.conversationId ? this.runtime.unreadCount(conversation.staffRoomId) : 0,
    }));
  }

  #names(): Record<string, string> {
    const names: Record<string, string> = {};
    const runtime = this.runtime;
    const rooms = this.list.state === "ready" ? this.list.conversations.map((conversation) => conversation.staffRoomId).filter((id): id is string => Boolean(id)) : [];
    for (const member of this.staff) {
      const name = runtime ? rooms.map((roomId) => runtime.memberName(roomId, member.userId)).find(Boolean) : undefined;
      if (name) names[member.userId] = name;
    }
    return names;
  }

  override render() {
    if (!this.slug) return this.#renderChooser();
    const business = this.#business;
    if (!business) return this.#renderNotStaff();
    const t = this.#locale.t.bind(this.#locale);
    const showingDetail = this.conversationId !== undefined;
    const businesses = this.services?.session?.businesses ?? [];
    const list = this.list;
    const heading = t("inboxTitle", { name: business.name });
    return html`
      <div class="split ${showingDetail ? "showing-detail" : ""}">
        <section class="pane list-pane" aria-label=${heading}>
          <header class="pane-header inbox-header">
            ${showingDetail ? html`<h2>${business.name}</h2>` : html`<h1 tabindex="-1"><span class="visually-hidden">${t("inboxHeadingPrefix")} </span>${business.name}</h1>`}
            ${businesses.length > 1
              ? html`<label class="visually-hidden" for="business-switch">${t("inboxSwitchBusiness")}</label>
                  <select
                    id="business-switch"
                    class="switch"
                    @change=${(event: Event) => this.dispatchEvent(new NavigationRequestEvent(paths.inbox((event.target as HTMLSelectElement).value)))}
                  >
                    ${businesses.map((other) => html`<option value=${other.slug} ?selected=${other.slug === business.slug}>${other.name}</option>`)}
                  </select>`
              : nothing}
            <a class="icon-button settings-link" href=${paths.businessSettings(business.slug)} title=${t("settingsLink")} aria-label=${t("settingsLinkFor", { name: business.name })}>
              ${icons.settings}
            </a>
          </header>
          <kontor-inbox-list
            slug=${business.slug}
            me=${this.services?.session?.userId ?? ""}
            .filter=${this.filter}
            .counts=${list.state === "loading" ? emptyCounts : list.counts}
            .entries=${list.state === "ready" ? this.#entries(list.conversations) : []}
            .names=${this.#names()}
            selected-id=${this.conversationId ?? ""}
            state=${list.state}
            locale=${this.#locale.locale}
            time-zone=${userTimeZone()}
            .now=${this.#clock.now()}
            ?has-more=${list.state === "ready" && list.nextCursor !== null}
            @kontor-load-more-conversations=${() => void this.#loadMore()}
          ></kontor-inbox-list>
          ${list.state === "failed" ? this.#renderListProblem(list.error) : nothing}
        </section>
        <section class="pane detail-pane" aria-label=${t("inboxDetailLabel")}>
          ${this.conversationId
            ? html`<kontor-staff-conversation
                .services=${this.services}
                .runtime=${this.runtime}
                .business=${business}
                .filter=${this.filter}
                .staff=${this.staff}
                .cannedReplies=${this.cannedReplies}
                conversation-id=${this.conversationId}
                @kontor-conversation-changed=${(event: ConversationChangedEvent) => this.#onChanged(event)}
              ></kontor-staff-conversation>`
            : html`<div class="placeholder">
                <p class="placeholder-title">${t("inboxPickOne")}</p>
                <p>${t("inboxPickOneHint")}</p>
              </div>`}
        </section>
      </div>
    `;
  }

  #renderListProblem(error: unknown) {
    const t = this.#locale.t.bind(this.#locale);
    const message = errorMessage(error);
    return html`<div class="notice error list-problem" role="alert">
      <p>${t(message.key, message.params)}</p>
      <button class="button secondary small" type="button" @click=${() => void this.#refresh()}>${t("retry")}</button>
    </div>`;
  }

  #renderChooser() {
    const t = this.#locale.t.bind(this.#locale);
    const businesses = this.services?.session?.businesses ?? [];
    return html`<div class="chooser">
      <h1 tabindex="-1">${t("inboxChooseTitle")}</h1>
      ${businesses.length === 0
        ? html`<p class="lead">${t("inboxNoBusinesses")}</p>
            <p><a href=${paths.conversations}>${t("goToConversations")}</a></p>`
        : html`<ul class="business-list">
            ${businesses.map(
              (business) => html`<li>
                <a href=${paths.inbox(business.slug)}>${business.name}</a>
                <span class="chip">${t(business.role === "owner" ? "roleOwner" : "roleAgent")}</span>
              </li>`,
            )}
          </ul>`}
    </div>`;
  }

  #renderNotStaff() {
    const t = this.#locale.t.bind(this.#locale);
    return html`<div class="chooser">
      <h1 tabindex="-1">${t("inboxNotStaffTitle")}</h1>
      <p class="lead">${t("inboxNotStaffText")}</p>
      <p>
        <button class="button secondary" type="button" @click=${() => void this.services?.refreshBusinesses().then(() => this.requestUpdate(), () => undefined)}>
          ${t("inboxCheckAgain")}
        </button>
        <a class="button secondary" href=${paths.inboxHome}>${t("inboxChooseTitle")}</a>
      </p>
    </div>`;
  }
}
