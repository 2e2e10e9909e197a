import { defineElement } from "../../components/define.ts";
import { CustomerDetails } from "./customer-details.component.ts";

export { CustomerDetails } from "./customer-details.component.ts";

defineElement("kontor-customer-details", CustomerDetails);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-customer-details": CustomerDetails;
  }
}
