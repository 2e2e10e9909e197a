import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import "../../src/components/search-form/search-form.ts";
import type { SearchEvent, SearchForm } from "../../src/components/search-form/search-form.ts";
import { emptySearch, type SearchState } from "../../src/directory/search-state.ts";
import { mount, shadowOf } from "./support.ts";

const categories = [
  { id: "bakery", labels: { en: "Bakery", de: "Bäckerei" } },
  { id: "bar", labels: { en: "Bar", de: "Bar" } },
];

async function form(search: SearchState = emptySearch): Promise<{ element: SearchForm; events: SearchEvent[] }> {
  const events: SearchEvent[] = [];
  const element = await mount<SearchForm>(
    html`<kontor-search-form .search=${search} .categories=${categories} @kontor-search=${(event: SearchEvent) => events.push(event)}></kontor-search-form>`,
  );
  return { element, events };
}

function field<T extends HTMLElement>(element: SearchForm, selector: string): T {
  return shadowOf(element).querySelector<T>(selector)!;
}

describe("the directory search form", () => {
  it("has a label for every control and a search landmark", async () => {
    const { element } = await form();
    const root = shadowOf(element);
    expect(root.querySelector("form")!.getAttribute("role")).toBe("search");
    for (const id of ["q", "category", "city", "open-now"]) expect(root.querySelector(`label[for="${id}"]`), id).not.toBeNull();
  });

  it("sends one typed search event after typing pauses", async () => {
    const { element, events } = await form();
    await userEvent.type(field(element, "#q"), "cafe");
    expect(events).toHaveLength(0);
    await expect.poll(() => events.length, { timeout: 2000 }).toBe(1);
    expect(events[0]!.trigger).toBe("typing");
    expect(events[0]!.search).toEqual({ ...emptySearch, q: "cafe" });
  });

  it("sends a filter change at once", async () => {
    const { element, events } = await form({ ...emptySearch, q: "brot" });
    await userEvent.selectOptions(field(element, "#category"), "bakery");
    expect(events.map((event) => [event.trigger, event.search])).toEqual([["filter", { ...emptySearch, q: "brot", category: "bakery" }]]);
    await userEvent.click(field(element, "#open-now"));
    expect(events[1]!.search.openNow).toBe(true);
  });

  it("sends a submit at once when Enter is pressed, without a late typing event", async () => {
    const { element, events } = await form();
    await userEvent.type(field(element, "#city"), "Berlin{Enter}");
    expect(events.map((event) => event.trigger)).toEqual(["submit"]);
    expect(events[0]!.search.city).toBe("Berlin");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events).toHaveLength(1);
  });

  it("takes a new search from outside (back and forward) into its fields", async () => {
    const { element } = await form({ ...emptySearch, q: "cafe", category: "bakery", openNow: true });
    expect(field<HTMLInputElement>(element, "#q").value).toBe("cafe");
    expect(field<HTMLSelectElement>(element, "#category").value).toBe("bakery");
    expect(field<HTMLInputElement>(element, "#open-now").checked).toBe(true);
    element.search = { ...emptySearch, q: "bar" };
    await element.updateComplete;
    expect(field<HTMLInputElement>(element, "#q").value).toBe("bar");
    expect(field<HTMLSelectElement>(element, "#category").value).toBe("");
  });

  it("keeps what is being typed when the echo of its own earlier search comes back", async () => {
    const { element, events } = await form();
    await userEvent.type(field(element, "#q"), "caf");
    await expect.poll(() => events.length, { timeout: 2000 }).toBe(1);
    await userEvent.type(field(element, "#q"), "e b");
    element.search = events[0]!.search;
    await element.updateComplete;
    expect(field<HTMLInputElement>(element, "#q").value).toBe("cafe b");
  });
});
