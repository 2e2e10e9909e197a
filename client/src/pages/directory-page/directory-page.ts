import { defineElement } from "../../components/define.ts";
import { DirectoryPage } from "./directory-page.component.ts";

export { DirectoryPage } from "./directory-page.component.ts";

defineElement("kontor-directory-page", DirectoryPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-directory-page": DirectoryPage;
  }
}
