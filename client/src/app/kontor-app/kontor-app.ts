import { defineElement } from "../../components/define.ts";
import { KontorApp } from "./kontor-app.component.ts";

export { KontorApp } from "./kontor-app.component.ts";

defineElement("kontor-app", KontorApp);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-app": KontorApp;
  }
}
