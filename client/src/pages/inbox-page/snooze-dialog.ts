import { defineElement } from "../../components/define.ts";
import { SnoozeDialog } from "./snooze-dialog.component.ts";

export { SnoozeDialog, SnoozeChosenEvent } from "./snooze-dialog.component.ts";

defineElement("kontor-snooze-dialog", SnoozeDialog);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-snooze-dialog": SnoozeDialog;
  }
}
