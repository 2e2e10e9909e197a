import { LitElement, html, nothing } from "lit";
import { icons } from "../icons.ts";
import type { OpeningHours, TimeSlot } from "../../api/opening.ts";
import type { FieldProblems } from "../../business/field-problems.ts";
import {
  addSlot,
  addSpecialDay,
  addSpecialSlot,
  canAddSlot,
  changeSlot,
  changeSpecialDay,
  changeSpecialSlot,
  copyToWorkdays,
  localHoursProblems,
  removeSlot,
  removeSpecialDay,
  removeSpecialSlot,
  tidyClock,
  timeZoneChoices,
  type LocalProblem,
} from "../../business/hours-editor-model.ts";
import { weekdayName, weekdays, type Weekday } from "../../i18n/format.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { buttonStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { HoursChangeEvent } from "./hours-change-event.ts";
import { hoursEditorStyles } from "./hours-editor.styles.ts";

const localProblemKeys: Record<LocalProblem, AnyMessageKey> = {
  "same-time": "hoursProblemSameTime",
  overlap: "hoursProblemOverlap",
  "date-missing": "hoursProblemDateMissing",
  "date-twice": "hoursProblemDateTwice",
  "time-missing": "hoursProblemTimeMissing",
  "time-invalid": "hoursProblemTimeInvalid",
};

/**
 * Opening hours as a form: per weekday any number of shifts (split
 * shifts), special days with their own hours or closed, with a note, and
 * the business's time zone. Mistakes are shown next to the day they
 * concern, both the ones seen here and the ones the API names.
 */
export class HoursEditor extends LitElement {
  static override properties = {
    hours: { attribute: false },
    problems: { attribute: false },
    today: { type: String },
    locale: { type: String },
    disabled: { type: Boolean },
  };

  static override styles = [...sharedStyles, buttonStyles, formStyles, controlStyles, hoursEditorStyles];

  declare hours: OpeningHours;
  /** Problems from the API, by field key ("hours.weekly.mon", "hours.special.0", "hours.timeZone"). */
  declare problems: FieldProblems;
  /** "YYYY-MM-DD": where a new special day starts. */
  declare today: string;
  declare locale: string;
  declare disabled: boolean;
  readonly #t = new SignedInLocaleController(this);

  constructor() {
    super();
    this.hours = { timeZone: "Europe/Berlin", weekly: {}, special: [] };
    this.problems = {};
    this.today = new Date().toISOString().slice(0, 10);
    this.locale = "en";
    this.disabled = false;
  }

