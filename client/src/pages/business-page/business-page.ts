import { defineElement } from "../../components/define.ts";
import { BusinessPage } from "./business-page.component.ts";

export { BusinessPage } from "./business-page.component.ts";

defineElement("kontor-business-page", BusinessPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-business-page": BusinessPage;
  }
}
