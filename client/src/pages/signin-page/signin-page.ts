import { defineElement } from "../../components/define.ts";
import { SigninPage } from "./signin-page.component.ts";

export { SigninPage, destinationAfterSignin } from "./signin-page.component.ts";

defineElement("kontor-signin-page", SigninPage);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-signin-page": SigninPage;
  }
}
