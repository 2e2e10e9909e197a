import { LitElement, html, nothing } from "lit";
import { icons } from "../../components/icons.ts";
import { fetchBusiness, type BusinessProfile } from "../../api/businesses.ts";
import type { CustomerConversation } from "../../api/conversations.ts";
import { openingDetail } from "../../business/opening-text.ts";
import "../../components/business-logo/business-logo.ts";
import "../../components/composer/composer.ts";
import type { Composer, ComposerAttachEvent, ComposerSendEvent, ComposerTypingEvent } from "../../components/composer/composer.ts";
import { logoPath } from "../../components/conversation-list/conversation-list.ts";
import "../../components/open-badge/open-badge.ts";
import { RoomTimelineController } from "../../conversations/room-timeline-controller.ts";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import type { MatrixRuntime } from "../../matrix/runtime-types.ts";
import { paths } from "../../routing/routes.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles } from "../../styles/form-styles.ts";
import { conversationLog, editLastMessage } from "../conversation-log.ts";
import { conversationViewStyles } from "../conversation-view.styles.ts";

type RoomState = { state: "joining" } | { state: "ready" } | { state: "failed" };

/**
 * One conversation as the customer sees it: the business (with whether it
 * is open now), the messages, and the composer.
 */
export class CustomerConversationView extends LitElement {
  static override properties = {
    conversation: { attribute: false },
    runtime: { attribute: false },
    room: { state: true },
    business: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, controlStyles, conversationViewStyles];

  declare conversation: CustomerConversation | undefined;
  declare runtime: MatrixRuntime | undefined;
  declare room: RoomState;
  declare business: BusinessProfile | undefined;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #timeline = new RoomTimelineController(this);
  #openedFor: string | undefined;
  #businessFor: string | undefined;

  constructor() {
    super();
    this.conversation = undefined;
    this.runtime = undefined;
    this.room = { state: "joining" };
    this.business = undefined;
  }

  /** Focuses the conversation's heading (after navigating to it). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("h1")?.focus();
  }

  override willUpdate(): void {
    const conversation = this.conversation;
    const slug = conversation?.business?.slug;
    if (slug && slug !== this.#businessFor) {
      this.#businessFor = slug;
      this.business = undefined;
      fetchBusiness(slug, this.#locale.language).then(
        (business) => {
          if (this.#businessFor === slug) this.business = business;
        },
        () => undefined,
      );
    }
    if (conversation?.roomId && this.runtime && this.#openedFor !== conversation.id) {
      this.#openedFor = conversation.id;
      void this.#open(this.runtime, conversation);
    }
  }

  async #open(runtime: MatrixRuntime, conversation: CustomerConversation): Promise<void> {
    const roomId = conversation.roomId;
    if (!roomId) return;
    this.#timeline.close();
    this.room = { state: "joining" };
    try {
      await runtime.joinRoom(roomId);
    } catch {
      if (this.#openedFor === conversation.id) this.room = { state: "failed" };
      return;
    }
    if (this.#openedFor !== conversation.id) return;
    const businessUserId = conversation.business?.mxid ?? "";
    this.#timeline.open(runtime, roomId, {
      view: "customer",
      businessUserId,
      isStaff: (userId) => userId === businessUserId,
      isCounterpart: (userId) => userId === businessUserId,
      youLabel: this.#locale.t("you"),
    });
    this.room = { state: "ready" };
  }

  get #composer(): Composer | null {
    return this.renderRoot.querySelector("kontor-composer");
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const conversation = this.conversation;
    if (!conversation) return nothing;
    const business = conversation.business;
    const name = business?.name ?? t("businessGone");
    const timeline = this.#timeline.timeline;
    const profile = this.business;
    const detail = profile ? openingDetail(profile.opening, this.#clock.now(), this.#locale.locale) : undefined;
    return html`
      <header class="pane-header conversation-header">
        <a class="back icon-button" href=${paths.conversations} aria-label=${t("backToConversations")}>${icons.back}</a>
        <kontor-business-logo .name=${name} .logo=${business?.logo ?? null} .seed=${business?.slug ?? name} .src=${business ? logoPath(business.slug) : ""}></kontor-business-logo>
        <div class="header-text">
          <h1 tabindex="-1">${name}</h1>
          <p class="header-detail">
            ${profile ? html`<kontor-open-badge ?open=${profile.opening.openNow}></kontor-open-badge>` : nothing}
            ${detail ? html`<span>${t(detail.key, detail.params)}</span>` : nothing}
            ${profile?.responseTimeText ? html`<span class="muted">· ${profile.responseTimeText}</span>` : nothing}
          </p>
        </div>
        ${business ? html`<a class="text-button profile-link" href=${paths.business(business.slug)}>${t("businessProfileLink")}</a>` : nothing}
      </header>
      ${this.room.state === "failed"
        ? html`<div class="notice error state" role="alert">
            <p>${t("roomJoinFailed")}</p>
            <button class="button secondary" type="button" @click=${() => this.runtime && this.conversation && void this.#open(this.runtime, this.conversation)}>${t("retry")}</button>
          </div>`
        : nothing}
      ${this.room.state === "joining" ? html`<p class="state" role="status">${t("roomJoining")}</p>` : nothing}
      ${conversationLog(this.#timeline, {
        media: this.runtime?.media,
        now: this.#clock.now(),
        locale: this.#locale.locale,
        label: t("messagesWith", { name }),
        emptyText: t("conversationEmpty", { name }),
        composer: () => this.#composer,
      })}
      ${this.runtime?.status === "reconnecting" ? html`<p class="connection" role="status">${t("connectionLost")}</p>` : nothing}
      <kontor-composer
        .context=${this.#timeline.context}
        ?disabled=${!timeline}
        disabled-reason=${t("composerWaiting")}
        placeholder=${t("composerPlaceholderBusiness", { name })}
        @kontor-compose-send=${(event: ComposerSendEvent) => this.#timeline.send(event.text)}
        @kontor-compose-typing=${(event: ComposerTypingEvent) => timeline?.setTyping(event.typing)}
        @kontor-compose-attach=${(event: ComposerAttachEvent) => timeline?.sendFiles(event.files)}
        @kontor-compose-cancel=${() => this.#timeline.cancelContext()}
        @kontor-compose-edit-last=${() => editLastMessage(this.#timeline, this.#composer)}
      ></kontor-composer>
    `;
  }
}
