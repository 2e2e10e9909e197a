import { defineElement } from "../define.ts";
import { HoursTable } from "./hours-table.component.ts";

export { HoursTable } from "./hours-table.component.ts";

defineElement("kontor-hours-table", HoursTable);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-hours-table": HoursTable;
  }
}
