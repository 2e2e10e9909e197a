import { defineElement } from "../../components/define.ts";
import { ApiKeysPanel } from "./api-keys-panel.component.ts";

export { ApiKeysPanel } from "./api-keys-panel.component.ts";

defineElement("kontor-api-keys-panel", ApiKeysPanel);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-api-keys-panel": ApiKeysPanel;
  }
}
