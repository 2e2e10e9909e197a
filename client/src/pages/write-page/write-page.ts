import { defineElement } from "../../components/define.ts";
import { WritePage } from "./write-page.component.ts";

export { WritePage } from "./write-page.component.ts";

defineElement("kontor-write-page", WritePage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-write-page": WritePage;
  }
}
