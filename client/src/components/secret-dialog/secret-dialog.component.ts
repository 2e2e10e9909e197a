import { LitElement, html } from "lit";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, dialogStyles, formStyles } from "../../styles/form-styles.ts";
import { icons } from "../icons.ts";
import { ModalDialogController } from "../modal-dialog-controller.ts";
import { copyText } from "./copy-text.ts";
import { secretDialogStyles } from "./secret-dialog.styles.ts";

/** What the secret is: an API key, or the signing secret of a webhook. */
export type SecretKind = "api-key" | "webhook-secret";

type CopyState = "idle" | "copied" | "failed";

/**
 * Shows a secret once, right after it was made: an API key or a webhook's
 * signing secret. Kontor keeps only a hash (or never shows it again), so
 * the dialog says so plainly, offers a copy button, and forgets the secret
 * when it closes. Escape closes it; focus returns to where it came from.
 */
export class SecretDialog extends LitElement {
  static override properties = {
    kind: { state: true },
    secret: { state: true },
    name: { state: true },
    copy: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, formStyles, controlStyles, dialogStyles, secretDialogStyles];

  declare kind: SecretKind;
  declare secret: string;
  /** The key's name or the webhook's address, so the dialog says what the secret belongs to. */
  declare name: string;
  declare copy: CopyState;
  readonly #locale = new SignedInLocaleController(this);
  readonly #modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector("dialog"),
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>(".copy"),
    // The secret is not kept any longer than it is shown.
    onClosed: () => {
      this.secret = "";
      this.copy = "idle";
    },
  });

  constructor() {
    super();
    this.kind = "api-key";
    this.secret = "";
    this.name = "";
    this.copy = "idle";
  }

  get open(): boolean {
    return this.#modal.isOpen;
  }

  /** Shows the secret; focus returns to `returnTo` (by default what has focus now) when the dialog closes. */
  async show(options: { kind: SecretKind; secret: string; name: string }, returnTo?: HTMLElement | null): Promise<void> {
    this.kind = options.kind;
    this.secret = options.secret;
    this.name = options.name;
    this.copy = "idle";
    await this.updateComplete;
    this.#modal.open(returnTo);
  }

  close(): void {
    this.#modal.close();
  }

  async #copy(): Promise<void> {
    const copied = await copyText(this.secret);
    this.copy = copied ? "copied" : "failed";
    if (!copied) {
      // Ready for Ctrl+C / Cmd+C: the whole secret is selected.
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>("#secret-value");
      field?.focus();
      field?.select();
    }
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const apiKey = this.kind === "api-key";
    return html`<dialog
      role="dialog"
      aria-modal="true"
      aria-labelledby="secret-title"
      aria-describedby="secret-warning"
      @keydown=${this.#modal.onKeydown}
      @close=${this.#modal.onClose}
    >
      <h2 id="secret-title">${t(apiKey ? "secretTitleApiKey" : "secretTitleWebhook")}</h2>
      <p class="belongs">${t(apiKey ? "secretForApiKey" : "secretForWebhook", { name: this.name })}</p>
      <div class="notice warning" id="secret-warning">
        <p class="notice-title">${t("secretOnceTitle")}</p>
        <p>${t(apiKey ? "secretOnceApiKey" : "secretOnceWebhook")}</p>
      </div>
      <div class="field">
        <label for="secret-value">${t(apiKey ? "secretLabelApiKey" : "secretLabelWebhook")}</label>
        <textarea id="secret-value" class="secret" rows="2" readonly spellcheck="false" autocomplete="off" .value=${this.secret}></textarea>
      </div>
      <div class="copy-row">
        <button class="button secondary copy" type="button" @click=${() => void this.#copy()}>${icons.copy} ${t("secretCopy")}</button>
        <span class="copy-status" role="status">
          ${this.copy === "copied" ? html`<span class="copied">${icons.check} ${t("secretCopied")}</span>` : this.copy === "failed" ? t("secretCopyFailed") : ""}
        </span>
      </div>
      <div class="dialog-actions">
        <button class="button primary" type="button" @click=${() => this.close()}>${t("secretDone")}</button>
      </div>
    </dialog>`;
  }
}
