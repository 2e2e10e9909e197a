import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { profileChange, responseTimes, saveProfile, type EditableProfile, type ResponseTime } from "../../api/business-management.ts";
import { categoryLabel, sortedCategories, type Category } from "../../api/categories.ts";
import { languageName } from "../../i18n/format.ts";
import type { AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { profileSettingsStyles } from "./profile-settings.styles.ts";
import { SettingsSection, sectionStyles } from "./settings-section.ts";

const profileFields = ["name", "description", "categories", "address.street", "address.postcode", "address.city", "address.country", "address", "languages", "website", "phone", "responseTime"];
const commonLanguages = ["de", "en", "fr", "es", "it", "nl", "pl", "tr", "ar", "uk", "ru", "pt"];
const responseKeys: Record<ResponseTime, AnyMessageKey> = {
  minutes: "responseMinutes",
  hour: "responseHour",
  hours: "responseHours",
  day: "responseDay",
  days: "responseDays",
};
const maxCategories = 5;

type TextFieldOptions = { type?: string; hint?: AnyMessageKey; required?: boolean; maxlength?: number; autocomplete?: string };

/** The settings page's public profile: name, description, categories, address, languages, contact and response time. */
export class ProfileSettings extends SettingsSection {
  static override properties = {
    stored: { attribute: false },
    profile: { state: true },
    categories: { state: true },
  };

  static override styles = [...sectionStyles, profileSettingsStyles];

  /** The profile as the business has it now; the form starts from it. */
  declare stored: EditableProfile | undefined;
  declare profile: EditableProfile | undefined;
  declare categories: readonly Category[];
  #categoriesAsked = false;

  constructor() {
    super();
    this.stored = undefined;
    this.profile = undefined;
    this.categories = [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("stored")) this.profile = this.stored;
    if (this.services && !this.#categoriesAsked) {
      this.#categoriesAsked = true;
      this.services.categories().then(
        (categories) => (this.categories = categories),
        () => undefined,
      );
    }
  }

  #change(change: Partial<EditableProfile>): void {
    if (this.profile) this.profile = { ...this.profile, ...change };
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const profile = this.profile;
    const services = this.services;
    if (!profile || !services) return;
    // Opening hours have a section of their own.
    const { hours: _hours, ...change } = profileChange(profile);
    void this.saving.save(profileFields, async () => {
      this.profile = await saveProfile(this.slug, change, services.api);
    });
  }

  #field(options: { id: string; field: string; label: AnyMessageKey; hint?: AnyMessageKey; control: (describedBy: string, invalid: boolean) => TemplateResult }) {
    const t = this.locale.t.bind(this.locale);
    const problems = this.saving.problemsFor(options.field);
    const describedBy = [options.hint ? `${options.id}-hint` : "", problems.length > 0 ? `${options.id}-error` : ""].filter(Boolean).join(" ");
    return html`<div class="field">
      <label for=${options.id}>${t(options.label)}</label>
      ${options.control(describedBy, problems.length > 0)}
      ${options.hint ? html`<p class="hint" id="${options.id}-hint">${t(options.hint)}</p>` : nothing}
      ${problems.length > 0 ? html`<p class="field-error" id="${options.id}-error">${problems.join(" ")}</p>` : nothing}
    </div>`;
  }

  #textField(id: string, field: string, label: AnyMessageKey, value: string, onInput: (value: string) => void, options: TextFieldOptions = {}) {
    return this.#field({
      id,
      field,
      label,
      hint: options.hint,
      control: (describedBy, invalid) => html`<input
        id=${id}
        type=${options.type ?? "text"}
        .value=${value}
        ?required=${options.required ?? false}
        maxlength=${options.maxlength ?? nothing}
        autocomplete=${options.autocomplete ?? "off"}
        aria-invalid=${invalid ? "true" : "false"}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />`,
    });
  }

  /** A group of checkboxes (categories, languages) with its hint and problems. */
  #choices(options: { id: string; legend: string; hint: string; choices: readonly { value: string; label: string }[]; chosen: readonly string[]; max?: number; onChange: (chosen: string[]) => void }) {
    const problems = this.saving.problemsFor(options.id);
    const { chosen, max } = options;
    return html`<fieldset class="choices" aria-describedby="${options.id}-hint ${problems.length > 0 ? `${options.id}-error` : ""}">
      <legend>${options.legend}</legend>
      <p class="hint" id="${options.id}-hint">${options.hint}</p>
      <ul class="checkbox-grid">
        ${options.choices.map(({ value, label }) => {
          const checked = chosen.includes(value);
          return html`<li>
            <label class="check">
              <input
                type="checkbox"
                .checked=${checked}
                ?disabled=${max !== undefined && !checked && chosen.length >= max}
                @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked ? [...chosen, value] : chosen.filter((existing) => existing !== value))}
              />
              ${label}
            </label>
          </li>`;
        })}
      </ul>
      ${problems.length > 0 ? html`<p class="field-error" id="${options.id}-error">${problems.join(" ")}</p>` : nothing}
    </fieldset>`;
  }

  override render() {
    const t = this.locale.t.bind(this.locale);
    const profile = this.profile;
    if (!profile) return nothing;
    const { language, locale } = this.locale;
    const address = profile.address;
    return html`<section class="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">${t("settingsProfileHeading")}</h2>
      <form id="profile" @submit=${(event: SubmitEvent) => this.#submit(event)} novalidate>
        ${this.saving.renderProblems()}
        <fieldset ?disabled=${!this.editable}>
          ${this.#textField("name", "name", "profileName", profile.name, (name) => this.#change({ name }), { required: true, maxlength: 80 })}
          ${this.#field({
            id: "description",
            field: "description",
            label: "profileDescription",
            hint: "profileDescriptionHint",
            control: (describedBy, invalid) => html`<textarea
              id="description"
              rows="4"
              maxlength="2000"
              .value=${profile.description}
              aria-invalid=${invalid ? "true" : "false"}
              aria-describedby=${describedBy || nothing}
              @input=${(event: Event) => this.#change({ description: (event.target as HTMLTextAreaElement).value })}
            ></textarea>`,
          })}
          ${this.#choices({
            id: "categories",
            legend: t("profileCategories"),
            hint: t("profileCategoriesHint", { count: maxCategories }),
            choices: sortedCategories(this.categories, language, locale).map((category) => ({ value: category.id, label: categoryLabel(this.categories, category.id, language) })),
            chosen: profile.categories,
            max: maxCategories,
            onChange: (categories) => this.#change({ categories }),
          })}
          <fieldset class="address">
            <legend>${t("addressLabel")}</legend>
            <div class="address-grid">
              ${this.#textField("street", "address.street", "addressStreet", address.street, (street) => this.#change({ address: { ...address, street } }), { autocomplete: "street-address" })}
              ${this.#textField("postcode", "address.postcode", "addressPostcode", address.postcode, (postcode) => this.#change({ address: { ...address, postcode } }), { autocomplete: "postal-code" })}
              ${this.#textField("city", "address.city", "addressCity", address.city, (city) => this.#change({ address: { ...address, city } }), { autocomplete: "address-level2" })}
              ${this.#textField("country", "address.country", "addressCountry", address.country, (country) => this.#change({ address: { ...address, country: country.toUpperCase() } }), {
                hint: "addressCountryHint",
                maxlength: 2,
              })}
            </div>
          </fieldset>
          ${this.#choices({
            id: "languages",
            legend: t("languagesLabel"),
            hint: t("profileLanguagesHint"),
            choices: [...new Set([...commonLanguages, ...profile.languages])].map((code) => ({ value: code, label: languageName(code, locale) })),
            chosen: profile.languages,
            onChange: (languages) => this.#change({ languages }),
          })}
          <div class="two">
            ${this.#textField("website", "website", "websiteLabel", profile.website, (website) => this.#change({ website }), { type: "url", hint: "profileWebsiteHint", autocomplete: "url" })}
            ${this.#textField("phone", "phone", "phoneLabel", profile.phone, (phone) => this.#change({ phone }), { type: "tel", hint: "profilePhoneHint", autocomplete: "tel" })}
          </div>
          ${this.#field({
            id: "response-time",
            field: "responseTime",
            label: "responseTimeLabel",
            control: (describedBy, invalid) => html`<select
              id="response-time"
              aria-invalid=${invalid ? "true" : "false"}
              aria-describedby=${describedBy || nothing}
              @change=${(event: Event) => this.#change({ responseTime: (event.target as HTMLSelectElement).value as ResponseTime })}
            >
              ${responseTimes.map((value) => html`<option value=${value} ?selected=${profile.responseTime === value}>${t(responseKeys[value])}</option>`)}
            </select>`,
          })}
        </fieldset>
        ${this.saving.renderSaveRow("saveProfile", { disabled: !this.editable })}
      </form>
    </section>`;
  }
}
