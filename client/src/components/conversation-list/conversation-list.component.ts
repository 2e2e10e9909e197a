import { LitElement, html, nothing } from "lit";
import type { CustomerConversation } from "../../api/conversations.ts";
import { formatFullDateTime, formatRelativeTime } from "../../i18n/relative-time.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import { sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { listItemStyles } from "../../styles/list-item-styles.ts";
import "../business-logo/business-logo.ts";
import "../open-badge/open-badge.ts";
import { conversationListStyles } from "./conversation-list.styles.ts";

/** A customer's conversation with what the list adds: unread messages (from the sync) and whether the business is open. */
export interface ConversationEntry {
  conversation: CustomerConversation;
  unread: number;
  /** Undefined while unknown. */
  openNow: boolean | undefined;
}

/** The logo path Kontor serves without Matrix credentials. */
export function logoPath(slug: string): string {
  return `/api/v1/businesses/${encodeURIComponent(slug)}/logo`;
}

/** The signed-in customer's conversations, newest first, each a link to open it. */
export class ConversationList extends LitElement {
  static override properties = {
    entries: { attribute: false },
    selectedId: { type: String, attribute: "selected-id" },
    locale: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
    now: { attribute: false },
  };

  static override styles = [...sharedStyles, controlStyles, listItemStyles, conversationListStyles];

  declare entries: readonly ConversationEntry[];
  declare selectedId: string;
  declare locale: string;
  declare timeZone: string;
  declare now: Date;
  readonly #t = new SignedInLocaleController(this);

  constructor() {
    super();
    this.entries = [];
    this.selectedId = "";
    this.locale = "en";
    this.timeZone = "UTC";
    this.now = new Date();
  }

  override render() {
    const t = this.#t.t.bind(this.#t);
    return html`<ul class="conversations" aria-label=${t("conversationsListLabel")}>
      ${this.entries.map(({ conversation, unread, openNow }) => {
        const business = conversation.business;
        const name = business?.name ?? t("businessGone");
        const updated = new Date(conversation.updatedAt);
        return html`<li>
          <a
            class="entry ${unread > 0 ? "unread" : ""}"
            href=${paths.conversation(conversation.id)}
            aria-current=${conversation.id === this.selectedId ? "page" : "false"}
            data-conversation=${conversation.id}
          >
            <kontor-business-logo .name=${name} .logo=${business?.logo ?? null} .seed=${business?.slug ?? name} .src=${business ? logoPath(business.slug) : ""}></kontor-business-logo>
            <span class="entry-main">
              <span class="entry-top">
                <span class="entry-name">${name}</span>
                <time class="entry-time" datetime=${conversation.updatedAt} title=${formatFullDateTime(updated, this.locale, this.timeZone)}
                  >${formatRelativeTime(updated, this.now, this.locale, this.timeZone)}</time
                >
              </span>
              <span class="entry-preview">${conversation.lastMessagePreview ?? t("conversationNoMessages")}</span>
              <span class="entry-tags">
                ${openNow !== undefined ? html`<kontor-open-badge ?open=${openNow}></kontor-open-badge>` : nothing}
                ${conversation.status === "resolved" ? html`<span class="chip">${t("conversationResolved")}</span>` : nothing}
              </span>
            </span>
            ${unread > 0 ? html`<span class="count unread" aria-label=${t("unreadCount", { count: unread })}>${unread}</span>` : nothing}
          </a>
        </li>`;
      })}
    </ul>`;
  }
}
