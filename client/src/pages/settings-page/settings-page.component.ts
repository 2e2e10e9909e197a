import { LitElement, html, nothing, type TemplateResult } from "lit";
import {
  cannedReplyId,
  deleteCannedReply,
  fetchCannedReplies,
  fetchManagedBusiness,
  profileChange,
  responseTimes,
  saveCannedReply,
  saveProfile,
  saveSettings,
  type CannedReply,
  type ConversationSettings,
  type EditableProfile,
  type ManagedBusiness,
  type ResponseTime,
} from "../../api/business-management.ts";
import { categoryLabel, sortedCategories, type Category } from "../../api/categories.ts";
import { failureMessage } from "../../api/failure-message.ts";
import { ApiError } from "../../api/http.ts";
import type { OpeningHours } from "../../api/opening.ts";
import { groupProblems, type GroupedProblems } from "../../business/field-problems.ts";
import { hoursForSaving, localHoursProblems } from "../../business/hours-editor-model.ts";
import "../../components/hours-editor/hours-editor.ts";
import type { HoursChangeEvent } from "../../components/hours-editor/hours-editor.ts";
import { dateIn, languageName, weekdays } from "../../i18n/format.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../../i18n/signed-in-locale-controller.ts";
import { userTimeZone } from "../../i18n/relative-time.ts";
import { paths } from "../../routing/routes.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../../styles/shared.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { settingsPageStyles } from "./settings-page.styles.ts";

type Section = "profile" | "hours" | "messages" | "canned";
type SectionState = { state: "idle" } | { state: "saving" } | { state: "saved" } | { state: "failed"; problems: GroupedProblems; message: string };
type Loaded = { state: "loading" } | { state: "ready"; business: ManagedBusiness } | { state: "failed"; key: AnyMessageKey; params?: Record<string, string | number> };

const profileFields = ["name", "description", "categories", "address.street", "address.postcode", "address.city", "address.country", "address", "languages", "website", "phone", "responseTime"];
const hoursFields = ["hours.timeZone", ...weekdays.map((day) => `hours.weekly.${day}`), "hours.weekly", "hours.special", "hours"];
const commonLanguages = ["de", "en", "fr", "es", "it", "nl", "pl", "tr", "ar", "uk", "ru", "pt"];
const responseKeys: Record<ResponseTime, AnyMessageKey> = {
  minutes: "responseMinutes",
  hour: "responseHour",
  hours: "responseHours",
  day: "responseDay",
  days: "responseDays",
};
const maxCategories = 5;

/** Special-day problems are reported per index: "hours.special.3" is a field key of its own. */
function hoursFieldKeys(hours: OpeningHours): string[] {
  return [...hours.special.map((_day, index) => `hours.special.${index}`), ...hoursFields];
}

/**
 * `/inbox/:slug/settings`: what owners change about their business — the
 * public profile, opening hours, automatic messages and canned replies —
 * and the staff list. Agents see the same page, read-only. Owners also
 * find the way to their API keys and webhooks (`integrations-page`).
 */
export class SettingsPage extends LitElement implements PageElement {
  static override properties = {
    services: { attribute: false },
    slug: { type: String },
    loaded: { state: true },
    profile: { state: true },
    hours: { state: true },
    settings: { state: true },
    canned: { state: true },
    categories: { state: true },
    sections: { state: true },
    editingReply: { state: true },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, formStyles, controlStyles, settingsPageStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare loaded: Loaded;
  declare profile: EditableProfile | undefined;
  declare hours: OpeningHours | undefined;
  declare settings: ConversationSettings | undefined;
  declare canned: readonly CannedReply[];
  declare categories: readonly Category[];
  declare sections: Readonly<Record<Section, SectionState>>;
  /** The canned reply in the edit form: an existing ID, or "" for a new one. */
  declare editingReply: string | undefined;
  readonly #locale = new SignedInLocaleController(this);
  readonly #page = new PageController(this, () => this.#title());
  #loadedFor: string | undefined;

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.loaded = { state: "loading" };
    this.profile = undefined;
    this.hours = undefined;
    this.settings = undefined;
    this.canned = [];
    this.categories = [];
    this.sections = { profile: { state: "idle" }, hours: { state: "idle" }, messages: { state: "idle" }, canned: { state: "idle" } };
    this.editingReply = undefined;
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    if (!this.services || !this.slug || this.#loadedFor === this.slug) return;
    this.#loadedFor = this.slug;
    void this.#load();
    this.services.categories().then(
      (categories) => (this.categories = categories),
      () => undefined,
    );
  }

  async #load(): Promise<void> {
    const services = this.services;
    if (!services) return;
    this.loaded = { state: "loading" };
    try {
      const [business, canned] = await Promise.all([fetchManagedBusiness(this.slug, services.api), fetchCannedReplies(this.slug, services.api)]);
      this.loaded = { state: "ready", business };
      this.profile = business.profile;
      this.hours = business.profile.hours;
      this.settings = business.settings;
      this.canned = canned;
    } catch (error) {
      if (error instanceof ApiError && error.failure.kind === "forbidden") this.loaded = { state: "failed", key: "settingsForbidden" };
      else {
        const message = error instanceof ApiError ? failureMessage(error.failure) : { key: "failureNetwork" as const, params: undefined };
        this.loaded = { state: "failed", key: message.key, params: message.params };
      }
    }
  }

