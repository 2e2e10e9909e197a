import { defineElement } from "../components/define.ts";
import { SignedInArea } from "./signed-in-area.ts";
import { signedInServices } from "./services.ts";

/**
 * Entry of the signed-in chunk, loaded with import() by the shell. Code
 * only signed-in people need (the sign-in flow, conversations, the inbox,
 * the message sanitiser) is imported from here and below, never from the
 * public pages; matrix-js-sdk is loaded later still, once someone is
 * signed in (see services.ts).
 */
export { SignedInArea } from "./signed-in-area.ts";

export function defineSignedInViews(): void {
  defineElement("kontor-signed-in-area", SignedInArea);
}

/** Signs out everywhere (the shell's "Sign out" button). */
export function signOut(): Promise<void> {
  return signedInServices().signOut();
}

declare global {
  interface HTMLElementTagNameMap {
    "kontor-signed-in-area": SignedInArea;
  }
}
