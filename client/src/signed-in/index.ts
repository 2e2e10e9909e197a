import { defineElement } from "../components/define.ts";
import { SignedInArea } from "./signed-in-area.ts";

/**
 * Entry of the signed-in chunk, loaded with import() by the shell. Code
 * only signed-in people need (matrix-js-sdk, the message sanitiser) is
 * imported from here and below, never from the public pages.
 */
export { SignedInArea } from "./signed-in-area.ts";

export function defineSignedInViews(): void {
  defineElement("kontor-signed-in-area", SignedInArea);
}

declare global {
  interface HTMLElementTagNameMap {
    "kontor-signed-in-area": SignedInArea;
  }
}
