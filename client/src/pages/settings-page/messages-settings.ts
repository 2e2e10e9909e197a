import { defineElement } from "../../components/define.ts";
import { MessagesSettings } from "./messages-settings.component.ts";

export { MessagesSettings } from "./messages-settings.component.ts";

defineElement("kontor-messages-settings", MessagesSettings);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-messages-settings": MessagesSettings;
  }
}
