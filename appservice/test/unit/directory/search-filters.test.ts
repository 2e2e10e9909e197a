import { beforeAll, describe, expect, it } from "vitest";
import type { DirectoryEntry, DirectoryQuery } from "../../../src/directory/entry.ts";
import type { DirectoryIndex } from "../../../src/directory/search-index.ts";
import { allPages, browseOrder, directoryWith, expectedMatches, slugs } from "./directory-fixture.ts";
import { generateBusinesses, openMondayAtTen } from "./generate-businesses.ts";

let entries: DirectoryEntry[];
let index: DirectoryIndex;

beforeAll(() => {
  entries = generateBusinesses(10_000);
  index = directoryWith(entries).index;
});

function found(query: Omit<DirectoryQuery, "limit">, isOpenNow?: (entry: DirectoryEntry) => boolean): DirectoryEntry[] {
  return allPages(index, { ...query, limit: 50 }, isOpenNow === undefined ? undefined : { isOpenNow }).flat();
}

function expectSameAsOracle(query: Omit<DirectoryQuery, "limit">, isOpenNow?: (entry: DirectoryEntry) => boolean): DirectoryEntry[] {
  const result = found(query, isOpenNow);
  const expected = expectedMatches(entries, query, isOpenNow);
  expect(expected.length).toBeGreaterThan(0);
  expect(new Set(slugs(result))).toEqual(new Set(slugs(expected)));
  expect(result).toHaveLength(expected.length);
  return result;
}

describe("filtering the directory", () => {
  it("by category returns exactly the businesses listing that category", () => {
    const result = expectSameAsOracle({ category: "bakery" });
    expect(result.every((entry) => entry.categories.includes("bakery"))).toBe(true);
  });

  it("by category also finds a business whose second category it is", () => {
    const secondOnly = entries.filter((entry) => entry.categories[1] === "florist");
    expect(secondOnly.length).toBeGreaterThan(0);
    expect(slugs(found({ category: "florist" }))).toEqual(expect.arrayContaining(slugs(secondOnly)));
  });

  it.each(["München", "munchen", "MÜNCHEN", " münchen "])("by city %s finds every business in München", (city) => {
    const result = expectSameAsOracle({ city });
    expect(result.every((entry) => entry.city === "München")).toBe(true);
  });

  it("by city matches the whole name, not a part of it", () => {
    expect(found({ city: "münch" })).toEqual([]);
  });

  it("by language returns the businesses that speak it", () => {
    const result = expectSameAsOracle({ lang: "pl" });
    expect(result.every((entry) => entry.languages.includes("pl"))).toBe(true);
  });

  it("by category, city and language together requires all three", () => {
    const result = expectSameAsOracle({ category: "cafe", city: "Köln", lang: "en" });
    expect(result.every((entry) => entry.categories.includes("cafe") && entry.city === "Köln" && entry.languages.includes("en"))).toBe(true);
  });

  it("combines filters with text", () => {
    expectSameAsOracle({ q: "sauerteig", category: "bakery", city: "Kraków" });
  });

  it("browses filtered results in name order", () => {
    const result = found({ category: "hotel", city: "Wien" });
    expect(slugs(result)).toEqual(slugs([...result].sort(browseOrder)));
  });

  it("by open_now keeps only the businesses the predicate calls open", () => {
    const result = expectSameAsOracle({ openNow: true }, openMondayAtTen);
    expect(result.every(openMondayAtTen)).toBe(true);
    expect(slugs(result)).toEqual(slugs([...result].sort(browseOrder)));
  });

  it("by open_now combines with text and other filters", () => {
    expectSameAsOracle({ q: "bäckerei", city: "Berlin", openNow: true }, openMondayAtTen);
  });

  it("by open_now fills a whole page even when most candidates are closed", () => {
    const rarelyOpen = (entry: DirectoryEntry) => openMondayAtTen(entry) && entry.slug.endsWith("7");
    const page = index.search({ openNow: true, limit: 10 }, { isOpenNow: rarelyOpen });
    expect(page.results).toHaveLength(10);
    expect(page.results.every(rarelyOpen)).toBe(true);
    expect(page.nextCursor).toBeDefined();
  });

  it("by open_now examines each business at most once, even when none is open", () => {
    let calls = 0;
    const counting = (entry: DirectoryEntry) => {
      calls++;
      return entry.slug === "nobody";
    };
    expect(index.search({ openNow: true, limit: 50 }, { isOpenNow: counting })).toEqual({ results: [] });
    expect(calls).toBe(entries.length);
  });

  it("by open_now ends without a cursor when the last open business is on the page", () => {
    const last = [...entries].sort(browseOrder).at(-1)!;
    const page = index.search({ openNow: true, limit: 5 }, { isOpenNow: (entry) => entry.slug === last.slug });
    expect(page).toEqual({ results: [last] });
  });
});
