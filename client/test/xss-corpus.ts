/**
 * HTML that tries to run script, for testing the message sanitiser here
 * and, later, end to end: each payload can be sent as the `formatted_body`
 * of a Matrix message. Every payload that runs sets the global flag
 * `window.__kontorXss` (instead of the classic `alert(1)`), so a test can
 * assert that nothing ran.
 */
export const xssFlag = "__kontorXss";

export interface XssPayload {
  name: string;
  html: string;
}

const run = `window.${xssFlag}=1`;

export const xssCorpus: readonly XssPayload[] = [
  { name: "script tag", html: `<script>${run}</script>` },
  { name: "script tag in mixed case", html: `<ScRiPt>${run}</sCrIpT>` },
  { name: "unclosed script tag", html: `<script>${run}` },
  { name: "nested script tags", html: `<scr<script>ipt>${run}</scr</script>ipt>` },
  { name: "script split by tags", html: `<<script>script>${run}<</script>/script>` },
  { name: "img onerror", html: `<img src=x onerror=${run}>` },
  { name: "img onerror, mixed case", html: `<IMG SRC=x OnErRoR=${run}>` },
  { name: "img onerror, unclosed", html: `<img src=x onerror=${run}` },
  { name: "img onerror on an mxc image", html: `<img src="mxc://example.org/abc" onerror="${run}">` },
  { name: "img with a data: URI", html: `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${run}'/>">` },
  { name: "svg onload", html: `<svg onload=${run}>` },
  { name: "script inside svg", html: `<svg><script>${run}</script></svg>` },
  { name: "svg animate onbegin", html: `<svg><animate onbegin=${run} attributeName=x dur=1s></svg>` },
  { name: "svg link with xlink:href", html: `<svg><a xlink:href="javascript:${run}"><text x="20" y="20">XSS</text></a></svg>` },
  { name: "math href", html: `<math href="javascript:${run}">CLICK</math>` },
  { name: "javascript: link", html: `<a href="javascript:${run}">click</a>` },
  { name: "javascript: link in mixed case", html: `<a href="JaVaScRiPt:${run}">click</a>` },
  { name: "javascript: link, decimal entities", html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run}">click</a>` },
  { name: "javascript: link, hex entity", html: `<a href="&#x6A;avascript:${run}">click</a>` },
  { name: "javascript: link, named colon entity", html: `<a href="javascript&colon;${run}">click</a>` },
  { name: "javascript: link with a tab", html: `<a href="java&#x09;script:${run}">click</a>` },
  { name: "javascript: link with leading space", html: `<a href=" javascript:${run}">click</a>` },
  { name: "data: link", html: `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19rb250b3JYc3M9MTwvc2NyaXB0Pg==">click</a>` },
  { name: "vbscript: link", html: `<a href="vbscript:msgbox(1)">click</a>` },
  { name: "link with onclick", html: `<a href="https://example.org" onclick="${run}">click</a>` },
  { name: "font with onmouseover", html: `<font color="red" onmouseover="${run}">hover</font>` },
  { name: "details ontoggle", html: `<details open ontoggle=${run}><summary>s</summary>x</details>` },
  { name: "style attribute with javascript: url", html: `<p style="background:url(javascript:${run})">style</p>` },
  { name: "style attribute with expression()", html: `<div style="width: expression(${run})">expression</div>` },
  { name: "span with animation handler", html: `<span data-mx-spoiler="x" style="animation:spin 1s" onanimationstart="${run}">spoiler</span>` },
  { name: "style element", html: `<style>@import 'javascript:${run}';</style><p>after style</p>` },
  { name: "iframe javascript:", html: `<iframe src="javascript:${run}"></iframe>` },
  { name: "iframe srcdoc", html: `<iframe srcdoc="<script>parent.${xssFlag}=1</script>"></iframe>` },
  { name: "iframe data:", html: `<iframe src="data:text/html,<script>parent.${xssFlag}=1</script>"></iframe>` },
  { name: "object data", html: `<object data="javascript:${run}"></object>` },
  { name: "embed src", html: `<embed src="javascript:${run}">` },
  { name: "form action", html: `<form action="javascript:${run}"><button>go</button></form>` },
  { name: "button formaction", html: `<form><button formaction="javascript:${run}">go</button></form>` },
  { name: "input autofocus onfocus", html: `<input autofocus onfocus=${run}>` },
  { name: "meta refresh", html: `<meta http-equiv="refresh" content="0;url=javascript:${run}">` },
  { name: "base href", html: `<base href="javascript:${run}//"><a href="/x">relative</a>` },
  { name: "link stylesheet", html: `<link rel="stylesheet" href="javascript:${run}">` },
  { name: "body onload", html: `<body onload=${run}>` },
  { name: "video source onerror", html: `<video><source onerror=${run}></video>` },
  { name: "marquee onstart", html: `<marquee onstart=${run}>m</marquee>` },
  { name: "custom element with onfocusin", html: `<xss id=x tabindex=1 autofocus onfocusin=${run}></xss>` },
  { name: "table background", html: `<table background="javascript:${run}"><tr><td>x</td></tr></table>` },
  { name: "template with script", html: `<template><script>${run}</script></template>` },
  { name: "noscript mutation XSS", html: `<noscript><p title="</noscript><img src=x onerror=${run}>">` },
  { name: "noembed mutation XSS", html: `<noembed><img title="</noembed><img src=x onerror=${run}>"></noembed>` },
  { name: "textarea mutation XSS", html: `<textarea><img title="</textarea><img src=x onerror=${run}>">` },
  { name: "xmp mutation XSS", html: `<xmp><p title="</xmp><img src=x onerror=${run}>">` },
  { name: "svg style mutation XSS (DOMPurify 2.0.0)", html: `<svg></p><style><a id="</style><img src=1 onerror=${run}>">` },
  { name: "math mglyph style mutation XSS", html: `<math><mtext><table><mglyph><style><img src=x onerror=${run}>` },
  { name: "form math mutation XSS (DOMPurify 2.0.17)", html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>` },
  { name: "svg style with img", html: `<svg><style><img src=x onerror=${run}></style></svg>` },
  { name: "maths attribute carrying markup", html: `<div data-mx-maths="<img src=x onerror=${run}>">maths</div>` },
  { name: "escaped markup in a title", html: `<p title="&lt;img src=x onerror=${run}&gt;">title</p>` },
  { name: "DOM clobbering with name", html: `<a name="cookie" href="https://example.org">x</a><a name="getElementById">y</a>` },
];
