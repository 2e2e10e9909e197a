import { html, nothing, type TemplateResult } from "lit";
import type { BusinessProfile } from "../../api/businesses.ts";
import { upcomingSpecialDays, dayLabel, type Translate } from "../../business/hours-table.ts";
import { matrixToHref, openStreetMapUrl, telephoneHref, websiteHref, websiteLabel } from "../../business/links.ts";
import "../../components/hours-table/hours-table.ts";
import { formatCalendarDate, languageName, regionName } from "../../i18n/format.ts";

/** What the section templates need besides the business. */
export interface SectionContext {
  t: Translate;
  locale: string;
  /** The user's own time zone, to say when the hours are in another one. */
  userTimeZone: string;
}

/** Links that leave Kontor: no referrer, no opener, no ranking credit for user-supplied sites. */
const externalRel = "noopener noreferrer nofollow";

export function hoursSection(business: BusinessProfile, { t, locale, userTimeZone }: SectionContext): TemplateResult {
  const today = business.opening.today.date;
  const special = today ? upcomingSpecialDays(business.hours, today) : [];
  const currentYear = Number(today.slice(0, 4)) || undefined;
  const zone = business.hours.timeZone;
  return html`
    <section class="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading">${t("hoursHeading")}</h2>
      <kontor-hours-table .hours=${business.hours} today=${today}></kontor-hours-table>
      ${zone !== userTimeZone ? html`<p class="note">${t("hoursTimeZone", { zone: zone.replaceAll("_", " ") })}</p>` : nothing}
      ${special.length > 0
        ? html`
            <h3 id="special-heading">${t("specialDaysHeading")}</h3>
            <ul class="special-days" aria-labelledby="special-heading">
              ${special.map(
                (day) => html`<li>
                  <span class="special-date">${formatCalendarDate(day.date, locale, currentYear)}</span>
                  <span class="special-hours">${dayLabel(day.slots, locale, t)}</span>
                  ${day.note ? html`<span class="special-note">${day.note}</span>` : nothing}
                </li>`,
              )}
            </ul>
          `
        : nothing}
    </section>
  `;
}

function addressLines(business: BusinessProfile, locale: string): string[] {
  const { street, postcode, city, country } = business.address;
  return [street, [postcode, city].filter(Boolean).join(" "), country ? regionName(country, locale) : ""].filter(Boolean);
}

export function contactSection(business: BusinessProfile, { t, locale }: SectionContext): TemplateResult {
  const lines = addressLines(business, locale);
  const map = openStreetMapUrl(business.address, business.coordinates);
  const website = websiteHref(business.website);
  const phone = telephoneHref(business.phone);
  const spoken = new Intl.ListFormat(locale, { type: "conjunction" }).format(business.languages.map((code) => languageName(code, locale)));
  return html`
    <section class="panel" aria-labelledby="contact-heading">
      <h2 id="contact-heading">${t("contactHeading")}</h2>
      <dl class="facts">
        ${lines.length > 0
          ? html`<div>
              <dt>${t("addressLabel")}</dt>
              <dd>
                <address>${lines.map((line) => html`<span class="line">${line}</span>`)}</address>
                ${map ? html`<a class="map-link" href=${map} rel=${externalRel}>${t("mapLink")}</a>` : nothing}
              </dd>
            </div>`
          : nothing}
        ${website
          ? html`<div>
              <dt>${t("websiteLabel")}</dt>
              <dd><a href=${website} rel=${externalRel}>${websiteLabel(website)}</a></dd>
            </div>`
          : nothing}
        ${phone && business.phone
          ? html`<div>
              <dt>${t("phoneLabel")}</dt>
              <dd><a href=${phone}>${business.phone}</a></dd>
            </div>`
          : nothing}
        ${business.languages.length > 0
          ? html`<div>
              <dt>${t("languagesLabel")}</dt>
              <dd>${spoken}</dd>
            </div>`
          : nothing}
      </dl>
    </section>
  `;
}

export function matrixSection(business: BusinessProfile, { t }: SectionContext): TemplateResult | typeof nothing {
  if (!business.alias) return nothing;
  const link = matrixToHref(business.alias, business.matrixTo);
  return html`
    <section class="panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">${t("matrixHeading")}</h2>
      <dl class="facts">
        <div>
          <dt>${t("matrixAddressLabel")}</dt>
          <dd><code class="alias">${business.alias}</code></dd>
        </div>
      </dl>
      ${link ? html`<a class="matrix-link" href=${link} rel=${externalRel}>${t("openInMatrixApp")}</a>` : nothing}
    </section>
  `;
}
