import { defineElement } from "../define.ts";
import { BusinessLogo } from "./business-logo.component.ts";

export { BusinessLogo } from "./business-logo.component.ts";

defineElement("kontor-business-logo", BusinessLogo);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-business-logo": BusinessLogo;
  }
}
