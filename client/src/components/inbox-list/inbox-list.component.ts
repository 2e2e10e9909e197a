import { LitElement, html, nothing } from "lit";
import { emptyCounts, type InboxCounts, type StaffConversation } from "../../api/conversations.ts";
import { assigneeFilters, conversationStatuses, type AssigneeFilter, type ConversationStatus, type InboxFilter, defaultInboxFilter } from "../../conversations/inbox-filter.ts";
import { formatRelativeTime, formatFullDateTime } from "../../i18n/relative-time.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { listItemStyles } from "../../styles/list-item-styles.ts";
import { initialsOf, toneOf } from "../business-logo/initials.ts";
import { businessLogoStyles } from "../business-logo/business-logo.styles.ts";
import { inboxListStyles } from "./inbox-list.styles.ts";

/** Asks for the next page of conversations. */
export class LoadMoreConversationsEvent extends Event {
  static readonly eventName = "kontor-load-more-conversations";

  constructor() {
    super(LoadMoreConversationsEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-load-more-conversations": LoadMoreConversationsEvent;
  }
}

/** A conversation in the inbox, with what only the Matrix sync knows. */
export interface InboxEntry {
  conversation: StaffConversation;
  /** Unread messages in its staff room. */
  unread: number;
}

const statusKeys: Record<ConversationStatus, AnyMessageKey> = { open: "statusOpen", pending: "statusPending", snoozed: "statusSnoozed", resolved: "statusResolved" };
const assigneeKeys: Record<AssigneeFilter, AnyMessageKey> = { all: "assigneeAll", mine: "assigneeMine", unassigned: "assigneeUnassigned" };
const emptyKeys: Record<ConversationStatus, AnyMessageKey> = { open: "inboxEmptyOpen", pending: "inboxEmptyPending", snoozed: "inboxEmptySnoozed", resolved: "inboxEmptyResolved" };

export function customerName(conversation: StaffConversation): string {
  return conversation.customer.name ?? conversation.customer.userId;
}

/**
 * A business's conversations: status tabs with counts, "all / mine /
 * unassigned", and the list, newest activity first. Filters are links
 * (the filter lives in the URL), so back and forward work and a filter can
 * be opened in a new tab.
 */
export class InboxList extends LitElement {
  static override properties = {
    slug: { type: String },
    me: { type: String },
    filter: { attribute: false },
    counts: { attribute: false },
    entries: { attribute: false },
    names: { attribute: false },
    selectedId: { type: String, attribute: "selected-id" },
    state: { type: String },
    locale: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
    now: { attribute: false },
    hasMore: { type: Boolean, attribute: "has-more" },
  };

  static override styles = [...sharedStyles, buttonStyles, controlStyles, businessLogoStyles, listItemStyles, inboxListStyles];

  declare slug: string;
  declare me: string;
  declare filter: InboxFilter;
  declare counts: InboxCounts;
  declare entries: readonly InboxEntry[];
  declare names: Readonly<Record<string, string>>;
  declare selectedId: string;
  /** "loading" before the first answer; "failed" shows nothing but the filters (the page explains). */
  declare state: "loading" | "ready" | "failed";
  declare locale: string;
  declare timeZone: string;
  declare now: Date;
  /** More conversations than shown match the filter. */
  declare hasMore: boolean;
  readonly #t = new SignedInLocaleController(this);

  constructor() {
    super();
    this.slug = "";
    this.me = "";
    this.filter = defaultInboxFilter;
    this.counts = emptyCounts;
    this.entries = [];
    this.names = {};
    this.selectedId = "";
    this.state = "loading";
    this.locale = "en";
    this.timeZone = "UTC";
    this.now = new Date();
    this.hasMore = false;
  }

  #href(filter: InboxFilter): string {
    return paths.inbox(this.slug, filter);
  }

