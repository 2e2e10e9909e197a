import { LitElement, html, nothing } from "lit";
import { startConversation } from "../../api/conversations.ts";
import { failureMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import { NavigationRequestEvent } from "../../app/app-events.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import type { MessageParams } from "../../i18n/messages.ts";
import { paths } from "../../routing/routes.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";

type Step = { state: "starting" } | { state: "joining"; name: string } | { state: "failed"; key: AnyMessageKey; params?: MessageParams };

/**
 * `/b/:slug/write`, from a business page's "Write a message": starts the
 * conversation (or finds the open one), joins its room and opens it.
 */
export class WritePage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    step: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare step: Step;
  readonly #locale = new SignedInLocaleController(this);
  readonly #page = new PageController(this, () => this.#locale.t("writeTitle"));
  #startedFor: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.step = { state: "starting" };
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    if (!this.services || !this.slug || this.#startedFor === this.slug) return;
    this.#startedFor = this.slug;
    void this.#start();
  }

  async #start(): Promise<void> {
    const services = this.services;
    if (!services) return;
    this.step = { state: "starting" };
    try {
      const runtime = services.matrix();
      const conversation = await startConversation(this.slug, services.api);
      if (!conversation.roomId) throw new ApiError({ kind: "conflict", message: "no room yet" }, "no room yet");
      this.step = { state: "joining", name: conversation.business?.name ?? this.slug };
      await (await runtime).joinRoom(conversation.roomId);
      this.dispatchEvent(new NavigationRequestEvent(paths.conversation(conversation.id), { replace: true }));
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.failure.kind === "conflict") this.step = { state: "failed", key: "writeNotAccepting" };
        else if (error.failure.kind === "not-found") this.step = { state: "failed", key: "writeBusinessNotFound" };
        else {
          const message = failureMessage(error.failure);
          this.step = { state: "failed", key: message.key, params: message.params };
        }
      } else {
        this.step = { state: "failed", key: "writeJoinFailed" };
      }
    }
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const step = this.step;
    return html`
      <h1 tabindex="-1">${t("writeTitle")}</h1>
      <div aria-live="polite">
        ${step.state === "starting" ? html`<p class="lead" role="status">${t("writeStarting")}</p>` : nothing}
        ${step.state === "joining" ? html`<p class="lead" role="status">${t("writeJoining", { name: step.name })}</p>` : nothing}
      </div>
      ${step.state === "failed"
        ? html`<div class="notice error" role="alert">
            <p>${t(step.key, step.params)}</p>
            <p>
              <button class="button secondary" type="button" @click=${() => void this.#start()}>${t("retry")}</button>
              <a class="button secondary" href=${paths.business(this.slug)}>${t("writeBackToBusiness")}</a>
            </p>
          </div>`
        : nothing}
    `;
  }
}
