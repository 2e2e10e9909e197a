import { LitElement, html, nothing } from "lit";
import type { CannedReply } from "../../api/business-management.ts";
import { ModalDialogController } from "../../components/modal-dialog-controller.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { paths } from "../../routing/routes.ts";
import type { StaffBusiness } from "../../session/session-store.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, dialogStyles, formStyles } from "../../styles/form-styles.ts";
import { cannedRepliesDialogStyles } from "./canned-replies-dialog.styles.ts";

/** A canned reply was picked: its text goes into the composer. */
export class CannedReplyChosenEvent extends Event {
  static readonly eventName = "kontor-canned-reply-chosen";
  readonly reply: CannedReply;

  constructor(reply: CannedReply) {
    super(CannedReplyChosenEvent.eventName, { bubbles: true, composed: true });
    this.reply = reply;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-canned-reply-chosen": CannedReplyChosenEvent;
  }
}

/** The replies whose title or text contains the query (all of them for an empty one). */
export function matchingReplies(replies: readonly CannedReply[], query: string): readonly CannedReply[] {
  const needle = query.trim().toLocaleLowerCase();
  return replies.filter((reply) => !needle || `${reply.title} ${reply.body}`.toLocaleLowerCase().includes(needle));
}

/** Picking one of the business's canned replies, with a search; owners without any are shown where to write them. */
export class CannedRepliesDialog extends LitElement {
  static override properties = {
    replies: { attribute: false },
    business: { attribute: false },
    query: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, formStyles, controlStyles, dialogStyles, cannedRepliesDialogStyles];

  declare replies: readonly CannedReply[];
  declare business: StaffBusiness | undefined;
  declare query: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #modal = new ModalDialogController(this, { dialog: () => this.renderRoot.querySelector("dialog") });

  constructor() {
    super();
    this.replies = [];
    this.business = undefined;
    this.query = "";
  }

  /** Opens the dialog with an empty search; focus goes back to `opener` when it closes. */
  async open(opener: HTMLElement | null): Promise<void> {
    this.query = "";
    await this.updateComplete;
    this.#modal.open(opener);
  }

  close(): void {
    this.#modal.close();
  }

  #choose(reply: CannedReply): void {
    this.close();
    this.dispatchEvent(new CannedReplyChosenEvent(reply));
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const replies = matchingReplies(this.replies, this.query);
    const owner = this.business?.role === "owner";
    return html`<dialog id="canned-dialog" aria-labelledby="canned-title" @close=${this.#modal.onClose}>
      <h2 id="canned-title">${t("cannedRepliesTitle")}</h2>
      ${this.replies.length === 0
        ? html`<p>${t(owner ? "cannedRepliesNoneOwner" : "cannedRepliesNone")}</p>
            ${owner && this.business ? html`<p><a href=${paths.businessSettings(this.business.slug)}>${t("cannedRepliesManage")}</a></p>` : nothing}`
        : html`<div class="field">
              <label for="canned-search">${t("cannedRepliesSearch")}</label>
              <input id="canned-search" type="search" .value=${this.query} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
            </div>
            <ul class="canned-list">
              ${replies.map(
                (reply) => html`<li>
                  <button class="canned" type="button" @click=${() => this.#choose(reply)}>
                    <span class="canned-title">${reply.title}</span>
                    <span class="canned-body">${reply.body}</span>
                  </button>
                </li>`,
              )}
            </ul>
            ${replies.length === 0 ? html`<p class="hint">${t("cannedRepliesNoMatch")}</p>` : nothing}`}
      <div class="dialog-actions">
        <button class="button secondary" type="button" @click=${() => this.close()}>${t("close")}</button>
      </div>
    </dialog>`;
  }
}
