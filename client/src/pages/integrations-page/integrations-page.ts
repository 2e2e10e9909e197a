import { defineElement } from "../../components/define.ts";
import { IntegrationsPage } from "./integrations-page.component.ts";

export { IntegrationsPage } from "./integrations-page.component.ts";

defineElement("kontor-integrations-page", IntegrationsPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-integrations-page": IntegrationsPage;
  }
}
