import { LitElement, html } from "lit";
import { LocaleController } from "../../i18n/locale-controller.ts";
import { openBadgeStyles } from "./open-badge.styles.ts";

/** "Open" or "Closed" in words, with colour and shape only as extra cues. */
export class OpenBadge extends LitElement {
  static override properties = { open: { type: Boolean, reflect: true } };
  static override styles = openBadgeStyles;

  declare open: boolean;
  readonly #locale = new LocaleController(this);

  constructor() {
    super();
    this.open = false;
  }

  override render() {
    const state = this.open ? "open" : "closed";
    return html`<span class="badge ${state}" data-state=${state}
      ><span class="dot" aria-hidden="true"></span>${this.#locale.t(this.open ? "openBadge" : "closedBadge")}</span
    >`;
  }
}
