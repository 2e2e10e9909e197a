import { html, nothing, type PropertyValues } from "lit";
import { saveProfile } from "../../api/business-management.ts";
import type { OpeningHours } from "../../api/opening.ts";
import { hoursForSaving, localHoursProblems } from "../../business/hours-editor-model.ts";
import "../../components/hours-editor/hours-editor.ts";
import type { HoursChangeEvent } from "../../components/hours-editor/hours-editor.ts";
import { dateIn, weekdays } from "../../i18n/format.ts";
import { userTimeZone } from "../../i18n/relative-time.ts";
import { SettingsSection } from "./settings-section.ts";

const hoursFields = ["hours.timeZone", ...weekdays.map((day) => `hours.weekly.${day}`), "hours.weekly", "hours.special", "hours"];

/** Special-day problems are reported per index: "hours.special.3" is a field key of its own. */
function hoursFieldKeys(hours: OpeningHours): string[] {
  return [...hours.special.map((_day, index) => `hours.special.${index}`), ...hoursFields];
}

/** The settings page's opening hours: the weekly editor with split shifts, special days and the time zone. */
export class HoursSettings extends SettingsSection {
  static override properties = {
    stored: { attribute: false },
    hours: { state: true },
  };

  /** The hours as the business has them now; the editor starts from them. */
  declare stored: OpeningHours | undefined;
  declare hours: OpeningHours | undefined;

  constructor() {
    super();
    this.stored = undefined;
    this.hours = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("stored")) this.hours = this.stored;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const hours = this.hours;
    const services = this.services;
    if (!hours || !services) return;
    if (Object.keys(localHoursProblems(hours)).length > 0) {
      this.saving.refuse(this.locale.t("hoursFixFirst"));
      return;
    }
    void this.saving.save(hoursFieldKeys(hours), async () => {
      this.hours = (await saveProfile(this.slug, { hours: hoursForSaving(hours) }, services.api)).hours;
    });
  }

  override render() {
    const t = this.locale.t.bind(this.locale);
    const hours = this.hours;
    if (!hours) return nothing;
    return html`<section class="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading">${t("hoursHeading")}</h2>
      <form id="hours" @submit=${(event: SubmitEvent) => this.#submit(event)} novalidate>
        ${this.saving.renderProblems()}
        <kontor-hours-editor
          .hours=${hours}
          .problems=${this.saving.fieldProblems}
          today=${dateIn(new Date(), hours.timeZone || userTimeZone())}
          locale=${this.locale.locale}
          ?disabled=${!this.editable}
          @kontor-hours-change=${(event: HoursChangeEvent) => {
            this.hours = event.hours;
            this.saving.changed();
          }}
        ></kontor-hours-editor>
        ${this.saving.renderSaveRow("saveHours", { disabled: !this.editable })}
      </form>
    </section>`;
  }
}
