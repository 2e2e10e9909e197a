/** Registers a custom element once; importing a component module twice (tests, lazy chunks) is harmless. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
