import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from "dompurify";
import { parseMxc } from "../media/media-url.ts";

/**
 * Sanitises a Matrix message's `formatted_body` (org.matrix.custom.html)
 * to the allow-list of the Matrix client-server spec ("m.room.message
 * msgtypes", HTML subset). DOMPurify does the parsing and the defence
 * against mutation XSS; the hooks below add what the spec says per tag.
 *
 * Only the signed-in area uses this (messages), so it is never part of
 * the public pages' bundle.
 */

export const allowedTags = [
  "font", "del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol", "sup", "sub", "li",
  "b", "i", "u", "strong", "em", "s", "strike", "code", "hr", "br", "div", "table", "thead", "tbody", "tr",
  "th", "td", "caption", "pre", "span", "img", "details", "summary",
] as const;

/** Attributes per tag; any other attribute on any tag is removed. */
export const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  font: ["color", "data-mx-bg-color", "data-mx-color"],
  span: ["data-mx-bg-color", "data-mx-color", "data-mx-spoiler", "data-mx-maths"],
  a: ["name", "target", "href"],
  img: ["width", "height", "alt", "title", "src"],
  ol: ["start"],
  code: ["class"],
  div: ["data-mx-maths"],
};

/** Link schemes the spec allows; everything else (javascript:, data:, vbscript:, relative) loses its href. */
const linkScheme = /^(?:https?|ftp|mailto|magnet):/i;
const hexColour = /^#[0-9a-f]{6}$/i;
/** `font color` is older HTML and may also be a colour name. */
const fontColour = /^(?:#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{1,20})$/i;
const smallNumber = /^\d{1,5}$/;
const forcedRel = "noopener noreferrer nofollow";

const config: Config = {
  ALLOWED_TAGS: [...allowedTags],
  ALLOWED_ATTR: [...new Set(Object.values(allowedAttributes).flat())],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // URL attributes must name an allowed scheme; mxc: only until the hook rewrites image sources.
  ALLOWED_URI_REGEXP: /^(?:https?|ftp|mailto|magnet|mxc):/i,
  // DOMPurify checks every other attribute against that pattern too; these are
  // no URLs, and the hook below checks each of their values itself.
  ADD_URI_SAFE_ATTR: ["color", "data-mx-color", "data-mx-bg-color", "data-mx-spoiler", "data-mx-maths", "start", "width", "height", "target"],
  // Reply fallbacks are dropped with everything inside them, as the spec asks.
  ADD_FORBID_CONTENTS: ["mx-reply"],
  // name="cookie" and the like must not shadow document properties (DOM clobbering).
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
};

/** Checks one attribute's value; returns the value to keep, or undefined to drop the attribute. */
function checkedValue(tag: string, name: string, value: string): string | undefined {
  switch (name) {
    case "href":
      return linkScheme.test(value.trim()) ? value.trim() : undefined;
    case "src":
      // Only Matrix content URIs; `finishElement` moves them out of `src` (see there).
      return parseMxc(value) ? value : undefined;
    case "color":
      return fontColour.test(value) ? value : undefined;
    case "data-mx-color":
    case "data-mx-bg-color":
      return hexColour.test(value) ? value : undefined;
    case "start":
    case "width":
    case "height":
      return smallNumber.test(value) ? value : undefined;
    case "class": {
      const classes = value.split(/\s+/).filter((token) => /^language-[\w-]{1,40}$/.test(token));
      return tag === "code" && classes.length > 0 ? classes.join(" ") : undefined;
    }
    default:
      return value;
  }
}

function checkAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = node.nodeName.toLowerCase();
  if (!allowedAttributes[tag]?.includes(event.attrName)) {
    event.keepAttr = false;
    return;
  }
  const value = checkedValue(tag, event.attrName, event.attrValue);
  if (value === undefined) event.keepAttr = false;
  else event.attrValue = value;
}

function finishElement(node: Element): void {
  if (node.nodeName === "A") {
    if (node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", forcedRel);
    } else {
      node.removeAttribute("target");
    }
  } else if (node.nodeName === "IMG") {
    const mxc = node.getAttribute("src");
    if (mxc) {
      // Homeservers serve media only with an access token, which an <img> cannot send:
      // the image keeps its Matrix URI in `data-mxc`, and the view loads it (`inlineImages`).
      node.removeAttribute("src");
      node.setAttribute(inlineImageAttribute, mxc);
    } else {
      // An image that cannot be shown becomes its alt text, so the message still reads.
      node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute("alt") ?? ""));
    }
  }
}

/** Where a sanitised image keeps its mxc:// URI until the view has loaded it. */
export const inlineImageAttribute = "data-mxc";

let purifier: DOMPurify | undefined;

/** A DOMPurify instance of our own, so these hooks never affect other users of DOMPurify. */
function instance(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifier.addHook("uponSanitizeAttribute", checkAttribute);
    purifier.addHook("afterSanitizeAttributes", finishElement);
  }
  return purifier;
}

/** An event handler or style attribute's name, when an "=" follows: checked further by `startsAttribute`. */
const inlineAttribute = /(on[a-z]*|style)(?=\s*=)/gi;

/**
 * Whether the name at `index` would start an attribute if a parser read a
 * tag from the last "<" before it: that "<" opens a tag ("<img"), and the
 * name follows a space or a quote, or the slash right after the tag's name
 * ("<svg/onload"). Quoted values count too: mutation XSS hides tags in them
 * ('<textarea><img title="</textarea><img onerror=...>">').
 */
function startsAttribute(html: string, index: number): boolean {
  const before = html.slice(Math.max(0, index - 4096), index);
  const open = before.lastIndexOf("<");
  if (open < 0 || open < before.lastIndexOf(">")) return false;
  const tag = before.slice(open);
  if (!/^<[a-zA-Z]/.test(tag)) return false;
  return /[\s"']$/.test(tag) || /^<[a-zA-Z][^\s/<>]*\/$/.test(tag);
}

/**
 * Renames what Chromium reports to the Content-Security-Policy while merely
 * parsing (into DOMPurify's inert document): event handler attributes,
 * style attributes and <style> elements. None of them is allowed in Matrix
 * HTML, so nothing is lost; DOMPurify still decides what survives, for any
 * input. This only keeps hostile messages from filling the console with
 * CSP reports (the CSP would block them anyway).
 */
export function defuseForParsing(html: string): string {
  return html
    .replace(/<(\/?)style\b/gi, "<$1kontor-style")
    .replace(inlineAttribute, (name: string, _group: string, index: number, whole: string) => (startsAttribute(whole, index) ? `data-kontor-${name}` : name));
}

/** Safe HTML for a `formatted_body`, as a string. */
export function sanitizeHtml(html: string): string {
  return instance().sanitize(defuseForParsing(html), config);
}

/** Safe HTML for a `formatted_body`, as a fragment ready to append (no re-parsing, so no mutation XSS). */
export function sanitizeHtmlToFragment(html: string): DocumentFragment {
  return instance().sanitize(defuseForParsing(html), { ...config, RETURN_DOM_FRAGMENT: true });
}
