import { defineElement } from "../../components/define.ts";
import { InboxPage } from "./inbox-page.component.ts";

export { InboxPage } from "./inbox-page.component.ts";

defineElement("kontor-inbox-page", InboxPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-inbox-page": InboxPage;
  }
}
