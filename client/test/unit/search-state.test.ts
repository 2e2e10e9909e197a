import { describe, expect, it } from "vitest";
import {
  directoryApiQuery,
  emptySearch,
  isEmptySearch,
  normalizeSearch,
  sameSearch,
  searchPath,
  searchStateFromQuery,
  searchStateToQuery,
} from "../../src/directory/search-state.ts";

describe("search state in the URL", () => {
  it("reads every field from the page query", () => {
    const state = searchStateFromQuery(new URLSearchParams("q=cafe&category=bakery&city=Berlin&open_now=1"));
    expect(state).toEqual({ q: "cafe", category: "bakery", city: "Berlin", openNow: true });
  });

  it("reads a missing or unknown query as the empty search", () => {
    expect(searchStateFromQuery(new URLSearchParams(""))).toEqual(emptySearch);
    expect(searchStateFromQuery(new URLSearchParams("open_now=yes&utm_source=x"))).toEqual(emptySearch);
  });

  it("writes only the fields that are set, in a fixed order", () => {
    expect(searchPath({ q: "cafe", category: "bakery", city: "", openNow: true })).toBe("/?q=cafe&category=bakery&open_now=1");
    expect(searchPath(emptySearch)).toBe("/");
  });

  it("round-trips through the URL", () => {
    const state = { q: "Bäckerei & Café", category: "cafe", city: "Köln", openNow: false };
    expect(searchStateFromQuery(searchStateToQuery(state))).toEqual(state);
  });

  it("ignores outer and repeated spaces, so typing a space does not search again", () => {
    expect(normalizeSearch({ q: "  cafe   berlin ", category: "", city: " Köln ", openNow: false })).toEqual({
      q: "cafe berlin",
      category: "",
      city: "Köln",
      openNow: false,
    });
    expect(sameSearch({ ...emptySearch, q: "cafe " }, { ...emptySearch, q: "cafe" })).toBe(true);
    expect(isEmptySearch({ ...emptySearch, q: "   " })).toBe(true);
  });

  it("asks the API with open_now=true, a limit and the cursor for further pages", () => {
    const query = directoryApiQuery({ q: "cafe", category: "", city: "", openNow: true }, { cursor: "abc" });
    expect(query.toString()).toBe("q=cafe&open_now=true&limit=20&cursor=abc");
  });
});
