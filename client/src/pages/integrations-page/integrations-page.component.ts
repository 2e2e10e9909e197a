import { html } from "lit";
import type { ManagedBusiness } from "../../api/business-management.ts";
import { paths } from "../../routing/routes.ts";
import { ManagedBusinessPage, type ManagedBusinessPageText } from "../managed-business-page.ts";
import "./api-keys-panel.ts";
import "./webhooks-panel.ts";

/**
 * `/inbox/:slug/settings/integrations`: the owners' API keys and webhooks,
 * for helpdesks, CRMs and scripts. Agents are told that only owners manage
 * them (the API refuses them too).
 */
export class IntegrationsPage extends ManagedBusinessPage {
  protected override text(): ManagedBusinessPageText {
    return { title: "integrationsTitle", titleFor: "integrationsTitleFor", back: { href: paths.businessSettings(this.slug), label: "backToSettings" } };
  }

  protected override renderBusiness(business: ManagedBusiness) {
    const t = this.locale.t.bind(this.locale);
    if (business.role !== "owner") return html`<p class="notice" role="note">${t("integrationsOwnersOnly")}</p>`;
    return html`
      <p class="lead">${t("integrationsLead")}</p>
      <div class="sections">
        <kontor-api-keys-panel .services=${this.services} slug=${this.slug}></kontor-api-keys-panel>
        <kontor-webhooks-panel .services=${this.services} slug=${this.slug}></kontor-webhooks-panel>
      </div>
    `;
  }
}
