import { defineElement } from "../define.ts";
import { ConfirmDialog } from "./confirm-dialog.component.ts";

export { ConfirmDialog, type ConfirmQuestion } from "./confirm-dialog.component.ts";

defineElement("kontor-confirm-dialog", ConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-confirm-dialog": ConfirmDialog;
  }
}
