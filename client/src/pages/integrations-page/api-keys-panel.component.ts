import { LitElement, html, nothing } from "lit";
import { apiKeyScopes, createApiKey, fetchApiKeys, revokeApiKey, type ApiKey, type ApiKeyScope } from "../../api/api-keys.ts";
import { errorMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { groupProblems } from "../../business/field-problems.ts";
import "../../components/confirm-dialog/confirm-dialog.ts";
import type { ConfirmDialog } from "../../components/confirm-dialog/confirm-dialog.ts";
import "../../components/secret-dialog/secret-dialog.ts";
import type { SecretDialog } from "../../components/secret-dialog/secret-dialog.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { formatFullDateTime, formatRelativeTime, userTimeZone } from "../../i18n/relative-time.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { apiKeysPanelStyles } from "./api-keys-panel.styles.ts";
import { integrationsPanelStyles } from "./integrations.styles.ts";
import { panelStyles } from "../../styles/panel-styles.ts";

type Loaded = { state: "loading" } | { state: "ready" } | { state: "failed"; message: string };
type Announcement = { key: AnyMessageKey; params: Record<string, string> };
type Problem = { field: Record<string, string[]>; message: string };

const scopeKeys: Record<ApiKeyScope, { label: AnyMessageKey; hint: AnyMessageKey }> = {
  read: { label: "apiKeyScopeRead", hint: "apiKeyScopeReadHint" },
  write: { label: "apiKeyScopeWrite", hint: "apiKeyScopeWriteHint" },
};

/** Active keys first, each group oldest first (as the API lists them). */
function inDisplayOrder(keys: readonly ApiKey[]): ApiKey[] {
  return [...keys.filter((key) => !key.revokedAt), ...keys.filter((key) => key.revokedAt)];
}

/**
 * The business's API keys: who made each, when it was last used, revoked
 * ones marked as such; a form for a new key, whose secret the
 * `<kontor-secret-dialog>` shows once; revoking asks first.
 */
export class ApiKeysPanel extends LitElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    keys: { state: true },
    loaded: { state: true },
    busy: { state: true },
    problem: { state: true },
    announcement: { state: true },
  };

  static override styles = [
    ...sharedStyles,
    buttonStyles,
    noticeStyles,
    pageStyles,
    formStyles,
    controlStyles,
    panelStyles,
    integrationsPanelStyles,
    apiKeysPanelStyles,
  ];

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare keys: readonly ApiKey[];
  declare loaded: Loaded;
  /** "create", or the ID of the key being revoked. */
  declare busy: string;
  declare problem: Problem | undefined;
  /** Read out after a change ("The key “Helpdesk” is revoked."), in the language of the moment. */
  declare announcement: Announcement | undefined;
  readonly #locale = new SignedInLocaleController(this);
  #loadedFor: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.keys = [];
    this.loaded = { state: "loading" };
    this.busy = "";
    this.problem = undefined;
    this.announcement = undefined;
  }

  override willUpdate(): void {
    if (!this.services || !this.slug || this.#loadedFor === this.slug) return;
    this.#loadedFor = this.slug;
    void this.#load();
  }

  #message(error: unknown): string {
    const message = errorMessage(error);
    return this.#locale.t(message.key, message.params);
  }

  async #load(): Promise<void> {
    if (!this.services) return;
    this.loaded = { state: "loading" };
    try {
      this.keys = await fetchApiKeys(this.slug, this.services.api);
      this.loaded = { state: "ready" };
    } catch (error) {
      this.loaded = { state: "failed", message: this.#message(error) };
    }
  }

  get #secretDialog(): SecretDialog | null {
    return this.renderRoot.querySelector("kontor-secret-dialog");
  }

  get #confirmDialog(): ConfirmDialog | null {
    return this.renderRoot.querySelector("kontor-confirm-dialog");
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const services = this.services;
    if (!services || this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const scope = data.get("scope") === "write" ? "write" : "read";
    const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
    this.busy = "create";
    this.problem = undefined;
    try {
      const { key, secret } = await createApiKey(this.slug, { name: name || this.#locale.t("apiKeyDefaultName"), scope }, services.api);
      this.keys = [...this.keys, key];
      form.reset();
      this.busy = "";
      await this.#secretDialog?.show({ kind: "api-key", secret, name: key.name }, submit);
    } catch (error) {
      this.busy = "";
      const failure = error instanceof ApiError ? error.failure : undefined;
      if (failure?.kind === "invalid") {
        const grouped = groupProblems(failure.problems, ["name", "scope"], failure.message);
        this.problem = { field: grouped.byField, message: grouped.other.join(" ") };
      } else {
        this.problem = { field: {}, message: this.#message(error) };
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#new-key [aria-invalid="true"], #new-key .create-problem')?.focus();
    }
  }

  async #revoke(key: ApiKey, event: Event): Promise<void> {
    const services = this.services;
    const t = this.#locale.t.bind(this.#locale);
    if (!services) return;
    const yes = await this.#confirmDialog?.ask(
      { title: t("apiKeyRevokeTitle", { name: key.name }), message: t("apiKeyRevokeMessage"), confirm: t("apiKeyRevoke") },
      event.currentTarget as HTMLElement,
    );
    if (!yes) return;
    this.busy = key.id;
    this.problem = undefined;
    try {
      await revokeApiKey(this.slug, key.id, services.api);
      this.keys = this.keys.map((existing) => (existing.id === key.id ? { ...existing, revokedAt: new Date().toISOString() } : existing));
      this.announcement = { key: "apiKeyRevoked", params: { name: key.name } };
    } catch (error) {
      this.problem = { field: {}, message: this.#message(error) };
    } finally {
      this.busy = "";
    }
    // The revoke button is gone: focus stays on the key it was for.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key.id)}"] .key-name`)?.focus();
  }

  #when(iso: string) {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return nothing;
    const zone = userTimeZone();
    const locale = this.#locale.locale;
    return html`<time datetime=${instant.toISOString()} title=${formatFullDateTime(instant, locale, zone)}>${formatRelativeTime(instant, new Date(), locale, zone)}</time>`;
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.loaded;
    return html`<section class="panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">${t("apiKeysHeading")}</h2>
      <p class="intro">${t("apiKeysIntro")}</p>
      ${loaded.state === "loading" ? html`<p class="muted" role="status">${t("apiKeysLoading")}</p>` : nothing}
      ${loaded.state === "failed"
        ? html`<div class="notice error" role="alert">
            <p>${loaded.message}</p>
            <button class="button secondary" type="button" @click=${() => void this.#load()}>${t("retry")}</button>
          </div>`
        : nothing}
      ${loaded.state === "ready" ? this.#renderList() : nothing}
      <p class="status-line" role="status">${this.announcement ? t(this.announcement.key, this.announcement.params) : ""}</p>
      ${this.#renderForm()}
      <kontor-secret-dialog></kontor-secret-dialog>
      <kontor-confirm-dialog></kontor-confirm-dialog>
    </section>`;
  }

  #renderList() {
    const t = this.#locale.t.bind(this.#locale);
    if (this.keys.length === 0) return html`<p class="none">${t("apiKeysEmpty")}</p>`;
    return html`<ul class="key-list rows">
      ${inDisplayOrder(this.keys).map((key) => {
        const by = key.createdBy === "operator" ? t("apiKeyByOperator") : key.createdBy;
        return html`<li class="key ${key.revokedAt ? "revoked" : ""}" data-key=${key.id}>
          <div class="key-text row-text">
            <span class="key-name" tabindex="-1">${key.name}</span>
            <span class="key-meta">${t("apiKeyCreated")} ${this.#when(key.createdAt)} · ${by}</span>
            <span class="key-meta">${key.lastUsedAt ? html`${t("apiKeyLastUsed")} ${this.#when(key.lastUsedAt)}` : t("apiKeyNeverUsed")}</span>
          </div>
          <span class="chip ${key.scope === "write" ? "accent" : ""}">${t(scopeKeys[key.scope].label)}</span>
          ${key.revokedAt
            ? html`<span class="chip revoked-chip">${t("apiKeyRevokedChip")} ${this.#when(key.revokedAt)}</span>`
            : html`<button
                class="text-button danger"
                type="button"
                aria-label=${t("apiKeyRevokeNamed", { name: key.name })}
                ?disabled=${this.busy === key.id}
                @click=${(event: Event) => void this.#revoke(key, event)}
              >
                ${t("apiKeyRevoke")}
              </button>`}
        </li>`;
      })}
    </ul>`;
  }

  #renderForm() {
    const t = this.#locale.t.bind(this.#locale);
    const problem = this.problem;
    const nameProblems = problem?.field.name ?? [];
    const otherProblems = [problem?.message ?? "", ...(problem?.field.scope ?? [])].filter(Boolean);
    return html`<form class="create" id="new-key" @submit=${(event: SubmitEvent) => void this.#create(event)}>
      <h3>${t("apiKeyNewHeading")}</h3>
      ${otherProblems.length > 0 ? html`<p class="notice error create-problem" role="alert" tabindex="-1">${otherProblems.join(" ")}</p>` : nothing}
      <div class="field">
        <label for="key-name">${t("apiKeyNameLabel")}</label>
        <input
          id="key-name"
          name="name"
          type="text"
          maxlength="80"
          autocomplete="off"
          placeholder=${t("apiKeyNamePlaceholder")}
          aria-invalid=${nameProblems.length > 0 ? "true" : "false"}
          aria-describedby=${nameProblems.length > 0 ? "key-name-hint key-name-error" : "key-name-hint"}
        />
        <p class="hint" id="key-name-hint">${t("apiKeyNameHint")}</p>
        ${nameProblems.length > 0 ? html`<p class="field-error" id="key-name-error">${nameProblems.join(" ")}</p>` : nothing}
      </div>
      <fieldset>
        <legend>${t("apiKeyScopeLabel")}</legend>
        <ul class="scopes">
          ${apiKeyScopes.map(
            (scope) => html`<li>
              <label class="check">
                <input type="radio" name="scope" value=${scope} ?checked=${scope === "read"} aria-describedby="scope-${scope}-hint" />
                ${t(scopeKeys[scope].label)}
              </label>
              <p class="hint scope-hint" id="scope-${scope}-hint">${t(scopeKeys[scope].hint)}</p>
            </li>`,
          )}
        </ul>
      </fieldset>
      <button class="button primary" type="submit" ?disabled=${this.busy === "create"}>${t(this.busy === "create" ? "apiKeyCreating" : "apiKeyCreate")}</button>
    </form>`;
  }
}