  #change(hours: OpeningHours, focus?: string): void {
    this.hours = hours;
    this.dispatchEvent(new HoursChangeEvent(hours));
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  #messages(key: string, local: Record<string, LocalProblem[]>): string[] {
    const t = this.#t.t.bind(this.#t);
    return [...(local[key] ?? []).map((problem) => t(localProblemKeys[problem])), ...(this.problems[key] ?? [])];
  }

  #renderProblems(id: string, messages: readonly string[]) {
    if (messages.length === 0) return nothing;
    return html`<ul class="problems" id=${id}>
      ${messages.map((message) => html`<li class="field-error">${message}</li>`)}
    </ul>`;
  }

  override render() {
    const t = this.#t.t.bind(this.#t);
    const local = localHoursProblems(this.hours);
    const zoneProblems = this.problems["hours.timeZone"] ?? [];
    return html`
      <div class="field zone">
        <label for="zone">${t("hoursTimeZoneLabel")}</label>
        <select
          id="zone"
          ?disabled=${this.disabled}
          aria-invalid=${zoneProblems.length > 0 ? "true" : "false"}
          aria-describedby=${zoneProblems.length > 0 ? "zone-problems" : nothing}
          @change=${(event: Event) => this.#change({ ...this.hours, timeZone: (event.target as HTMLSelectElement).value })}
        >
          ${timeZoneChoices(this.hours.timeZone).map((zone) => html`<option value=${zone} ?selected=${zone === this.hours.timeZone}>${zone.replaceAll("_", " ")}</option>`)}
        </select>
        ${this.#renderProblems("zone-problems", zoneProblems)}
      </div>

      <h3 class="section-title">${t("hoursWeeklyHeading")}</h3>
      <p class="hint">${t("hoursWeeklyHint")}</p>
      <ul class="days">
        ${weekdays.map((day) => this.#renderDay(day, this.#messages(`hours.weekly.${day}`, local)))}
      </ul>

      <h3 class="section-title">${t("specialDaysHeading")}</h3>
      <p class="hint">${t("hoursSpecialHint")}</p>
      ${this.hours.special.length === 0 ? html`<p class="none">${t("hoursNoSpecialDays")}</p>` : nothing}
      <ul class="special-days">
        ${this.hours.special.map((_day, index) => this.#renderSpecialDay(index, this.#messages(`hours.special.${index}`, local)))}
      </ul>
      <button
        class="button secondary small add-special"
        type="button"
        ?disabled=${this.disabled}
        @click=${() => this.#change(addSpecialDay(this.hours, this.today), `#special-${this.hours.special.length}-date`)}
      >
        <span aria-hidden="true">+</span> ${t("hoursAddSpecialDay")}
      </button>
    `;
  }

  #renderSlot(options: { id: string; slot: TimeSlot; label: string; onChange: (change: Partial<TimeSlot>) => void; onRemove: () => void; removeLabel: string; describedBy: string | undefined }) {
    const t = this.#t.t.bind(this.#t);
    const { id, slot, label } = options;
    return html`<li class="slot">
      <input
        id="${id}-open"
        class="time"
        type="text"
        inputmode="numeric"
        maxlength="5"
        placeholder="09:00"
        .value=${slot.open}
        ?disabled=${this.disabled}
        required
        aria-label=${t("hoursOpensLabel", { slot: label })}
        aria-describedby=${options.describedBy ?? nothing}
        @change=${(event: Event) => options.onChange({ open: tidyClock((event.target as HTMLInputElement).value) })}
      />
      <span class="dash" aria-hidden="true">–</span>
      <input
        id="${id}-close"
        class="time"
        type="text"
        inputmode="numeric"
        maxlength="5"
        placeholder="17:00"
        .value=${slot.close}
        ?disabled=${this.disabled}
        required
        aria-label=${t("hoursClosesLabel", { slot: label })}
        aria-describedby=${options.describedBy ?? nothing}
        @change=${(event: Event) => options.onChange({ close: tidyClock((event.target as HTMLInputElement).value) })}
      />
      <button class="icon-button remove" type="button" ?disabled=${this.disabled} aria-label=${options.removeLabel} title=${options.removeLabel} @click=${options.onRemove}>
        ${icons.close}
      </button>
    </li>`;
  }

  #renderDay(day: Weekday, problems: string[]) {
    const t = this.#t.t.bind(this.#t);
    const name = weekdayName(day, this.locale);
    const slots = this.hours.weekly[day] ?? [];
    const problemId = problems.length > 0 ? `day-${day}-problems` : undefined;
    return html`<li class="day ${problems.length > 0 ? "invalid" : ""}" role="group" aria-labelledby="day-${day}">
      <span class="day-name" id="day-${day}">${name}</span>
      <div class="day-body">
        ${slots.length === 0 ? html`<p class="closed">${t("hoursClosedAllDay")}</p>` : nothing}
        <ul class="slots">
          ${slots.map((slot, index) =>
            this.#renderSlot({
              id: `day-${day}-${index}`,
              slot,
              label: t("hoursShiftName", { day: name, number: index + 1 }),
              describedBy: problemId,
              onChange: (change) => this.#change(changeSlot(this.hours, day, index, change)),
              onRemove: () => this.#change(removeSlot(this.hours, day, index), index > 0 ? `#day-${day}-${index - 1}-close` : `#add-${day}`),
              removeLabel: t("hoursRemoveShift", { slot: t("hoursShiftName", { day: name, number: index + 1 }) }),
            }),
          )}
        </ul>
        ${this.#renderProblems(problemId ?? "", problems)}
        <div class="day-actions">
          <button
            id="add-${day}"
            class="text-button"
            type="button"
            ?disabled=${this.disabled || !canAddSlot(slots)}
            aria-label=${t("hoursAddShiftOn", { day: name })}
            @click=${() => this.#change(addSlot(this.hours, day), `#day-${day}-${slots.length}-open`)}
          >
            <span aria-hidden="true">+</span> ${t(slots.length === 0 ? "hoursAddHours" : "hoursAddShift")}
          </button>
          ${day === "mon" && slots.length > 0
            ? html`<button class="text-button" type="button" ?disabled=${this.disabled} @click=${() => this.#change(copyToWorkdays(this.hours, day))}>${t("hoursCopyToWorkdays")}</button>`
            : nothing}
        </div>
      </div>
    </li>`;
  }

  #renderSpecialDay(index: number, problems: string[]) {
    const t = this.#t.t.bind(this.#t);
    const day = this.hours.special[index];
    if (!day) return nothing;
    const id = `special-${index}`;
    const problemId = problems.length > 0 ? `${id}-problems` : undefined;
    const title = t("hoursSpecialDayName", { number: index + 1 });
    return html`<li class="special ${problems.length > 0 ? "invalid" : ""}" role="group" aria-label=${title}>
      <div class="special-fields">
        <div class="field">
          <label for="${id}-date">${t("hoursDateLabel")}</label>
          <input
            id="${id}-date"
            type="date"
            .value=${day.date}
            ?disabled=${this.disabled}
            required
            aria-invalid=${problems.length > 0 ? "true" : "false"}
            aria-describedby=${problemId ?? nothing}
            @change=${(event: Event) => this.#change(changeSpecialDay(this.hours, index, { date: (event.target as HTMLInputElement).value }))}
          />
        </div>
        <div class="field note-field">
          <label for="${id}-note">${t("hoursNoteLabel")}</label>
          <input
            id="${id}-note"
            type="text"
            maxlength="120"
            .value=${day.note ?? ""}
            placeholder=${t("hoursNotePlaceholder")}
            ?disabled=${this.disabled}
            @change=${(event: Event) => this.#change(changeSpecialDay(this.hours, index, { note: (event.target as HTMLInputElement).value }))}
          />
        </div>
        <button
          class="icon-button remove-special"
          type="button"
          ?disabled=${this.disabled}
          aria-label=${t("hoursRemoveSpecialDay", { name: title })}
          title=${t("hoursRemoveSpecialDay", { name: title })}
          @click=${() => this.#change(removeSpecialDay(this.hours, index), ".add-special")}
        >
          ${icons.trash}
        </button>
      </div>
      ${day.slots.length === 0 ? html`<p class="closed">${t("hoursClosedAllDay")}</p>` : nothing}
      <ul class="slots">
        ${day.slots.map((slot, slotIndex) =>
          this.#renderSlot({
            id: `${id}-${slotIndex}`,
            slot,
            label: t("hoursShiftName", { day: title, number: slotIndex + 1 }),
            describedBy: problemId,
            onChange: (change) => this.#change(changeSpecialSlot(this.hours, index, slotIndex, change)),
            onRemove: () => this.#change(removeSpecialSlot(this.hours, index, slotIndex), `#${id}-date`),
            removeLabel: t("hoursRemoveShift", { slot: t("hoursShiftName", { day: title, number: slotIndex + 1 }) }),
          }),
        )}
      </ul>
      ${this.#renderProblems(problemId ?? "", problems)}
      <button
        class="text-button"
        type="button"
        ?disabled=${this.disabled || !canAddSlot(day.slots)}
        @click=${() => this.#change(addSpecialSlot(this.hours, index), `#${id}-${day.slots.length}-open`)}
      >
        <span aria-hidden="true">+</span> ${t(day.slots.length === 0 ? "hoursOpenOnThisDay" : "hoursAddShift")}
      </button>
    </li>`;
  }
}
