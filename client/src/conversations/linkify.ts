/** Web addresses in plain message text, so they can be shown as links (http and https only). */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const urlPattern = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the address: "see https://example.org." */
const trailing = /[.,;:!?)\]}'"]+$/;

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    let url = match[0];
    const cut = trailing.exec(url);
    // Keep a closing parenthesis that belongs to the address: https://en.wikipedia.org/wiki/X_(Y)
    if (cut && !(cut[0].startsWith(")") && url.includes("("))) url = url.slice(0, url.length - cut[0].length);
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
