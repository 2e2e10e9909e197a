import { LitElement, html, nothing } from "lit";
import { ModalDialogController } from "../../components/modal-dialog-controller.ts";
import { parseCustomSnooze, snoozePresets, snoozeUntil, toDateTimeLocal, type SnoozePreset } from "../../conversations/snooze.ts";
import { formatFullDateTime, userTimeZone } from "../../i18n/relative-time.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { ClockController } from "../../state/clock-controller.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, dialogStyles, formStyles } from "../../styles/form-styles.ts";
import { snoozeDialogStyles } from "./snooze-dialog.styles.ts";

/** Asks to snooze the conversation until `until`; the dialog stays open until the owner closes it (once saved). */
export class SnoozeChosenEvent extends Event {
  static readonly eventName = "kontor-snooze-chosen";
  readonly until: Date;

  constructor(until: Date) {
    super(SnoozeChosenEvent.eventName, { bubbles: true, composed: true });
    this.until = until;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-snooze-chosen": SnoozeChosenEvent;
  }
}

const presetKeys: Record<SnoozePreset, AnyMessageKey> = { "one-hour": "snoozeOneHour", tomorrow: "snoozeTomorrow", "next-monday": "snoozeNextMonday" };

/** Snoozing a conversation: a few presets (one hour, tomorrow, next Monday) or a time of one's own. */
export class SnoozeDialog extends LitElement {
  static override properties = {
    busy: { type: Boolean },
    problem: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, formStyles, controlStyles, dialogStyles, snoozeDialogStyles];

  /** While a change is being saved: no second one. */
  declare busy: boolean;
  declare problem: string;
  readonly #locale = new SignedInLocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #modal = new ModalDialogController(this, { dialog: () => this.renderRoot.querySelector("dialog") });

  constructor() {
    super();
    this.busy = false;
    this.problem = "";
  }

  /** Opens the dialog; focus goes back to `opener` when it closes. */
  async open(opener: HTMLElement | null): Promise<void> {
    this.problem = "";
    await this.updateComplete;
    this.#modal.open(opener);
  }

  close(): void {
    this.#modal.close();
  }

  #choose(until: Date): void {
    this.dispatchEvent(new SnoozeChosenEvent(until));
  }

  #chooseCustom(event: SubmitEvent): void {
    event.preventDefault();
    const value = this.renderRoot.querySelector<HTMLInputElement>("#snooze-custom")?.value ?? "";
    const parsed = parseCustomSnooze(value, new Date());
    if (!parsed.ok) {
      this.problem = this.#locale.t(parsed.problem === "past" ? "snoozePast" : "snoozeInvalid");
      return;
    }
    this.#choose(parsed.until);
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const now = this.#clock.now();
    const locale = this.#locale.locale;
    const zone = userTimeZone();
    return html`<dialog id="snooze-dialog" aria-labelledby="snooze-title" @close=${this.#modal.onClose}>
      <h2 id="snooze-title">${t("snoozeTitle")}</h2>
      <p class="hint">${t("snoozeHint")}</p>
      <ul class="presets">
        ${snoozePresets.map((preset) => {
          const until = snoozeUntil(preset, now);
          return html`<li>
            <button class="button secondary preset" type="button" ?disabled=${this.busy} @click=${() => this.#choose(until)}>
              <span>${t(presetKeys[preset])}</span>
              <span class="preset-time">${formatFullDateTime(until, locale, zone)}</span>
            </button>
          </li>`;
        })}
      </ul>
      <form class="custom" @submit=${(event: SubmitEvent) => this.#chooseCustom(event)}>
        <div class="field">
          <label for="snooze-custom">${t("snoozeCustom")}</label>
          <input
            id="snooze-custom"
            type="datetime-local"
            min=${toDateTimeLocal(now)}
            .value=${toDateTimeLocal(snoozeUntil("tomorrow", now))}
            aria-invalid=${this.problem ? "true" : "false"}
            aria-describedby=${this.problem ? "snooze-problem" : nothing}
          />
          ${this.problem ? html`<p class="field-error" id="snooze-problem" role="alert">${this.problem}</p>` : nothing}
        </div>
        <div class="dialog-actions">
          <button class="button secondary" type="button" @click=${() => this.close()}>${t("cancel")}</button>
          <button class="button primary" type="submit" ?disabled=${this.busy}>${t("snoozeSubmit")}</button>
        </div>
      </form>
    </dialog>`;
  }
}
