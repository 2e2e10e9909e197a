import { defineElement } from "../define.ts";
import { LanguageSwitch } from "./language-switch.component.ts";

export { LanguageSwitch } from "./language-switch.component.ts";

defineElement("kontor-language-switch", LanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-language-switch": LanguageSwitch;
  }
}
