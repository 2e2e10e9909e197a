import { html } from "lit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NavigationRequestEvent } from "../../src/app/app-events.ts";
import "../../src/pages/directory-page/directory-page.ts";
import type { DirectoryPage } from "../../src/pages/directory-page/directory-page.ts";
import { emptySearch, type SearchState } from "../../src/directory/search-state.ts";
import { mount, shadowOf, textOf } from "./support.ts";

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/** Answers API requests from a table; every page test uses its own search, as the results are shared per visit. */
function stubApi(directory: (query: URLSearchParams) => Answer) {
  const requests: URL[] = [];
  vi.stubGlobal("fetch", (input: RequestInfo | URL) => {
    const url = new URL(String(input), window.location.origin);
    requests.push(url);
    const answer =
      url.pathname === "/api/v1/categories"
        ? { status: 200, body: { categories: [{ id: "cafe", labels: { en: "Café", de: "Café" } }] } }
        : directory(url.searchParams);
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json", ...answer.headers } }));
  });
  return requests;
}

function business(slug: string, name: string) {
  return { slug, name, categories: ["cafe"], city: "Paris", opening: { open_now: true, today: { date: "2026-12-04", text: "08:00–19:00" }, time_zone: "Europe/Paris" } };
}

async function page(search: SearchState): Promise<DirectoryPage> {
  return mount<DirectoryPage>(html`<kontor-directory-page .search=${search}></kontor-directory-page>`);
}

const summary = (element: DirectoryPage) => textOf(shadowOf(element).querySelector(".summary"));

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe("the directory page", () => {
  it("lists results as a list and announces their number", async () => {
    stubApi(() => ({ status: 200, body: { results: [business("cafe-lumiere", "Café Lumière"), business("cafe-two", "Café Two")], next_cursor: null } }));
    const element = await page({ ...emptySearch, q: "list test" });
    await expect.poll(() => summary(element)).toBe("2 businesses found");
    const summaryElement = shadowOf(element).querySelector(".summary")!;
    expect(summaryElement.getAttribute("role")).toBe("status");
    expect(shadowOf(element).querySelectorAll("ul.results > li > kontor-result-card")).toHaveLength(2);
  });

  it("says what to do when nothing matches", async () => {
    stubApi(() => ({ status: 200, body: { results: [], next_cursor: null } }));
    const element = await page({ ...emptySearch, q: "no such thing" });
    await expect.poll(() => [...shadowOf(element).querySelectorAll(".notice p")].map((p) => textOf(p))).toEqual([
      "No business matches your search",
      "Try fewer words or remove a filter.",
    ]);
  });

  it("asks to wait when the API is rate limited", async () => {
    stubApi(() => ({ status: 429, body: { error: { code: "rate_limited", message: "too many" } }, headers: { "retry-after": "4" } }));
    const element = await page({ ...emptySearch, q: "rate limited" });
    await expect.poll(() => textOf(shadowOf(element).querySelector("[role=alert] p"))).toBe("Too many requests in a short time. Wait 4 seconds, then try again.");
  });

  it("loads more results with the cursor", async () => {
    const requests = stubApi((query) =>
      query.get("cursor") === "page-2"
        ? { status: 200, body: { results: [business("third-one", "Third")], next_cursor: null } }
        : { status: 200, body: { results: [business("first-one", "First"), business("second-one", "Second")], next_cursor: "page-2" } },
    );
    const element = await page({ ...emptySearch, q: "paged" });
    await expect.poll(() => summary(element)).toBe("Showing the first 2 businesses");
    shadowOf(element).querySelector<HTMLButtonElement>(".more button")!.click();
    await expect.poll(() => summary(element)).toBe("3 businesses found");
    expect(requests.some((url) => url.searchParams.get("cursor") === "page-2")).toBe(true);
  });

  it("asks the shell to put a new search into the URL", async () => {
    stubApi(() => ({ status: 200, body: { results: [], next_cursor: null } }));
    const element = await page({ ...emptySearch, q: "before" });
    const navigations: NavigationRequestEvent[] = [];
    element.addEventListener("kontor-navigate", (event) => navigations.push(event));
    const form = shadowOf(element).querySelector("kontor-search-form")!;
    const select = shadowOf(form).querySelector<HTMLSelectElement>("#category")!;
    await expect.poll(() => select.options.length).toBe(2);
    select.value = "cafe";
    select.dispatchEvent(new Event("change"));
    expect(navigations.map((event) => [event.href, event.replace])).toEqual([["/?q=before&category=cafe", false]]);
  });
});
