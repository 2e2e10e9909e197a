import { html, nothing } from "lit";
import type { ManagedBusiness } from "../../api/business-management.ts";
import { paths } from "../../routing/routes.ts";
import { panelStyles } from "../../styles/panel-styles.ts";
import { ManagedBusinessPage, type ManagedBusinessPageText } from "../managed-business-page.ts";
import "./canned-replies-settings.ts";
import "./hours-settings.ts";
import "./messages-settings.ts";
import "./profile-settings.ts";
import { settingsPageStyles } from "./settings-page.styles.ts";

/**
 * `/inbox/:slug/settings`: what owners change about their business — the
 * public profile, opening hours, automatic messages and canned replies,
 * each a section saved on its own — and the staff list. Agents see the
 * same page, read-only. Owners also find the way to their API keys and
 * webhooks (`integrations-page`).
 */
export class SettingsPage extends ManagedBusinessPage {
  static override styles = [...ManagedBusinessPage.styles, panelStyles, settingsPageStyles];

  protected override text(): ManagedBusinessPageText {
    return { title: "settingsTitle", titleFor: "settingsTitleFor", back: { href: paths.inbox(this.slug), label: "backToInbox" } };
  }

  protected override renderBusiness(business: ManagedBusiness) {
    const t = this.locale.t.bind(this.locale);
    const owner = business.role === "owner";
    return html`
      <p class="lead">${t(owner ? "settingsLeadOwner" : "settingsLeadAgent")}</p>
      ${owner ? nothing : html`<p class="notice" role="note">${t("settingsReadOnly")}</p>`}
      <div class="sections">
        <kontor-profile-settings .services=${this.services} slug=${this.slug} ?editable=${owner} .stored=${business.profile}></kontor-profile-settings>
        <kontor-hours-settings .services=${this.services} slug=${this.slug} ?editable=${owner} .stored=${business.profile.hours}></kontor-hours-settings>
        <kontor-messages-settings .services=${this.services} slug=${this.slug} ?editable=${owner} .stored=${business.settings}></kontor-messages-settings>
        <kontor-canned-replies-settings .services=${this.services} slug=${this.slug} ?editable=${owner}></kontor-canned-replies-settings>
        ${owner ? this.#renderIntegrations() : nothing} ${this.#renderStaff(business)}
      </div>
    `;
  }

  /** Owners only: API keys and webhooks have their own page. */
  #renderIntegrations() {
    const t = this.locale.t.bind(this.locale);
    return html`<section class="panel" aria-labelledby="integrations-heading">
      <h2 id="integrations-heading">${t("integrationsHeading")}</h2>
      <p class="hint">${t("integrationsSettingsHint")}</p>
      <p class="panel-action"><a class="button secondary" href=${paths.businessIntegrations(this.slug)}>${t("integrationsManage")} <span aria-hidden="true">→</span></a></p>
    </section>`;
  }

  #renderStaff(business: ManagedBusiness) {
    const t = this.locale.t.bind(this.locale);
    const me = this.services?.session?.userId;
    return html`<section class="panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">${t("staffHeading")}</h2>
      <ul class="staff-list rows">
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
