import { defineElement } from "../../components/define.ts";
import { SettingsPage } from "./settings-page.component.ts";

export { SettingsPage } from "./settings-page.component.ts";

defineElement("kontor-settings-page", SettingsPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-settings-page": SettingsPage;
  }
}
