import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allowedAttributes, allowedTags, defuseForParsing, inlineImageAttribute, sanitizeHtml, sanitizeHtmlToFragment } from "../../src/security/sanitize-html.ts";
import { xssCorpus, xssFlag } from "../xss-corpus.ts";

type FlagWindow = Window & Record<string, unknown>;
const flagWindow = window as unknown as FlagWindow;

let container: HTMLElement;

beforeEach(() => {
  Reflect.deleteProperty(flagWindow, xssFlag);
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  container.remove();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * Runs HTML in two ways that execute scripts and handlers (unlike
 * innerHTML): appended as a contextual fragment to this document, and
 * written by the parser into a fresh same-origin frame (the only way
 * `<svg onload>` and `<body onload>` fire). Returns whether the flag got set
 * in either window.
 */
async function ran(html: string): Promise<boolean> {
  container.append(document.createRange().createContextualFragment(html));
  const frame = document.createElement("iframe");
  container.append(frame);
  const frameWindow = frame.contentWindow as unknown as FlagWindow;
  frameWindow.document.open();
  frameWindow.document.write(html);
  frameWindow.document.close();
  await settle();
  return flagWindow[xssFlag] !== undefined || frameWindow[xssFlag] !== undefined;
}

/** Parses sanitised HTML without running it, to inspect what survived. */
function parse(html: string): HTMLElement {
  const template = document.createElement("template");
  template.innerHTML = html;
  const wrapper = document.createElement("div");
  wrapper.append(template.content);
  return wrapper;
}

const allowedTagNames = new Set<string>(allowedTags);

function problemsIn(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    const tag = element.localName;
    if (!allowedTagNames.has(tag)) problems.push(`<${tag}> is not allowed`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${tag}[${name}] is an event handler`);
      if (name === "style") problems.push(`${tag}[style] survived`);
      // rel and data-mxc are not taken from the input as such: the sanitiser sets them.
      const setBySanitiser = (tag === "a" && name === "rel") || (tag === "img" && name === inlineImageAttribute && /^mxc:\/\/[\w.:-]+\/[\w-]+$/.test(attribute.value));
      if (!allowedAttributes[tag]?.includes(name) && !setBySanitiser) problems.push(`${tag}[${name}] is not allowed`);
      if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && (name === "href" || name === "src")) problems.push(`${tag}[${name}] is ${attribute.value}`);
    }
    if (tag === "a" && element.hasAttribute("href")) {
      if (!/^(https?|ftp|mailto|magnet):/i.test(element.getAttribute("href")!)) problems.push(`a[href=${element.getAttribute("href")}]`);
      if (element.getAttribute("target") !== "_blank") problems.push("a without target=_blank");
      if (element.getAttribute("rel") !== "noopener noreferrer nofollow") problems.push("a without forced rel");
    }
    if (tag === "img" && element.hasAttribute("src")) problems.push(`img kept a src: ${element.outerHTML}`);
  }
  return problems;
}

describe("the message sanitiser against the XSS corpus", () => {
  it.each([`<img src=x onerror=window.${xssFlag}=1>`, `<svg onload=window.${xssFlag}=1>`, `<script>window.${xssFlag}=1</script>`])(
    "detects unsanitised %s running, so a pass below means something",
    async (html) => {
      expect(await ran(html)).toBe(true);
    },
  );

  it.each(xssCorpus)("defuses $name", async ({ html }) => {
    const clean = sanitizeHtml(html);
    expect(problemsIn(parse(clean))).toEqual([]);
    // Parsing the output again is where mutation XSS strikes.
    expect(await ran(clean)).toBe(false);
    container.append(sanitizeHtmlToFragment(html));
    await settle();
    expect(flagWindow[xssFlag]).toBeUndefined();
  });
});

describe("the Matrix HTML subset", () => {
  it("keeps the formatting the spec allows", () => {
    const html =
      '<p><b>bold</b> <i>it</i> <u>u</u> <s>s</s> <del>d</del> <code class="language-js">x()</code></p>' +
      '<ol start="3"><li>three</li></ol><blockquote>q</blockquote><pre><code>pre</code></pre>' +
      '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>' +
      '<details><summary>more</summary>hidden</details><h2>heading</h2><hr><sup>1</sup><sub>2</sub>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it("keeps Matrix colour and spoiler attributes with valid values only", () => {
    const clean = parse(
      sanitizeHtml('<font color="red" data-mx-color="#ff0000" data-mx-bg-color="red">c</font><span data-mx-spoiler="plot">s</span><span data-mx-color="url(x)">x</span>'),
    );
    const font = clean.querySelector("font")!;
    expect(font.getAttribute("color")).toBe("red");
    expect(font.getAttribute("data-mx-color")).toBe("#ff0000");
    expect(font.hasAttribute("data-mx-bg-color")).toBe(false);
    expect(clean.querySelector("span")!.getAttribute("data-mx-spoiler")).toBe("plot");
    expect(clean.querySelectorAll("span")[1]!.hasAttribute("data-mx-color")).toBe(false);
  });

  it("opens allowed links in a new tab without referrer or opener", () => {
    const link = parse(sanitizeHtml('<a href="https://example.org/x" target="_self" rel="opener">x</a>')).querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example.org/x");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    for (const href of ["mailto:a@example.org", "magnet:?xt=urn:btih:abc", "ftp://example.org/f", "http://example.org/"]) {
      expect(parse(sanitizeHtml(`<a href="${href}">x</a>`)).querySelector("a")!.getAttribute("href")).toBe(href);
    }
  });

  it("drops links with other schemes or relative paths but keeps their text", () => {
    const clean = parse(sanitizeHtml('<a href="/relative">rel</a> <a href="matrix:r/room">m</a>'));
    expect([...clean.querySelectorAll("a")].map((a) => a.hasAttribute("href"))).toEqual([false, false]);
    expect(clean.textContent).toBe("rel m");
  });

  it("removes reply fallbacks with everything inside", () => {
    const clean = sanitizeHtml('<mx-reply><blockquote><a href="https://matrix.to/#/!r/$e">In reply to</a> quoted</blockquote></mx-reply>The answer');
    expect(clean).toBe("The answer");
  });

  it("keeps mxc images without a src, their Matrix URI set aside for the view to load with the access token", () => {
    const image = parse(sanitizeHtml('<img src="mxc://example.org/abc" alt="a cat" width="40" height="x">')).querySelector("img")!;
    expect(image.hasAttribute("src")).toBe(false);
    expect(image.getAttribute(inlineImageAttribute)).toBe("mxc://example.org/abc");
    expect(image.getAttribute("width")).toBe("40");
    expect(image.hasAttribute("height")).toBe(false);
  });

  it("turns other images into their alt text, and refuses a data-mxc of the sender's", () => {
    expect(sanitizeHtml('<img src="https://tracker.example/pixel.png" alt="a pixel">')).toBe("a pixel");
    expect(sanitizeHtml('<img src="mxc://example.org/../../evil" alt="odd">')).toBe("odd");
    expect(sanitizeHtml('<img data-mxc="mxc://example.org/abc" alt="smuggled">')).toBe("smuggled");
  });

  it("keeps only language classes on code", () => {
    expect(sanitizeHtml('<code class="language-rust evil">x</code>')).toBe('<code class="language-rust">x</code>');
    expect(sanitizeHtml('<p class="language-rust">x</p>')).toBe("<p>x</p>");
  });

  it("keeps the text of unknown tags", () => {
    expect(sanitizeHtml("<marquee>hello</marquee> <blink>world</blink>")).toBe("hello world");
  });
});

describe("parsing without CSP reports", () => {
  it("renames event handlers, style attributes and style elements before the parser sees them", () => {
    expect(defuseForParsing(`<img src=x OnError="a()"><svg/onload=b()><p style="color:red" title='x'>t</p><style>p{}</style><img src="y"onerror=c()>`)).toBe(
      `<img src=x data-kontor-OnError="a()"><svg/data-kontor-onload=b()><p data-kontor-style="color:red" title='x'>t</p><kontor-style>p{}</kontor-style><img src="y"data-kontor-onerror=c()>`,
    );
  });

  it("also reaches attributes hidden in quoted values, where mutation XSS puts them", () => {
    expect(defuseForParsing(`<textarea><img title="</textarea><img src=x onerror=a()>">`)).toBe(`<textarea><img title="</textarea><img src=x data-kontor-onerror=a()>">`);
  });

  it("leaves text and allowed markup alone", () => {
    const html = 'Turn on = off? <b>style=bold</b> <a href="https://example.org/online=1?x=1&onion=2">link</a> 3 < 4 onclick=5';
    expect(defuseForParsing(html)).toBe(html);
  });
});
