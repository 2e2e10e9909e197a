import { html, nothing, type ReactiveControllerHost, type TemplateResult } from "lit";
import { fetchManagedBusiness, type ManagedBusiness } from "../api/business-management.ts";
import { failureMessage } from "../api/failure-message.ts";
import { ApiError } from "../api/http.ts";
import type { Translate } from "../i18n/signed-in-locale-controller.ts";
import type { SignedInServices } from "../signed-in/services.ts";
import { LoaderController } from "../state/loader-controller.ts";

/**
 * The business a staff member manages (profile, settings, role, staff),
 * loaded once per slug for the settings pages, with the loading and
 * failure states they show alike.
 */
export class ManagedBusinessController {
  readonly #loader: LoaderController<ManagedBusiness>;
  readonly #services: () => SignedInServices | undefined;

  constructor(host: ReactiveControllerHost, services: () => SignedInServices | undefined) {
    this.#services = services;
    this.#loader = new LoaderController(host, (slug, signal) => {
      const api = this.#services()?.api;
      if (!api) return Promise.reject(new ApiError({ kind: "unauthorized" }, "signed out"));
      return fetchManagedBusiness(slug, { ...api, signal });
    });
  }

  /** Loads the business of `slug` unless it is loaded (or failed) already; waits for signed-in services. */
  show(slug: string): void {
    if (slug && this.#services()) void this.#loader.loader.show(slug);
  }

  get business(): ManagedBusiness | undefined {
    const state = this.#loader.state;
    return state.status === "loaded" ? state.value : undefined;
  }

  /** "Loading …" while it loads; after a failure, what to do about it and a retry button; otherwise nothing. */
  renderState(t: Translate): TemplateResult | typeof nothing {
    const state = this.#loader.state;
    if (state.status === "loading") return html`<p class="lead" role="status">${t("settingsLoading")}</p>`;
    if (state.status !== "failed") return nothing;
    const message = state.failure.kind === "forbidden" ? { key: "settingsForbidden" as const, params: undefined } : failureMessage(state.failure);
    return html`<div class="notice error" role="alert">
      <p>${t(message.key, message.params)}</p>
      <button class="button secondary" type="button" @click=${() => void this.#loader.loader.reload()}>${t("retry")}</button>
    </div>`;
  }
}
