import { LitElement, type PropertyDeclarations } from "lit";
import { SignedInLocaleController } from "../../i18n/signed-in-locale-controller.ts";
import type { SignedInServices } from "../../signed-in/services.ts";
import { controlStyles, formStyles } from "../../styles/form-styles.ts";
import { panelStyles } from "../../styles/panel-styles.ts";
import { buttonStyles, noticeStyles, sharedStyles } from "../../styles/shared.ts";
import { SectionSaveController } from "./section-save-controller.ts";
import { settingsSectionStyles } from "./settings-section.styles.ts";

/** The styles every section of the settings page starts from. */
export const sectionStyles = [...sharedStyles, buttonStyles, noticeStyles, formStyles, controlStyles, panelStyles, settingsSectionStyles];

/**
 * What the sections of the settings page have in common: the business
 * they belong to, whether the viewer may change it (owners may, agents
 * read), and saving with the API's objections shown next to the fields.
 */
export class SettingsSection extends LitElement {
  static override properties: PropertyDeclarations = {
    services: { attribute: false },
    slug: { type: String },
    editable: { type: Boolean },
  };

  static override styles = sectionStyles;

  declare services: SignedInServices | undefined;
  declare slug: string;
  declare editable: boolean;
  protected readonly locale = new SignedInLocaleController(this);
  protected readonly saving = new SectionSaveController(this, this.locale);

  constructor() {
    super();
    this.services = undefined;
    this.slug = "";
    this.editable = false;
  }
}
