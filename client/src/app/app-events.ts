/**
 * Events pages send up to the app shell. Pages never touch the router or
 * the document title themselves, so they can be tested on their own.
 */

/** Asks the shell to go to an in-app path, e.g. after a search. */
export class NavigationRequestEvent extends Event {
  static readonly eventName = "kontor-navigate";
  readonly href: string;
  /** Replace the current history entry instead of adding one (refining a search while typing). */
  readonly replace: boolean;

  constructor(href: string, options: { replace?: boolean } = {}) {
    super(NavigationRequestEvent.eventName, { bubbles: true, composed: true });
    this.href = href;
    this.replace = options.replace ?? false;
  }
}

/** Tells the shell the page's title, e.g. the business's name once it has loaded. */
export class PageTitleEvent extends Event {
  static readonly eventName = "kontor-page-title";
  readonly pageTitle: string;

  constructor(pageTitle: string) {
    super(PageTitleEvent.eventName, { bubbles: true, composed: true });
    this.pageTitle = pageTitle;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-navigate": NavigationRequestEvent;
    "kontor-page-title": PageTitleEvent;
  }
}

/** "Bäckerei Schmidt · Kontor"; the brand alone when the page has no title of its own. */
export function composeDocumentTitle(pageTitle: string, brand: string): string {
  const title = pageTitle.trim();
  return title && title !== brand ? `${title} · ${brand}` : brand;
}