  #assigneeName(userId: string): string {
    return userId === this.me ? this.#t.t("assigneeYou") : (this.names[userId] ?? userId);
  }

  override render() {
    const t = this.#t.t.bind(this.#t);
    const count = this.counts[this.filter.status];
    return html`
      <nav class="filters" aria-label=${t("inboxFiltersLabel")}>
        <ul class="tabs" aria-label=${t("inboxStatusLabel")}>
          ${conversationStatuses.map(
            (status) => html`<li>
              <a
                class="tab"
                href=${this.#href({ ...this.filter, status })}
                aria-current=${this.filter.status === status ? "page" : "false"}
                data-status=${status}
              >
                <span class="tab-label">${t(statusKeys[status])}</span>
                <span class="count">${this.counts[status]}</span>
              </a>
            </li>`,
          )}
        </ul>
        <ul class="segments" aria-label=${t("inboxAssigneeLabel")}>
          ${assigneeFilters.map((assignee) => {
            const shown = assignee === "all" ? undefined : this.counts[assignee];
            return html`<li>
              <a class="segment" href=${this.#href({ ...this.filter, assignee })} aria-current=${this.filter.assignee === assignee ? "page" : "false"} data-assignee=${assignee}>
                ${t(assigneeKeys[assignee])}${shown !== undefined ? html` <span class="count">${shown}</span>` : nothing}
              </a>
            </li>`;
          })}
        </ul>
      </nav>
      <p class="summary" role="status">
        ${this.state === "loading"
          ? t("inboxLoading")
          : this.state === "ready"
            ? t(count === 1 ? "inboxCountOne" : "inboxCountOther", { count, status: t(statusKeys[this.filter.status]).toLocaleLowerCase(this.locale) })
            : nothing}
      </p>
      ${this.state === "ready" && this.entries.length === 0 ? this.#renderEmpty() : nothing}
      <ul class="conversations" aria-label=${t("inboxListLabel")} aria-busy=${this.state === "loading" ? "true" : "false"}>
        ${this.entries.map((entry) => this.#renderEntry(entry))}
        ${this.hasMore
          ? html`<li class="more">
              <button class="button secondary small" type="button" @click=${() => this.dispatchEvent(new LoadMoreConversationsEvent())}>${t("inboxLoadMore")}</button>
            </li>`
          : nothing}
      </ul>
    `;
  }

  #renderEmpty() {
    const t = this.#t.t.bind(this.#t);
    const key = this.filter.assignee === "mine" ? "inboxEmptyMine" : this.filter.assignee === "unassigned" ? "inboxEmptyUnassigned" : emptyKeys[this.filter.status];
    return html`<div class="empty">
      <p class="empty-title">${t(key)}</p>
      <p class="empty-hint">${t(this.filter.status === "open" ? "inboxEmptyHintOpen" : "inboxEmptyHintOther")}</p>
    </div>`;
  }

  #renderEntry({ conversation, unread }: InboxEntry) {
    const t = this.#t.t.bind(this.#t);
    const name = customerName(conversation);
    const updated = new Date(conversation.updatedAt);
    const selected = conversation.id === this.selectedId;
    return html`<li>
      <a
        class="entry ${unread > 0 ? "unread" : ""}"
        href=${paths.inboxConversation(this.slug, conversation.id, this.filter)}
        aria-current=${selected ? "page" : "false"}
        data-conversation=${conversation.id}
      >
        <span class="logo small tone-${toneOf(conversation.customer.userId)}" aria-hidden="true">${initialsOf(name)}</span>
        <span class="entry-main">
          <span class="entry-top">
            <span class="entry-name">${name}</span>
            <time class="entry-time" datetime=${conversation.updatedAt} title=${formatFullDateTime(updated, this.locale, this.timeZone)}
              >${formatRelativeTime(updated, this.now, this.locale, this.timeZone)}</time
            >
          </span>
          <span class="entry-preview">${conversation.lastMessagePreview ?? t("inboxNoMessages")}</span>
          <span class="entry-tags">
            ${conversation.assignee
              ? html`<span class="chip ${conversation.assignee === this.me ? "accent" : ""}">${t("assignedTo", { name: this.#assigneeName(conversation.assignee) })}</span>`
              : html`<span class="chip">${t("assigneeUnassigned")}</span>`}
            ${conversation.status === "snoozed" && conversation.snoozedUntil
              ? html`<span class="chip">${t("snoozedUntilShort", { time: formatFullDateTime(new Date(conversation.snoozedUntil), this.locale, this.timeZone) })}</span>`
              : nothing}
            ${conversation.labels.map((label) => html`<span class="chip label">#${label}</span>`)}
          </span>
        </span>
        ${unread > 0 ? html`<span class="count unread" aria-label=${t("unreadCount", { count: unread })}>${unread}</span>` : nothing}
      </a>
    </li>`;
  }
}
