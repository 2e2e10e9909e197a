import { LitElement, html, nothing } from "lit";
import type { OpeningHours } from "../../api/opening.ts";
import { slotLabel, weekRows } from "../../business/hours-table.ts";
import { weekdayName } from "../../i18n/format.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { sharedStyles } from "../../styles/shared.ts";
import { hoursTableStyles } from "./hours-table.styles.ts";

/**
 * The weekly opening hours, Monday to Sunday in the UI language, one line
 * per slot (split shifts), past-midnight slots marked, today highlighted.
 */
export class HoursTable extends LitElement {
  static override properties = {
    hours: { attribute: false },
    today: { type: String },
  };

  static override styles = [...sharedStyles, hoursTableStyles];

  declare hours: OpeningHours | undefined;
  /** Today's date "YYYY-MM-DD" in the business's time zone. */
  declare today: string;
  readonly #locale = new LocaleController(this);

  constructor() {
    super();
    this.hours = undefined;
    this.today = "";
  }

  override render() {
    if (!this.hours) return nothing;
    const t = this.#locale.t.bind(this.#locale);
    const locale = this.#locale.locale;
    return html`
      <table>
        <caption class="visually-hidden">${t("hoursHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">${t("hoursDayColumn")}</th>
            <th scope="col">${t("hoursTimesColumn")}</th>
          </tr>
        </thead>
        <tbody>
          ${weekRows(this.hours, this.today).map(
            (row) => html`
              <tr class=${row.isToday ? "today" : ""} data-day=${row.day} aria-current=${row.isToday ? "date" : nothing}>
                <th scope="row">${weekdayName(row.day, locale)}${row.isToday ? html` <span class="today-tag">(${t("hoursToday")})</span>` : nothing}</th>
                <td>
                  ${row.slots.length === 0
                    ? html`<span class="closed">${t("hoursClosed")}</span>`
                    : row.slots.map(
                        (slot, index) =>
                          // Shown one per line; the hidden comma keeps a screen reader (and copied text) from running them together.
                          html`${index > 0 ? html`<span class="visually-hidden">, </span>` : nothing}<span class="slot" ?data-overnight=${slot.overnight}
                              >${slotLabel(slot, locale, t)}</span
                            >`,
                      )}
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }
}
