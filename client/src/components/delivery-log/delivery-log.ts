import { defineElement } from "../define.ts";
import { DeliveryLogView } from "./delivery-log.component.ts";

export { DeliveryLogView } from "./delivery-log.component.ts";
export { DeliveryLogRequestEvent } from "./delivery-log-event.ts";

defineElement("kontor-delivery-log", DeliveryLogView);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-delivery-log": DeliveryLogView;
  }
}
