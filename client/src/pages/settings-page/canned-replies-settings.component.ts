import { html, nothing } from "lit";
import { cannedReplyId, deleteCannedReply, fetchCannedReplies, saveCannedReply, type CannedReply } from "../../api/business-management.ts";
import { failureMessage } from "../../api/failure-message.ts";
import "../../components/confirm-dialog/confirm-dialog.ts";
import type { ConfirmDialog } from "../../components/confirm-dialog/confirm-dialog.ts";
import { LoaderController } from "../../state/loader-controller.ts";
import { cannedRepliesSettingsStyles } from "./canned-replies-settings.styles.ts";
import { SettingsSection, sectionStyles } from "./settings-section.ts";

/**
 * The settings page's canned replies: the business's ready-made answers,
 * which owners add, edit and delete here and staff insert into replies.
 */
export class CannedRepliesSettings extends SettingsSection {
  static override properties = {
    editing: { state: true },
  };

  static override styles = [...sectionStyles, cannedRepliesSettingsStyles];

  /** The canned reply in the edit form: an existing ID, or "" for a new one. */
  declare editing: string | undefined;
  readonly #replies = new LoaderController<CannedReply[]>(this, (slug, signal) => fetchCannedReplies(slug, { ...this.services?.api, signal }));

  constructor() {
    super();
    this.editing = undefined;
  }

  override willUpdate(): void {
    if (this.services && this.slug) void this.#replies.loader.show(this.slug);
  }

  get #list(): readonly CannedReply[] {
    const state = this.#replies.state;
    return state.status === "loaded" ? state.value : [];
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const services = this.services;
    if (!services || this.editing === undefined) return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get("title") ?? "").trim();
    const body = String(data.get("body") ?? "").trim();
    const id = this.editing || cannedReplyId(title, this.#list.map((reply) => reply.id));
    void this.saving.save(["title", "body", "id"], async () => {
      await saveCannedReply(this.slug, { id, title, body }, services.api);
      await this.#replies.loader.reload({ quiet: true });
      this.editing = undefined;
    });
  }

  async #delete(reply: CannedReply, event: Event): Promise<void> {
    const services = this.services;
    const t = this.locale.t.bind(this.locale);
    if (!services) return;
    const yes = await this.renderRoot.querySelector<ConfirmDialog>("kontor-confirm-dialog")?.ask(
      { title: t("cannedDeleteConfirm", { title: reply.title }), message: t("cannedDeleteMessage"), confirm: t("delete") },
      event.currentTarget as HTMLElement,
    );
    if (!yes) return;
    await this.saving.save([], async () => {
      await deleteCannedReply(this.slug, reply.id, services.api);
      await this.#replies.loader.reload({ quiet: true });
    });
  }

  async #add(): Promise<void> {
    this.editing = "";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>("#canned-title")?.focus();
  }

  override render() {
    const t = this.locale.t.bind(this.locale);
    return html`<section class="panel" aria-labelledby="canned-heading">
      <h2 id="canned-heading">${t("cannedRepliesTitle")}</h2>
      <p class="hint">${t("cannedRepliesHint")}</p>
      ${this.saving.renderProblems()} ${this.#renderList()} ${this.editing !== undefined ? this.#renderForm(this.editing) : this.#renderAdd()}
      <kontor-confirm-dialog></kontor-confirm-dialog>
    </section>`;
  }

  #renderList() {
    const t = this.locale.t.bind(this.locale);
    const state = this.#replies.state;
    if (state.status === "loading") return html`<p class="none" role="status">${t("cannedRepliesLoading")}</p>`;
    if (state.status === "failed") {
      const message = failureMessage(state.failure);
      return html`<div class="notice error" role="alert">
        <p>${t(message.key, message.params)}</p>
        <button class="button secondary" type="button" @click=${() => void this.#replies.loader.reload()}>${t("retry")}</button>
      </div>`;
    }
    if (this.#list.length === 0) return html`<p class="none">${t("cannedRepliesEmpty")}</p>`;
    return html`<ul class="canned-list rows">
      ${this.#list.map(
        (item) => html`<li>
          <div class="canned-text row-text">
            <span class="canned-title">${item.title}</span>
            <span class="canned-body">${item.body}</span>
          </div>
          ${this.editable
            ? html`<div class="canned-actions">
                <button class="text-button" type="button" aria-label=${t("cannedEditNamed", { title: item.title })} @click=${() => (this.editing = item.id)}>${t("actionEdit")}</button>
                <button class="text-button danger" type="button" aria-label=${t("cannedDeleteNamed", { title: item.title })} @click=${(event: Event) => void this.#delete(item, event)}>${t("delete")}</button>
              </div>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  #renderForm(editing: string) {
    const t = this.locale.t.bind(this.locale);
    const reply = editing ? this.#list.find((candidate) => candidate.id === editing) : undefined;
    return html`<form class="canned-form" @submit=${(event: SubmitEvent) => this.#submit(event)}>
      <h3>${t(editing ? "cannedEditHeading" : "cannedNewHeading")}</h3>
      <div class="field">
        <label for="canned-title">${t("cannedTitleLabel")}</label>
        <input id="canned-title" name="title" type="text" required maxlength="80" .value=${reply?.title ?? ""} />
      </div>
      <div class="field">
        <label for="canned-body">${t("cannedBodyLabel")}</label>
        <textarea id="canned-body" name="body" rows="4" required maxlength="5000" .value=${reply?.body ?? ""}></textarea>
      </div>
      <div class="save-row">
        <button class="button primary" type="submit" ?disabled=${this.saving.state.state === "saving"}>${t("saveCannedReply")}</button>
        <button class="button secondary" type="button" @click=${() => (this.editing = undefined)}>${t("cancel")}</button>
      </div>
    </form>`;
  }

  #renderAdd() {
    const t = this.locale.t.bind(this.locale);
    if (!this.editable) return nothing;
    return html`<p class="save-row">
      <button class="button secondary" type="button" @click=${() => void this.#add()}><span aria-hidden="true">+</span> ${t("cannedAdd")}</button>
      ${this.saving.renderStatus()}
    </p>`;
  }
}
