import { defineElement } from "../../components/define.ts";
import { NotFoundPage } from "./not-found-page.component.ts";

export { NotFoundPage } from "./not-found-page.component.ts";

defineElement("kontor-not-found-page", NotFoundPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-not-found-page": NotFoundPage;
  }
}
