import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from "lit";
import type { ManagedBusiness } from "../api/business-management.ts";
import { SignedInLocaleController, type AnyMessageKey } from "../i18n/signed-in-locale-controller.ts";
import type { SignedInServices } from "../signed-in/services.ts";
import { settingsLayoutStyles } from "../styles/panel-styles.ts";
import { buttonStyles, noticeStyles, pageStyles, sharedStyles } from "../styles/shared.ts";
import { ManagedBusinessController } from "./managed-business-controller.ts";
import { PageController, type PageElement } from "./page-controller.ts";

/** What a page about the business a staff member manages says in its header. */
export interface ManagedBusinessPageText {
  /** The title before the business has loaded, and with its name ("Settings of {name}"). */
  title: AnyMessageKey;
  titleFor: AnyMessageKey;
  back: { href: string; label: AnyMessageKey };
}

/**
 * A page about the business a staff member manages (its settings, its
 * integrations): the way back, a heading with the business's name, the
 * loading and failure states, then what the page itself shows.
 */
export abstract class ManagedBusinessPage extends LitElement implements PageElement {
  static override properties: PropertyDeclarations = {
    services: { attribute: false },
    slug: { type: String },
  };

  static override styles = [...sharedStyles, buttonStyles, noticeStyles, pageStyles, settingsLayoutStyles];

  declare services: SignedInServices | undefined;
  declare slug: string;
  protected readonly locale = new SignedInLocaleController(this);
  protected readonly business = new ManagedBusinessController(this, () => this.services);
  readonly #page = new PageController(this, () => this.#title());

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
  }

  protected abstract text(): ManagedBusinessPageText;

  protected abstract renderBusiness(business: ManagedBusiness): TemplateResult;

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override willUpdate(): void {
    this.business.show(this.slug);
  }

  #title(): string {
    const { title, titleFor } = this.text();
    const business = this.business.business;
    return business ? this.locale.t(titleFor, { name: business.profile.name }) : this.locale.t(title);
  }

  override render() {
    const t = this.locale.t.bind(this.locale);
    const { back } = this.text();
    const business = this.business.business;
    return html`
      <p class="back"><a href=${back.href}><span aria-hidden="true">←</span> ${t(back.label)}</a></p>
      <h1 tabindex="-1">${this.#title()}</h1>
      ${this.business.renderState(t)} ${business ? this.renderBusiness(business) : nothing}
    `;
  }
}
