import { defineElement } from "../define.ts";
import { OpenBadge } from "./open-badge.component.ts";

export { OpenBadge } from "./open-badge.component.ts";

defineElement("kontor-open-badge", OpenBadge);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-open-badge": OpenBadge;
  }
}
