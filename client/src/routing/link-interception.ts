/** The parts of a click the decision needs. */
export interface ClickInfo {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** The parts of an `<a>` the decision needs. */
export interface AnchorInfo {
  /** The resolved, absolute URL (`HTMLAnchorElement.href`). */
  href: string;
  target: string;
  hasDownload: boolean;
  /** `rel` contains "external". */
  isExternal: boolean;
}

/** Paths the server answers itself: they must be real page loads. */
const serverPaths = ["/api/", "/_matrix/", "/assets/"];

/**
 * The in-app path to navigate to for a click on a link, or undefined when
 * the browser should handle it: middle clicks and modifier keys (new tab,
 * new window, download), other targets, other origins, server paths, and
 * jumps within the same page.
 */
export function inAppHref(click: ClickInfo, anchor: AnchorInfo, current: { origin: string; href: string }): string | undefined {
  if (click.defaultPrevented || click.button !== 0) return undefined;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return undefined;
  if (anchor.hasDownload || anchor.isExternal) return undefined;
  if (anchor.target !== "" && anchor.target.toLowerCase() !== "_self") return undefined;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return undefined;
  }
  if (url.origin !== current.origin) return undefined;
  if (serverPaths.some((prefix) => url.pathname.startsWith(prefix))) return undefined;
  const here = new URL(current.href);
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The nearest `<a href>` on an event's path, across shadow roots. */
export function anchorOnPath(event: Event): HTMLAnchorElement | undefined {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLAnchorElement && target.hasAttribute("href")) return target;
  }
  return undefined;
}

export function anchorInfo(anchor: HTMLAnchorElement): AnchorInfo {
  return {
    href: anchor.href,
    target: anchor.target,
    hasDownload: anchor.hasAttribute("download"),
    isExternal: anchor.relList.contains("external"),
  };
}
