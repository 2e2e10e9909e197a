import { defineElement } from "../define.ts";
import { SecretDialog } from "./secret-dialog.component.ts";

export { SecretDialog, type SecretKind } from "./secret-dialog.component.ts";

defineElement("kontor-secret-dialog", SecretDialog);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-secret-dialog": SecretDialog;
  }
}