  #title(): string {
    const t = this.#locale.t.bind(this.#locale);
    return this.loaded.state === "ready" ? t("settingsTitleFor", { name: this.loaded.business.profile.name }) : t("settingsTitle");
  }

  get #owner(): boolean {
    return this.loaded.state === "ready" && this.loaded.business.role === "owner";
  }

  #setSection(section: Section, state: SectionState): void {
    this.sections = { ...this.sections, [section]: state };
  }

  async #save(section: Section, fields: readonly string[], run: () => Promise<void>): Promise<void> {
    this.#setSection(section, { state: "saving" });
    try {
      await run();
      this.#setSection(section, { state: "saved" });
    } catch (error) {
      const failure = error instanceof ApiError ? error.failure : undefined;
      if (failure?.kind === "invalid") {
        this.#setSection(section, { state: "failed", problems: groupProblems(failure.problems, fields, failure.message), message: "" });
      } else {
        const message = failure ? failureMessage(failure) : { key: "failureNetwork" as const, params: undefined };
        this.#setSection(section, { state: "failed", problems: { byField: {}, other: [] }, message: this.#locale.t(message.key, message.params) });
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${section} [aria-invalid="true"], #${section} .section-problems`)?.focus();
    }
  }

  #saveProfile(event: SubmitEvent): void {
    event.preventDefault();
    const profile = this.profile;
    const services = this.services;
    if (!profile || !services) return;
    const { hours: _hours, ...change } = profileChange(profile);
    void this.#save("profile", profileFields, async () => {
      const saved = await saveProfile(this.slug, change, services.api);
      this.profile = { ...saved, hours: this.hours ?? saved.hours };
    });
  }

  #saveHours(event: SubmitEvent): void {
    event.preventDefault();
    const hours = this.hours;
    const services = this.services;
    if (!hours || !services) return;
    if (Object.keys(localHoursProblems(hours)).length > 0) {
      this.#setSection("hours", { state: "failed", problems: { byField: {}, other: [] }, message: this.#locale.t("hoursFixFirst") });
      return;
    }
    void this.#save("hours", hoursFieldKeys(hours), async () => {
      const saved = await saveProfile(this.slug, { hours: hoursForSaving(hours) }, services.api);
      this.hours = saved.hours;
    });
  }

  #saveMessages(event: SubmitEvent): void {
    event.preventDefault();
    const services = this.services;
    const form = event.target as HTMLFormElement;
    if (!services) return;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = String(data.get(name) ?? "").trim();
      return value === "" ? null : value;
    };
    const settings: ConversationSettings = { greeting: text("greeting"), awayMessage: text("away"), signReplies: data.get("sign") === "on" };
    void this.#save("messages", ["greeting", "away_message", "sign_replies"], async () => {
      this.settings = await saveSettings(this.slug, settings, services.api);
    });
  }

  #saveReply(event: SubmitEvent): void {
    event.preventDefault();
    const services = this.services;
    if (!services || this.editingReply === undefined) return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get("title") ?? "").trim();
    const body = String(data.get("body") ?? "").trim();
    const id = this.editingReply || cannedReplyId(title, this.canned.map((reply) => reply.id));
    void this.#save("canned", ["title", "body", "id"], async () => {
      await saveCannedReply(this.slug, { id, title, body }, services.api);
      this.canned = await fetchCannedReplies(this.slug, services.api);
      this.editingReply = undefined;
    });
  }

  #deleteReply(reply: CannedReply): void {
    const services = this.services;
    if (!services) return;
    if (!window.confirm(this.#locale.t("cannedDeleteConfirm", { title: reply.title }))) return;
    void this.#save("canned", [], async () => {
      await deleteCannedReply(this.slug, reply.id, services.api);
      this.canned = this.canned.filter((existing) => existing.id !== reply.id);
    });
  }

  #changeProfile(change: Partial<EditableProfile>): void {
    if (this.profile) this.profile = { ...this.profile, ...change };
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    const loaded = this.loaded;
    return html`
      <p class="back"><a href=${paths.inbox(this.slug)}><span aria-hidden="true">←</span> ${t("backToInbox")}</a></p>
      <h1 tabindex="-1">${this.#title()}</h1>
      ${loaded.state === "loading" ? html`<p class="lead" role="status">${t("settingsLoading")}</p>` : nothing}
      ${loaded.state === "failed"
        ? html`<div class="notice error" role="alert">
            <p>${t(loaded.key, loaded.params)}</p>
            <button class="button secondary" type="button" @click=${() => void this.#load()}>${t("retry")}</button>
          </div>`
        : nothing}
      ${loaded.state === "ready" ? this.#renderSettings(loaded.business) : nothing}
    `;
  }

  #renderSettings(business: ManagedBusiness) {
    const t = this.#locale.t.bind(this.#locale);
    return html`
      <p class="lead">${t(this.#owner ? "settingsLeadOwner" : "settingsLeadAgent")}</p>
      ${this.#owner ? nothing : html`<p class="notice" role="note">${t("settingsReadOnly")}</p>`}
      <div class="sections">
        ${this.#renderProfile()} ${this.#renderHours()} ${this.#renderMessages()} ${this.#renderCanned()} ${this.#owner ? this.#renderIntegrations() : nothing}
        ${this.#renderStaff(business)}
      </div>
    `;
  }

  #sectionStatus(section: Section, saveKey: AnyMessageKey): TemplateResult {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.sections[section];
    return html`<div class="save-row">
      <button class="button primary" type="submit" ?disabled=${!this.#owner || state.state === "saving"}>${t(saveKey)}</button>
      <span class="save-status" role="status">${state.state === "saving" ? t("saving") : state.state === "saved" ? html`<span class="saved">✓ ${t("saved")}</span>` : nothing}</span>
    </div>`;
  }

  #sectionProblems(section: Section): TemplateResult | typeof nothing {
    const t = this.#locale.t.bind(this.#locale);
    const state = this.sections[section];
    if (state.state !== "failed") return nothing;
    const count = Object.values(state.problems.byField).flat().length;
    return html`<div class="notice error section-problems" role="alert" tabindex="-1">
      ${state.message ? html`<p>${state.message}</p>` : nothing}
      ${count > 0 ? html`<p>${t(count === 1 ? "problemsCountOne" : "problemsCountOther", { count })}</p>` : nothing}
      ${state.problems.other.map((problem) => html`<p>${problem}</p>`)}
    </div>`;
  }

  #problemsFor(section: Section, field: string): readonly string[] {
    const state = this.sections[section];
    return state.state === "failed" ? (state.problems.byField[field] ?? []) : [];
  }

  #field(options: { id: string; field: string; label: AnyMessageKey; hint?: AnyMessageKey; control: (describedBy: string, invalid: boolean) => TemplateResult }) {
    const t = this.#locale.t.bind(this.#locale);
    const problems = this.#problemsFor("profile", options.field);
    const describedBy = [options.hint ? `${options.id}-hint` : "", problems.length > 0 ? `${options.id}-error` : ""].filter(Boolean).join(" ");
    return html`<div class="field">
      <label for=${options.id}>${t(options.label)}</label>
      ${options.control(describedBy, problems.length > 0)}
      ${options.hint ? html`<p class="hint" id="${options.id}-hint">${t(options.hint)}</p>` : nothing}
      ${problems.length > 0 ? html`<p class="field-error" id="${options.id}-error">${problems.join(" ")}</p>` : nothing}
    </div>`;
  }

  #textField(id: string, field: string, label: AnyMessageKey, value: string, onInput: (value: string) => void, options: { type?: string; hint?: AnyMessageKey; required?: boolean; maxlength?: number; autocomplete?: string } = {}) {
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

  #renderProfile() {
    const t = this.#locale.t.bind(this.#locale);
    const profile = this.profile;
    if (!profile) return nothing;
    const language = this.#locale.language;
    const locale = this.#locale.locale;
    const categoryProblems = this.#problemsFor("profile", "categories");
    const languageProblems = this.#problemsFor("profile", "languages");
    const languages = [...new Set([...commonLanguages, ...profile.languages])];
    return html`<section class="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">${t("settingsProfileHeading")}</h2>
      <form id="profile" @submit=${(event: SubmitEvent) => this.#saveProfile(event)} novalidate>
        ${this.#sectionProblems("profile")}
        <fieldset ?disabled=${!this.#owner}>
          ${this.#textField("name", "name", "profileName", profile.name, (name) => this.#changeProfile({ name }), { required: true, maxlength: 80 })}
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
              @input=${(event: Event) => this.#changeProfile({ description: (event.target as HTMLTextAreaElement).value })}
            ></textarea>`,
          })}
          <fieldset class="choices" aria-describedby="categories-hint ${categoryProblems.length > 0 ? "categories-error" : ""}">
            <legend>${t("profileCategories")}</legend>
            <p class="hint" id="categories-hint">${t("profileCategoriesHint", { count: maxCategories })}</p>
            <ul class="checkbox-grid">
              ${sortedCategories(this.categories, language, locale).map((category) => {
                const checked = profile.categories.includes(category.id);
                return html`<li>
                  <label class="check">
                    <input
                      type="checkbox"
                      .checked=${checked}
                      ?disabled=${!checked && profile.categories.length >= maxCategories}
                      @change=${(event: Event) => {
                        const on = (event.target as HTMLInputElement).checked;
                        this.#changeProfile({ categories: on ? [...profile.categories, category.id] : profile.categories.filter((id) => id !== category.id) });
                      }}
                    />
                    ${categoryLabel(this.categories, category.id, language)}
                  </label>
                </li>`;
              })}
            </ul>
            ${categoryProblems.length > 0 ? html`<p class="field-error" id="categories-error">${categoryProblems.join(" ")}</p>` : nothing}
          </fieldset>
          <fieldset class="address">
            <legend>${t("addressLabel")}</legend>
            <div class="address-grid">
              ${this.#textField("street", "address.street", "addressStreet", profile.address.street, (street) => this.#changeProfile({ address: { ...profile.address, street } }), { autocomplete: "street-address" })}
              ${this.#textField("postcode", "address.postcode", "addressPostcode", profile.address.postcode, (postcode) => this.#changeProfile({ address: { ...profile.address, postcode } }), { autocomplete: "postal-code" })}
              ${this.#textField("city", "address.city", "addressCity", profile.address.city, (city) => this.#changeProfile({ address: { ...profile.address, city } }), { autocomplete: "address-level2" })}
              ${this.#textField("country", "address.country", "addressCountry", profile.address.country, (country) => this.#changeProfile({ address: { ...profile.address, country: country.toUpperCase() } }), {
                hint: "addressCountryHint",
                maxlength: 2,
              })}
            </div>
          </fieldset>
          <fieldset class="choices" aria-describedby="languages-hint ${languageProblems.length > 0 ? "languages-error" : ""}">
            <legend>${t("languagesLabel")}</legend>
            <p class="hint" id="languages-hint">${t("profileLanguagesHint")}</p>
            <ul class="checkbox-grid">
              ${languages.map((code) => {
                const checked = profile.languages.includes(code);
                return html`<li>
                  <label class="check">
                    <input
                      type="checkbox"
                      .checked=${checked}
                      @change=${(event: Event) => {
                        const on = (event.target as HTMLInputElement).checked;
                        this.#changeProfile({ languages: on ? [...profile.languages, code] : profile.languages.filter((existing) => existing !== code) });
                      }}
                    />
                    ${languageName(code, locale)}
                  </label>
                </li>`;
              })}
            </ul>
            ${languageProblems.length > 0 ? html`<p class="field-error" id="languages-error">${languageProblems.join(" ")}</p>` : nothing}
          </fieldset>
          <div class="two">
            ${this.#textField("website", "website", "websiteLabel", profile.website, (website) => this.#changeProfile({ website }), { type: "url", hint: "profileWebsiteHint", autocomplete: "url" })}
            ${this.#textField("phone", "phone", "phoneLabel", profile.phone, (phone) => this.#changeProfile({ phone }), { type: "tel", hint: "profilePhoneHint", autocomplete: "tel" })}
          </div>
          ${this.#field({
            id: "response-time",
            field: "responseTime",
            label: "responseTimeLabel",
            control: (describedBy, invalid) => html`<select
              id="response-time"
              aria-invalid=${invalid ? "true" : "false"}
              aria-describedby=${describedBy || nothing}
              @change=${(event: Event) => this.#changeProfile({ responseTime: (event.target as HTMLSelectElement).value as ResponseTime })}
            >
              ${responseTimes.map((value) => html`<option value=${value} ?selected=${profile.responseTime === value}>${t(responseKeys[value])}</option>`)}
            </select>`,
          })}
        </fieldset>
        ${this.#sectionStatus("profile", "saveProfile")}
      </form>
    </section>`;
  }

  #renderHours() {
    const t = this.#locale.t.bind(this.#locale);
    const hours = this.hours;
    if (!hours) return nothing;
    const state = this.sections.hours;
    const problems = state.state === "failed" ? state.problems.byField : {};
    return html`<section class="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading">${t("hoursHeading")}</h2>
      <form id="hours" @submit=${(event: SubmitEvent) => this.#saveHours(event)} novalidate>
        ${this.#sectionProblems("hours")}
        <kontor-hours-editor
          .hours=${hours}
          .problems=${problems}
          today=${dateIn(new Date(), hours.timeZone || userTimeZone())}
          locale=${this.#locale.locale}
          ?disabled=${!this.#owner}
          @kontor-hours-change=${(event: HoursChangeEvent) => {
            this.hours = event.hours;
            if (this.sections.hours.state === "saved") this.#setSection("hours", { state: "idle" });
          }}
        ></kontor-hours-editor>
        ${this.#sectionStatus("hours", "saveHours")}
      </form>
    </section>`;
  }

  #renderMessages() {
    const t = this.#locale.t.bind(this.#locale);
    const settings = this.settings;
    if (!settings) return nothing;
    const problems = (field: string) => this.#problemsFor("messages", field);
    return html`<section class="panel" aria-labelledby="messages-heading">
      <h2 id="messages-heading">${t("settingsMessagesHeading")}</h2>
      <form id="messages" @submit=${(event: SubmitEvent) => this.#saveMessages(event)}>
        ${this.#sectionProblems("messages")}
        <fieldset ?disabled=${!this.#owner}>
          <div class="field">
            <label for="greeting">${t("greetingLabel")}</label>
            <textarea id="greeting" name="greeting" rows="3" maxlength="1000" .value=${settings.greeting ?? ""} placeholder=${t("greetingPlaceholder")} aria-describedby="greeting-hint"></textarea>
            <p class="hint" id="greeting-hint">${t("greetingHint")}</p>
            ${problems("greeting").length > 0 ? html`<p class="field-error">${problems("greeting").join(" ")}</p>` : nothing}
          </div>
          <div class="field">
            <label for="away">${t("awayLabel")}</label>
            <textarea id="away" name="away" rows="3" maxlength="1000" .value=${settings.awayMessage ?? ""} placeholder=${t("awayPlaceholder")} aria-describedby="away-hint"></textarea>
            <p class="hint" id="away-hint">${t("awayHint")}</p>
            ${problems("away_message").length > 0 ? html`<p class="field-error">${problems("away_message").join(" ")}</p>` : nothing}
          </div>
          <label class="check"><input type="checkbox" name="sign" .checked=${settings.signReplies} /> ${t("signRepliesLabel")}</label>
          <p class="hint">${t("signRepliesHint")}</p>
        </fieldset>
        ${this.#sectionStatus("messages", "saveMessages")}
      </form>
    </section>`;
  }

  #renderCanned() {
    const t = this.#locale.t.bind(this.#locale);
    const editing = this.editingReply;
    const reply = editing ? this.canned.find((candidate) => candidate.id === editing) : undefined;
    const state = this.sections.canned;
    return html`<section class="panel" aria-labelledby="canned-heading">
      <h2 id="canned-heading">${t("cannedRepliesTitle")}</h2>
      <p class="hint">${t("cannedRepliesHint")}</p>
      ${this.#sectionProblems("canned")}
      ${this.canned.length === 0 ? html`<p class="none">${t("cannedRepliesEmpty")}</p>` : nothing}
      <ul class="canned-list">
        ${this.canned.map(
          (item) => html`<li>
            <div class="canned-text">
              <span class="canned-title">${item.title}</span>
              <span class="canned-body">${item.body}</span>
            </div>
            ${this.#owner
              ? html`<div class="canned-actions">
                  <button class="text-button" type="button" aria-label=${t("cannedEditNamed", { title: item.title })} @click=${() => (this.editingReply = item.id)}>${t("actionEdit")}</button>
                  <button class="text-button danger" type="button" aria-label=${t("cannedDeleteNamed", { title: item.title })} @click=${() => this.#deleteReply(item)}>${t("delete")}</button>
                </div>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${editing !== undefined
        ? html`<form class="canned-form" @submit=${(event: SubmitEvent) => this.#saveReply(event)}>
            <h3>${t(editing ? "cannedEditHeading" : "cannedNewHeading")}</h3>
            <div class="field">
              <label for="canned-title">${t("cannedTitleLabel")}</label>
              <input id="canned-title" name="title" type="text" required maxlength="80" .value=${reply?.title ?? ""} />
            </div>
            <div class="field">
              <label for="canned-body">${t("cannedBodyLabel")}</label>
              <textarea id="canned-body" name="body" rows="4" required maxlength="5000" .value=${reply?.body ?? ""}></textarea>
            </div>
            <div class="save-row">
              <button class="button primary" type="submit" ?disabled=${state.state === "saving"}>${t("saveCannedReply")}</button>
              <button class="button secondary" type="button" @click=${() => (this.editingReply = undefined)}>${t("cancel")}</button>
            </div>
          </form>`
        : this.#owner
          ? html`<p class="save-row">
              <button
                class="button secondary"
                type="button"
                @click=${() => {
                  this.editingReply = "";
                  void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>("#canned-title")?.focus());
                }}
              >
                <span aria-hidden="true">+</span> ${t("cannedAdd")}
              </button>
              <span class="save-status" role="status">${state.state === "saved" ? html`<span class="saved">✓ ${t("saved")}</span>` : nothing}</span>
            </p>`
          : nothing}
    </section>`;
  }

  /** Owners only: API keys and webhooks have their own page. */
  #renderIntegrations() {
    const t = this.#locale.t.bind(this.#locale);
    return html`<section class="panel" aria-labelledby="integrations-heading">
      <h2 id="integrations-heading">${t("integrationsHeading")}</h2>
      <p class="hint">${t("integrationsSettingsHint")}</p>
      <p class="save-row"><a class="button secondary" href=${paths.businessIntegrations(this.slug)}>${t("integrationsManage")} <span aria-hidden="true">→</span></a></p>
    </section>`;
  }

  #renderStaff(business: ManagedBusiness) {
    const t = this.#locale.t.bind(this.#locale);
    const me = this.services?.session?.userId;
    return html`<section class="panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">${t("staffHeading")}</h2>
      <ul class="staff-list">
        ${business.staff.map(
          (member) => html`<li>
            <span class="mxid">${member.userId}${member.userId === me ? html` <span class="muted">(${t("you")})</span>` : nothing}</span>
            <span class="chip ${member.role === "owner" ? "accent" : ""}">${t(member.role === "owner" ? "roleOwner" : "roleAgent")}</span>
          </li>`,
        )}
      </ul>
      <p class="hint">${t("staffHint")}</p>
      <pre class="command"><code>npx kontor staff add --business ${business.slug} --user @name:server --role agent</code></pre>
    </section>`;
  }
}
