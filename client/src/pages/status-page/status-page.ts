import { defineElement } from "../../components/define.ts";
import { StatusPage } from "./status-page.component.ts";

export { StatusPage } from "./status-page.component.ts";

defineElement("kontor-status-page", StatusPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-status-page": StatusPage;
  }
}
