import { beforeAll, describe, expect, it } from "vitest";
import type { DirectoryEntry, DirectoryQuery } from "../../../src/directory/entry.ts";
import { InvalidCursorError, type DirectoryIndex } from "../../../src/directory/search-index.ts";
import { allPages, browseOrder, business, directoryWith, expectedMatches, slugs } from "./directory-fixture.ts";
import { generateBusinesses, openMondayAtTen } from "./generate-businesses.ts";

let entries: DirectoryEntry[];
let index: DirectoryIndex;

beforeAll(() => {
  entries = generateBusinesses(10_000);
  index = directoryWith(entries).index;
});

function expectNoDuplicates(list: readonly string[]): void {
  expect(list.length - new Set(list).size).toBe(0);
}

/** Reads `before` pages, lets `change` alter the index, then reads the rest. */
function pageAcrossChange(query: DirectoryQuery, before: number, change: () => void): DirectoryEntry[] {
  const seen: DirectoryEntry[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < before; i++) {
    const page = index.search({ ...query, ...(cursor === undefined ? {} : { cursor }) });
    seen.push(...page.results);
    cursor = page.nextCursor;
  }
  if (cursor === undefined) throw new Error("the query has too few pages for this test");
  const resumeAt = cursor;
  change();
  seen.push(...allPages(index, { ...query, cursor: resumeAt }).flat());
  return seen;
}

describe("paging through the directory", () => {
  it("visits every business exactly once when browsing, in name order", () => {
    const pages = allPages(index, { limit: 50 });
    expect(pages).toHaveLength(entries.length / 50);
    const visited = slugs(pages.flat());
    expectNoDuplicates(visited);
    expect(visited).toEqual(slugs([...entries].sort(browseOrder)));
  });

  it("visits every result of a broad text search exactly once, in the same order each time", () => {
    const first = slugs(allPages(index, { q: "fr", limit: 50 }).flat());
    expectNoDuplicates(first);
    expect(new Set(first)).toEqual(new Set(slugs(expectedMatches(entries, { q: "fr" }))));
    expect(first.length).toBeGreaterThan(2_000);
    expect(slugs(allPages(index, { q: "fr", limit: 50 }).flat())).toEqual(first);
  });

  it("gives the same results in pages of 7 as in pages of 50", () => {
    for (const query of [{ q: "bäckerei" }, { category: "cafe", city: "Wien" }]) {
      expect(slugs(allPages(index, { ...query, limit: 7 }).flat())).toEqual(slugs(allPages(index, { ...query, limit: 50 }).flat()));
    }
  });

  it("visits every open business exactly once with open_now", () => {
    const visited = slugs(allPages(index, { openNow: true, limit: 13 }, { isOpenNow: openMondayAtTen }).flat());
    expectNoDuplicates(visited);
    expect(visited).toEqual(slugs(entries.filter(openMondayAtTen).sort(browseOrder)));
  });

  it("ends with a page without a cursor when the results fill the last page exactly", () => {
    const total = expectedMatches(entries, { category: "hotel", city: "Brno" }).length;
    const pages = allPages(index, { category: "hotel", city: "Brno", limit: total });
    expect(pages).toEqual([expect.any(Array)]);
    expect(pages[0]).toHaveLength(total);
  });

  it("refuses a cursor that is not one the directory issued", () => {
    for (const cursor of ["garbage!", "e30", Buffer.from('{"v":1}').toString("base64url")]) {
      expect(() => index.search({ limit: 10, cursor })).toThrow(InvalidCursorError);
    }
  });

  it("refuses a text search's cursor for browsing, and a browsing cursor for a text search", () => {
    const textCursor = index.search({ q: "café", limit: 5 }).nextCursor!;
    const browseCursor = index.search({ limit: 5 }).nextCursor!;
    expect(() => index.search({ limit: 5, cursor: textCursor })).toThrow(InvalidCursorError);
    expect(() => index.search({ q: "café", limit: 5, cursor: browseCursor })).toThrow(InvalidCursorError);
  });

  it("refuses a cursor from a search with other words or filters", () => {
    const cursor = index.search({ q: "café", city: "Wien", limit: 2 }).nextCursor!;
    expect(index.search({ q: "CAFE", city: "wien", limit: 2, cursor }).results).toHaveLength(2);
    expect(() => index.search({ q: "bäckerei", city: "Wien", limit: 2, cursor })).toThrow(/different search/);
    expect(() => index.search({ q: "café", city: "Köln", limit: 2, cursor })).toThrow(/different search/);
    expect(() => index.search({ q: "café", city: "Wien", lang: "de", limit: 2, cursor })).toThrow(/different search/);
    expect(() => index.search({ q: "café", city: "Wien", openNow: true, limit: 2, cursor }, { isOpenNow: () => true })).toThrow(/different search/);
  });
});

// These tests change the shared index, so they come last and other tests'
// oracles (computed from `entries`) stay true.
describe("paging while the directory changes", () => {
  it("neither repeats nor skips businesses when browsing while some are added and removed between pages", () => {
    const query = { city: "Köln", limit: 20 };
    const order = slugs(expectedMatches(entries, query).sort(browseOrder));
    const removedUnseen = order[70]!;
    const removedSeen = order[5]!;
    const seen = pageAcrossChange(query, 2, () => {
      index.upsert(business({ slug: "aaa-new-before", name: "AAA Erste", city: "Köln" }));
      index.upsert(business({ slug: "zzz-new-after", name: "Zzz Letzte", city: "Köln" }));
      index.remove(removedUnseen);
      index.remove(removedSeen);
    });
    const visited = slugs(seen);
    expectNoDuplicates(visited);
    expect(visited).toEqual([...order.filter((slug) => slug !== removedUnseen), "zzz-new-after"]);
  });

  it("continues a text search with exactly the results that now rank after the cursor when businesses are added and removed", () => {
    const query = { q: "apotheke", limit: 10 };
    const order = slugs(allPages(index, query).flat());
    const seen = pageAcrossChange(query, 1, () => {
      index.remove(order[9]!);
      index.remove(order[40]!);
      index.upsert(business({ slug: "new-apotheke", name: "Neue Apotheke", city: "Brno" }));
    });
    const continuation = slugs(seen.slice(10));
    const now = slugs(allPages(index, query).flat());
    // bm25 depends on the whole table (row count, average length), so a change
    // may move a result across the cursor; what follows it is still exactly
    // the tail of the current ranking, without repeats.
    expect(continuation).toEqual(now.slice(now.length - continuation.length));
    expect(continuation).not.toContain(order[40]);
    expectNoDuplicates(continuation);
  });

  it("neither repeats nor skips text results when a change leaves bm25's statistics as they were", () => {
    const query = { q: "buchhandlung", limit: 25 };
    const order = slugs(allPages(index, query).flat());
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    const seenBefore = bySlug.get(order[3]!)!;
    const unseen = bySlug.get(order[60]!)!;
    // Replacing businesses by twins with other slugs keeps the row count, the
    // lengths and the term counts, so every score stays as it was.
    const seen = pageAcrossChange(query, 2, () => {
      index.remove(seenBefore.slug);
      index.upsert({ ...seenBefore, slug: `${seenBefore.slug}-twin` });
      index.remove(unseen.slug);
      index.upsert({ ...unseen, slug: `${unseen.slug}-twin` });
    });
    const visited = slugs(seen);
    expectNoDuplicates(visited);
    expect(visited).toEqual(order.map((slug) => (slug === unseen.slug ? `${slug}-twin` : slug)));
  });
});
