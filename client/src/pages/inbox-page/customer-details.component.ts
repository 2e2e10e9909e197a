import { LitElement, html, nothing } from "lit";
import type { StaffConversation } from "../../api/conversations.ts";
import { formatFullDateTime, formatRelativeTime, userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { sharedStyles } from "../../styles/shared.ts";
import { customerDetailsStyles } from "./customer-details.styles.ts";

/** Who the customer is and how the conversation went so far: started, first answer, last message, where it came from. */
export class CustomerDetails extends LitElement {
  static override properties = { conversation: { attribute: false } };
  static override styles = [...sharedStyles, customerDetailsStyles];

  declare conversation: StaffConversation | undefined;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);

  constructor() {
    super();
    this.conversation = undefined;
  }

  #time(value: string | null) {
    if (!value) return this.#locale.t("never");
    const locale = this.#locale.locale;
    const zone = userTimeZone();
    return html`<time datetime=${value} title=${formatFullDateTime(new Date(value), locale, zone)}>${formatRelativeTime(new Date(value), this.#clock.now(), locale, zone)}</time>`;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const conversation = this.conversation;
    if (!conversation) return nothing;
    return html`<dl>
      <div><dt>${t("customerName")}</dt><dd>${conversation.customer.name ?? "—"}</dd></div>
      <div><dt>${t("customerMatrixId")}</dt><dd class="mxid">${conversation.customer.userId}</dd></div>
      <div><dt>${t("conversationStarted")}</dt><dd>${this.#time(conversation.createdAt)}</dd></div>
      <div><dt>${t("conversationFirstResponse")}</dt><dd>${this.#time(conversation.firstResponseAt)}</dd></div>
      <div><dt>${t("conversationLastCustomer")}</dt><dd>${this.#time(conversation.lastCustomerMessageAt)}</dd></div>
      <div><dt>${t("conversationOrigin")}</dt><dd>${t(conversation.origin === "api" ? "originWeb" : "originMatrix")}</dd></div>
    </dl>`;
  }
}
