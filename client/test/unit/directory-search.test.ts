import { describe, expect, it } from "vitest";
import type { DirectoryPage, DirectoryResult } from "../../src/api/directory.ts";
import { decodeDirectoryResult } from "../../src/api/directory.ts";
import { ApiError } from "../../src/api/http.ts";
import { DirectorySearch, replacesHistoryEntry, resultCountMessage, resultsMaxAgeMs } from "../../src/directory/directory-search.ts";
import { emptySearch } from "../../src/directory/search-state.ts";
import type { Language } from "../../src/i18n/messages.ts";

function result(slug: string): DirectoryResult {
  return decodeDirectoryResult({ slug, name: slug });
}

interface Call {
  query: URLSearchParams;
  language: Language;
  signal: AbortSignal;
  resolve(page: DirectoryPage): void;
  reject(error: unknown): void;
}

/** A fetcher whose answers the test gives, in any order. */
function controlledFetcher() {
  const calls: Call[] = [];
  const fetcher = (query: URLSearchParams, language: Language, signal: AbortSignal) =>
    new Promise<DirectoryPage>((resolve, reject) => {
      calls.push({ query, language, signal, resolve, reject });
      signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    });
  return { calls, fetcher };
}

const cafe = { ...emptySearch, q: "cafe" };
const bar = { ...emptySearch, q: "bar" };

describe("the directory search", () => {
  it("shows results and whether there are more", async () => {
    const { calls, fetcher } = controlledFetcher();
    const search = new DirectorySearch(fetcher);
    const shown = search.show(cafe, "en");
    expect(search.snapshot.status).toBe("loading");
    expect(calls[0]!.query.get("q")).toBe("cafe");
    calls[0]!.resolve({ results: [result("cafe-lumiere")], nextCursor: "next" });
    await shown;
    expect(search.snapshot.status).toBe("loaded");
    expect(search.snapshot.results.map((r) => r.slug)).toEqual(["cafe-lumiere"]);
    expect(resultCountMessage(search.snapshot)).toEqual({ key: "resultsCountMore", count: 1 });
  });

  it("never lets a slow earlier answer replace a newer one", async () => {
    const { calls, fetcher } = controlledFetcher();
    const search = new DirectorySearch(fetcher);
    const first = search.show(cafe, "en");
    const second = search.show(bar, "en");
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[1]!.resolve({ results: [result("zum-anker")], nextCursor: null });
    calls[0]!.resolve({ results: [result("cafe-lumiere")], nextCursor: null });
    await Promise.all([first, second]);
    expect(search.snapshot.results.map((r) => r.slug)).toEqual(["zum-anker"]);
    expect(search.snapshot.search).toEqual(bar);
  });

  it("does not search again for what it shows, unless the language changed or the results are old", async () => {
    const { calls, fetcher } = controlledFetcher();
    let now = 0;
    const search = new DirectorySearch(fetcher, () => now);
    const shown = search.show(cafe, "en");
    calls[0]!.resolve({ results: [], nextCursor: null });
    await shown;
    void search.show({ ...cafe, q: " cafe " }, "en");
    expect(calls).toHaveLength(1);
    void search.show(cafe, "de");
    expect(calls).toHaveLength(2);
    expect(calls[1]!.language).toBe("de");
    calls[1]!.resolve({ results: [], nextCursor: null });
    await Promise.resolve();
    now += resultsMaxAgeMs + 1;
    void search.show(cafe, "de");
    expect(calls).toHaveLength(3);
  });

  it("appends further pages without duplicates and reports how many are new", async () => {
    const { calls, fetcher } = controlledFetcher();
    const search = new DirectorySearch(fetcher);
    const shown = search.show(emptySearch, "en");
    calls[0]!.resolve({ results: [result("a-one"), result("b-two")], nextCursor: "c1" });
    await shown;
    const more = search.loadMore();
    expect(search.snapshot.more).toBe("loading");
    expect(calls[1]!.query.get("cursor")).toBe("c1");
    calls[1]!.resolve({ results: [result("b-two"), result("c-three")], nextCursor: null });
    await more;
    expect(search.snapshot.results.map((r) => r.slug)).toEqual(["a-one", "b-two", "c-three"]);
    expect(search.takeAdded()).toBe(1);
    expect(search.takeAdded()).toBe(0);
    expect(resultCountMessage(search.snapshot)).toEqual({ key: "resultsCountOther", count: 3 });
  });

  it("keeps the failure, e.g. a rate limit, so the page can say what to do", async () => {
    const { calls, fetcher } = controlledFetcher();
    const search = new DirectorySearch(fetcher);
    const shown = search.show(cafe, "en");
    calls[0]!.reject(new ApiError({ kind: "rate-limited", retryAfterSeconds: 3 }, "too many requests"));
    await shown;
    expect(search.snapshot.status).toBe("failed");
    expect(search.snapshot.failure).toEqual({ kind: "rate-limited", retryAfterSeconds: 3 });
    const retried = search.retry();
    calls[1]!.resolve({ results: [], nextCursor: null });
    await retried;
    expect(search.snapshot.status).toBe("loaded");
    expect(resultCountMessage(search.snapshot)).toEqual({ key: "resultsCountOther", count: 0 });
  });

  it("runs an aborted search again when the page comes back", async () => {
    const { calls, fetcher } = controlledFetcher();
    const search = new DirectorySearch(fetcher);
    void search.show(cafe, "en");
    search.dispose();
    expect(calls[0]!.signal.aborted).toBe(true);
    void search.show(cafe, "en");
    expect(calls).toHaveLength(2);
  });
});

describe("history entries for searches", () => {
  it("adds an entry for the first keystrokes, a submit or a filter, and replaces it while typing on", () => {
    expect(replacesHistoryEntry("typing", undefined)).toBe(false);
    expect(replacesHistoryEntry("typing", "typing")).toBe(true);
    expect(replacesHistoryEntry("typing", "filter")).toBe(false);
    expect(replacesHistoryEntry("filter", "typing")).toBe(false);
    expect(replacesHistoryEntry("submit", "typing")).toBe(false);
  });
});
