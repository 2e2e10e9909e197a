import { LitElement, html, nothing } from "lit";
import { fetchBusiness } from "../../api/businesses.ts";
import { fetchMyConversations, type CustomerConversation } from "../../api/conversations.ts";
import { errorMessage } from "../../api/failure-message.ts";
import "../../components/conversation-list/conversation-list.ts";
import type { ConversationEntry } from "../../components/conversation-list/conversation-list.ts";
import { userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import { paths } from "../../routing/routes.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { splitLayoutStyles } from "../../styles/split-layout.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import "./customer-conversation.ts";
import type { CustomerConversationView } from "./customer-conversation.ts";
import { conversationsPageStyles } from "./conversations-page.styles.ts";

type ListState = { state: "loading" } | { state: "ready"; conversations: CustomerConversation[] } | { state: "failed"; error: unknown };

/** The list is fetched again at most this often when messages arrive, and at least this often anyway. */
const refreshThrottleMs = 2_000;
const refreshIntervalMs = 30_000;
const openingRefreshMs = 5 * 60_000;

/**
 * `/conversations` and `/conversations/:id`: the customer's conversations
 * with businesses, and the open one beside them (one at a time on phones).
 */
export class ConversationsPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    conversationId: { type: String, attribute: "conversation-id" },
    list: { state: true },
    runtime: { state: true },
    runtimeFailed: { state: true },
    openNow: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, controlStyles, splitLayoutStyles, conversationsPageStyles];

  declare services: SignedInServices | undefined;
  declare conversationId: string | undefined;
  declare list: ListState;
  declare runtime: MatrixRuntime | undefined;
  declare runtimeFailed: boolean;
  declare openNow: ReadonlyMap<string, boolean>;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #page = new PageController(this, () => this.#title());
  #started = false;
  #unsubscribe: (() => void) | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRefresh = 0;
  #openingCheckedAt = new Map<string, number>();

  constructor() {
    super();
    this.services = undefined;
    this.conversationId = undefined;
    this.list = { state: "loading" };
    this.runtime = undefined;
    this.runtimeFailed = false;
    this.openNow = new Map();
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<CustomerConversationView>("kontor-customer-conversation");
    if (view && this.conversationId) await view.focusHeading();
    else await this.#page.focusHeading();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => void this.#refresh(), refreshIntervalMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    clearTimeout(this.#refreshTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#started = false;
  }

  override willUpdate(): void {
    if (this.#started || !this.services) return;
    this.#started = true;
    void this.#refresh();
    this.services.matrix().then(
      (runtime) => {
        this.runtime = runtime;
        this.#unsubscribe = runtime.subscribe(() => {
          this.requestUpdate();
          this.#scheduleRefresh();
        });
      },
      () => (this.runtimeFailed = true),
    );
  }

  #title(): string {
    const t = this.#locale.t.bind(this.#locale);
    const open = this.#selected();
    return open?.business?.name ?? t("conversationsTitle");
  }

  #selected(): CustomerConversation | undefined {
    return this.list.state === "ready" ? this.list.conversations.find((conversation) => conversation.id === this.conversationId) : undefined;
  }

  /** New messages change the list's previews and order: fetch it again, but not more than every few seconds. */
  #scheduleRefresh(): void {
    if (this.#refreshTimer) return;
    const wait = Math.max(0, this.#lastRefresh + refreshThrottleMs - Date.now());
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      void this.#refresh();
    }, wait);
  }

  async #refresh(): Promise<void> {
    const services = this.services;
    if (!services?.session) return;
    this.#lastRefresh = Date.now();
    try {
      const conversations = await fetchMyConversations(services.api);
      this.list = { state: "ready", conversations };
      this.#checkOpening(conversations);
    } catch (error) {
      if (this.list.state !== "ready") this.list = { state: "failed", error };
    }
  }

  /** Whether each business is open now, from its public profile; checked again every few minutes. */
  #checkOpening(conversations: readonly CustomerConversation[]): void {
    const slugs = new Set(conversations.map((conversation) => conversation.business?.slug).filter((slug): slug is string => Boolean(slug)));
    for (const slug of slugs) {
      const checked = this.#openingCheckedAt.get(slug) ?? 0;
      if (Date.now() - checked < openingRefreshMs) continue;
      this.#openingCheckedAt.set(slug, Date.now());
      fetchBusiness(slug, this.#locale.language).then(
        (business) => (this.openNow = new Map([...this.openNow, [slug, business.opening.openNow]])),
        () => this.#openingCheckedAt.delete(slug),
      );
    }
  }

  #entries(conversations: readonly CustomerConversation[]): ConversationEntry[] {
    return conversations.map((conversation) => ({
      conversation,
      unread: conversation.roomId && this.runtime && conversation.id !== this.conversationId ? this.runtime.unreadCount(conversation.roomId) : 0,
      openNow: conversation.business ? this.openNow.get(conversation.business.slug) : undefined,
    }));
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const showingDetail = this.conversationId !== undefined;
    const selected = this.#selected();
    const listHeading = showingDetail
      ? html`<h2 class="list-title">${t("conversationsTitle")}</h2>`
      : html`<h1 class="list-title" tabindex="-1">${t("conversationsTitle")}</h1>`;
    return html`
      <div class="split ${showingDetail ? "showing-detail" : ""}">
        <section class="pane list-pane" aria-label=${t("conversationsTitle")}>
          <header class="pane-header">${listHeading}</header>
          ${this.#renderList()}
        </section>
        <section class="pane detail-pane" aria-label=${selected?.business?.name ?? t("conversationsDetailLabel")}>
          ${selected
            ? html`<kontor-customer-conversation .conversation=${selected} .runtime=${this.runtime}></kontor-customer-conversation>`
            : this.#renderDetailPlaceholder()}
        </section>
      </div>
      ${this.runtimeFailed ? html`<p class="notice error runtime-failed" role="alert">${t("matrixLoadFailed")}</p>` : nothing}
    `;
  }

  #renderList() {
    const t = this.#locale.t.bind(this.#locale);
    const list = this.list;
    if (list.state === "loading") return html`<p class="list-state" role="status">${t("conversationsLoading")}</p>`;
    if (list.state === "failed") {
      const message = errorMessage(list.error);
      return html`<div class="notice error list-state" role="alert">
        <p>${t(message.key, message.params)}</p>
        <button class="button secondary small" type="button" @click=${() => void this.#refresh()}>${t("retry")}</button>
      </div>`;
    }
    if (list.conversations.length === 0) {
      return html`<div class="list-state empty">
        <p class="empty-title">${t("conversationsEmptyTitle")}</p>
        <p>${t("conversationsEmptyHint")}</p>
        <a class="button primary" href=${paths.directory}>${t("conversationsFindBusiness")}</a>
      </div>`;
    }
    return html`<kontor-conversation-list
      .entries=${this.#entries(list.conversations)}
      selected-id=${this.conversationId ?? ""}
      locale=${this.#locale.locale}
      time-zone=${userTimeZone()}
      .now=${this.#clock.now()}
    ></kontor-conversation-list>`;
  }

  #renderDetailPlaceholder() {
    const t = this.#locale.t.bind(this.#locale);
    if (this.conversationId && this.list.state === "ready") {
      return html`<div class="placeholder">
        <h1 tabindex="-1">${t("conversationNotFoundTitle")}</h1>
        <p>${t("conversationNotFoundText")}</p>
        <p><a href=${paths.conversations}>${t("backToConversations")}</a></p>
      </div>`;
    }
    if (this.conversationId) return html`<p class="placeholder" role="status"><span>${t("conversationLoading")}</span></p>`;
    return html`<div class="placeholder"><p>${t("conversationsPickOne")}</p></div>`;
  }
}
