import { defineElement } from "../define.ts";
import { ResultCard } from "./result-card.component.ts";

export { ResultCard } from "./result-card.component.ts";

defineElement("kontor-result-card", ResultCard);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-result-card": ResultCard;
  }
}
