import { LitElement, html } from "lit";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, dialogStyles } from "../../styles/form-styles.ts";
import { ModalDialogController } from "../modal-dialog-controller.ts";
import { confirmDialogStyles } from "./confirm-dialog.styles.ts";

export interface ConfirmQuestion {
  title: string;
  message: string;
  /** The action, as the confirm button says it ("Revoke key"). */
  confirm: string;
}

/**
 * Asks before something that cannot be undone (revoking a key, deleting a
 * webhook). `ask()` resolves with the answer; Escape and "Cancel" are no.
 * Focus starts on "Cancel", the safe choice, and returns afterwards.
 */
export class ConfirmDialog extends LitElement {
  static override properties = { question: { state: true } };
  static override styles = [...sharedStyles, buttonStyles, controlStyles, dialogStyles, confirmDialogStyles];

  declare question: ConfirmQuestion;
  readonly #locale = new SignedInLocaleController(this);
  #answer: ((yes: boolean) => void) | undefined;
  #confirmed = false;
  readonly #modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector("dialog"),
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>(".cancel"),
    onClosed: () => {
      this.#answer?.(this.#confirmed);
      this.#answer = undefined;
    },
  });

  constructor() {
    super();
    this.question = { title: "", message: "", confirm: "" };
  }

  async ask(question: ConfirmQuestion, returnTo?: HTMLElement | null): Promise<boolean> {
    this.#answer?.(false);
    this.question = question;
    this.#confirmed = false;
    await this.updateComplete;
    const answer = new Promise<boolean>((resolve) => (this.#answer = resolve));
    this.#modal.open(returnTo);
    return answer;
  }

  #close(confirmed: boolean): void {
    this.#confirmed = confirmed;
    this.#modal.close();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    return html`<dialog
      role="dialog"
      aria-modal="true"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      @keydown=${this.#modal.onKeydown}
      @close=${this.#modal.onClose}
    >
      <h2 id="confirm-title">${this.question.title}</h2>
      <p id="confirm-message">${this.question.message}</p>
      <div class="dialog-actions">
        <button class="button secondary cancel" type="button" @click=${() => this.#close(false)}>${t("cancel")}</button>
        <button class="button danger confirm" type="button" @click=${() => this.#close(true)}>${this.question.confirm}</button>
      </div>
    </dialog>`;
  }
}
