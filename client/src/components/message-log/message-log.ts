import { defineElement } from "../define.ts";
import { MessageLog } from "./message-log.component.ts";

export { MessageLog, LoadOlderEvent, rowsOf, type PendingUpload } from "./message-log.component.ts";

defineElement("kontor-message-log", MessageLog);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-message-log": MessageLog;
  }
}
