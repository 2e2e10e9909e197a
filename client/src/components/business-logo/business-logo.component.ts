import { LitElement, html } from "lit";
import { mediaUrl } from "../../media/media-url.ts";
import { businessLogoStyles } from "./business-logo.styles.ts";
import { initialsOf, toneOf } from "./initials.ts";

/**
 * A business's logo, or its initials on a colour of its own while the
 * logo cannot be shown (no media URL known yet, or the image failed).
 * Decorative: the business's name is always next to it.
 */
export class BusinessLogo extends LitElement {
  static override properties = {
    name: { type: String },
    logo: { type: String },
    seed: { type: String },
    src: { type: String },
    size: { type: String, reflect: true },
    failed: { state: true },
  };

  static override styles = businessLogoStyles;

  declare name: string;
  /** An mxc:// URI, or null. */
  declare logo: string | null;
  /** What picks the colour (the slug), so it stays the same when the name changes. */
  declare seed: string;
  /** A URL for the logo that needs no Matrix credentials (`/api/v1/businesses/{slug}/logo`); else the media URL of `logo`. */
  declare src: string;
  declare size: "small" | "large";
  declare failed: boolean;

  constructor() {
    super();
    this.name = "";
    this.logo = null;
    this.seed = "";
    this.src = "";
    this.size = "small";
    this.failed = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("logo") || changed.has("src")) this.failed = false;
  }

  override render() {
    const pixels = this.size === "large" ? 160 : 96;
    const src = this.logo && !this.failed ? this.src || mediaUrl(this.logo, { width: pixels, height: pixels }) : undefined;
    if (src) {
      return html`<img class="logo" src=${src} alt="" width=${pixels} height=${pixels} loading="lazy" @error=${() => (this.failed = true)} />`;
    }
    return html`<span class="logo tone-${toneOf(this.seed || this.name)}" aria-hidden="true">${initialsOf(this.name)}</span>`;
  }
}
