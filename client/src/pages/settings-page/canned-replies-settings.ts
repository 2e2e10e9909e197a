import { defineElement } from "../../components/define.ts";
import { CannedRepliesSettings } from "./canned-replies-settings.component.ts";

export { CannedRepliesSettings } from "./canned-replies-settings.component.ts";

defineElement("kontor-canned-replies-settings", CannedRepliesSettings);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-canned-replies-settings": CannedRepliesSettings;
  }
}
