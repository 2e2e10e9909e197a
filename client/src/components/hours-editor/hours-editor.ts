import { defineElement } from "../define.ts";
import { HoursEditor } from "./hours-editor.component.ts";

export { HoursEditor } from "./hours-editor.component.ts";
export { HoursChangeEvent } from "./hours-change-event.ts";

defineElement("kontor-hours-editor", HoursEditor);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-hours-editor": HoursEditor;
  }
}
