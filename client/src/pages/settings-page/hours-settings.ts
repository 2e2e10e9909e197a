import { defineElement } from "../../components/define.ts";
import { HoursSettings } from "./hours-settings.component.ts";

export { HoursSettings } from "./hours-settings.component.ts";

defineElement("kontor-hours-settings", HoursSettings);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-hours-settings": HoursSettings;
  }
}
