import { render, type TemplateResult } from "lit";
import { afterEach } from "vitest";
import { appLanguage } from "../../src/i18n/language-store.ts";

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
  appLanguage().set("en");
});

/** Renders a template into a fresh container in the document and waits for the first element to render. */
export async function mount<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement("div");
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as E & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** The element's shadow root, which every Kontor component has. */
export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Text as a reader sees it: whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}
