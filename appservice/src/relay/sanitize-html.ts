import sanitizeHtml from "sanitize-html";

/**
 * The HTML a relayed message may carry: the tags and attributes that the
 * Matrix client-server specification lists as safe for `formatted_body`
 * (section "m.room.message msgtypes", HTML). Everything else is removed,
 * keeping its text; links only to safe schemes, images only from mxc://.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "font", "del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol", "sup", "sub", "li", "b", "i", "u",
    "strong", "em", "s", "strike", "code", "hr", "br", "div", "table", "thead", "tbody", "tr", "th", "td", "caption", "pre",
    "span", "img", "details", "summary", "mx-reply",
  ],
  allowedAttributes: {
    font: ["data-mx-bg-color", "data-mx-color", "color"],
    span: ["data-mx-bg-color", "data-mx-color", "data-mx-spoiler", "data-mx-maths"],
    a: ["name", "target", "href", "rel"],
    img: ["width", "height", "alt", "title", "src"],
    ol: ["start"],
    code: ["class"],
    div: ["data-mx-maths"],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ["https", "http", "ftp", "mailto", "magnet"],
  allowedSchemesByTag: { img: ["mxc"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Script and style content is dropped entirely, not kept as text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title"],
  // Relative URLs mean nothing in a message and would point at whatever
  // page shows it, so only absolute URLs with the allowed schemes stay.
  transformTags: {
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const kept: sanitizeHtml.Attributes = { ...rest, rel: "noopener noreferrer nofollow" };
      if (href && /^(https?|ftp|mailto|magnet):/i.test(href)) kept.href = href;
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      return { tagName, attribs: src?.startsWith("mxc://") ? { ...rest, src } : rest };
    },
  },
};

/** Sanitises `formatted_body` HTML to the Matrix allow-list. */
export function sanitizeMatrixHtml(html: string): string {
  return sanitizeHtml(html, options);
}

/**
 * Removes the reply fallback (`<mx-reply>...</mx-reply>`) from HTML: it
 * quotes the event being answered, which on the other side of the relay is
 * a different event, and clients build their own from `m.relates_to`.
 */
export function stripReplyFallbackHtml(html: string): string {
  return html.replace(/<mx-reply>[\s\S]*?<\/mx-reply>/gi, "");
}

/** Removes the plain-text reply fallback: the leading "> " quote lines and the blank line after them. */
export function stripReplyFallbackText(body: string): string {
  const lines = body.split("\n");
  let index = 0;
  while (lines[index]?.startsWith("> ")) index += 1;
  if (index === 0) return body;
  if (lines[index] === "") index += 1;
  return lines.slice(index).join("\n");
}
