import { defineElement } from "../define.ts";
import { SigninForm } from "./signin-form.component.ts";

export { SigninForm, type SigninBusy, type SigninErrorField } from "./signin-form.component.ts";
export * from "./signin-events.ts";

defineElement("kontor-signin-form", SigninForm);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-signin-form": SigninForm;
  }
}
