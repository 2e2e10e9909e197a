import type { LitElement, ReactiveController } from "lit";
import { PageTitleEvent } from "../app/app-events.ts";

/** What the shell may ask of any page. */
export interface PageElement extends HTMLElement {
  /** Moves focus to the page's main heading, once it has rendered. */
  focusHeading(): Promise<void>;
}

export function isPageElement(element: Element | null | undefined): element is PageElement {
  return typeof (element as Partial<PageElement> | null | undefined)?.focusHeading === "function";
}

/**
 * Reports a page's title to the shell whenever it changes, and focuses
 * the page's `<h1 tabindex="-1">` on request.
 */
export class PageController implements ReactiveController {
  readonly #host: LitElement;
  readonly #title: () => string;
  #reported: string | undefined;

  constructor(host: LitElement, title: () => string) {
    this.#host = host;
    this.#title = title;
    host.addController(this);
  }

  hostConnected(): void {
    this.#reported = undefined;
  }

  hostUpdated(): void {
    const title = this.#title();
    if (title === this.#reported) return;
    this.#reported = title;
    this.#host.dispatchEvent(new PageTitleEvent(title));
  }

  async focusHeading(): Promise<void> {
    await this.#host.updateComplete;
    const heading = this.#host.renderRoot.querySelector<HTMLElement>("h1");
    heading?.focus();
  }
}
