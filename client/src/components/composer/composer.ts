import { defineElement } from "../define.ts";
import { Composer } from "./composer.component.ts";

export { Composer, type ComposerContext } from "./composer.component.ts";
export * from "./composer-events.ts";

defineElement("kontor-composer", Composer);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-composer": Composer;
  }
}
