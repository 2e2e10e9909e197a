import { defineElement } from "../../components/define.ts";
import { ProfileSettings } from "./profile-settings.component.ts";

export { ProfileSettings } from "./profile-settings.component.ts";

defineElement("kontor-profile-settings", ProfileSettings);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-profile-settings": ProfileSettings;
  }
}
