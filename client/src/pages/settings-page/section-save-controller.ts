import { html, nothing, type LitElement, type TemplateResult } from "lit";
import { errorMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { groupProblems, type GroupedProblems } from "../../business/field-problems.ts";
import type { AnyMessageKey, SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";

export type SaveState = { state: "idle" } | { state: "saving" } | { state: "saved" } | { state: "failed"; problems: GroupedProblems; message: string };

const noProblems: GroupedProblems = { byField: {}, other: [] };

/**
 * Saving one section of the settings page: "Saving …", "✓ Saved", or the
 * API's objections, each next to the field it names (the rest above the
 * form), with focus moved to the first of them so nobody misses them.
 */
export class SectionSaveController {
  readonly #host: LitElement;
  readonly #locale: SignedInLocaleController;
  #state: SaveState = { state: "idle" };

  constructor(host: LitElement, locale: SignedInLocaleController) {
    this.#host = host;
    this.#locale = locale;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** Runs `run`; a 400's problems are grouped under `fields`, the keys this section's form shows. */
  async save(fields: readonly string[], run: () => Promise<void>): Promise<void> {
    this.#set({ state: "saving" });
    try {
      await run();
      this.#set({ state: "saved" });
    } catch (error) {
      if (error instanceof ApiError && error.failure.kind === "invalid") {
        this.#set({ state: "failed", problems: groupProblems(error.failure.problems, fields, error.failure.message), message: "" });
      } else {
        const message = errorMessage(error);
        this.#set({ state: "failed", problems: noProblems, message: this.#locale.t(message.key, message.params) });
      }
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>(`[aria-invalid="true"], .section-problems`)?.focus();
    }
  }

  /** A problem found before asking the API. */
  refuse(message: string): void {
    this.#set({ state: "failed", problems: noProblems, message });
  }

  /** After a change, "Saved" no longer describes the form. */
  changed(): void {
    if (this.#state.state === "saved") this.#set({ state: "idle" });
  }

  problemsFor(field: string): readonly string[] {
    return this.#state.state === "failed" ? (this.#state.problems.byField[field] ?? []) : [];
  }

  get fieldProblems(): Readonly<Record<string, readonly string[]>> {
    return this.#state.state === "failed" ? this.#state.problems.byField : {};
  }

  /** Above the form: what went wrong, how many fields need a look, problems that name no field. */
  renderProblems(): TemplateResult | typeof nothing {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.#state;
    if (state.state !== "failed") return nothing;
    const count = Object.values(state.problems.byField).flat().length;
    return html`<div class="notice error section-problems" role="alert" tabindex="-1">
      ${state.message ? html`<p>${state.message}</p>` : nothing}
      ${count > 0 ? html`<p>${t(count === 1 ? "problemsCountOne" : "problemsCountOther", { count })}</p>` : nothing}
      ${state.problems.other.map((problem) => html`<p>${problem}</p>`)}
    </div>`;
  }

  /** The submit button and, beside it, "Saving …" or "✓ Saved" for screen readers too. */
  renderSaveRow(label: AnyMessageKey, options: { disabled: boolean }): TemplateResult {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.#state.state;
    return html`<div class="save-row">
      <button class="button primary" type="submit" ?disabled=${options.disabled || state === "saving"}>${t(label)}</button>
      ${this.renderStatus()}
    </div>`;
  }

  renderStatus(): TemplateResult {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.#state.state;
    return html`<span class="save-status" role="status">${state === "saving" ? t("saving") : state === "saved" ? html`<span class="saved">✓ ${t("saved")}</span>` : nothing}</span>`;
  }

  #set(state: SaveState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}
