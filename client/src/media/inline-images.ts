import { inlineImageAttribute } from "../security/sanitize-html.ts";
import type { MediaSource } from "./authenticated-media.ts";

/** More images than this in one message show as their alt text: a message must not fetch without end. */
const maxImagesPerMessage = 20;

/**
 * Shows the images of sanitised message HTML (custom emoji, pictures in
 * formatted messages): each is fetched as authenticated media and shown
 * through a blob: URL. Without a media source, past the limit, or when the
 * fetch fails, an image becomes its alt text.
 */
export function loadInlineImages(container: ParentNode, media: MediaSource | undefined): void {
  const images = [...container.querySelectorAll<HTMLImageElement>(`img[${inlineImageAttribute}]`)];
  images.forEach((image, index) => {
    const mxc = image.getAttribute(inlineImageAttribute) ?? "";
    image.removeAttribute(inlineImageAttribute);
    if (!media || index >= maxImagesPerMessage) {
      showAltText(image);
      return;
    }
    media.objectUrl(mxc, { thumbnail: { width: 800, height: 600 } }).then(
      (url) => (image.src = url),
      () => showAltText(image),
    );
  });
}

function showAltText(image: HTMLImageElement): void {
  image.replaceWith(image.ownerDocument.createTextNode(image.alt));
}
