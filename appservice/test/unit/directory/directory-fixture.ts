import { categories, isCategory } from "../../../src/businesses/categories.ts";
import type { DirectoryEntry, DirectoryQuery } from "../../../src/directory/entry.ts";
import { cityKey, searchTerms } from "../../../src/directory/normalize.ts";
import { DirectoryIndex, type DirectorySearchOptions } from "../../../src/directory/search-index.ts";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore, type SqliteDatabase } from "../../../src/store/database.ts";

export interface TestDirectory {
  db: SqliteDatabase;
  index: DirectoryIndex;
}

/** A fresh in-memory store with every migration applied, holding `entries`. */
export function directoryWith(entries: readonly DirectoryEntry[]): TestDirectory {
  const { db } = openStore({ path: ":memory:", logger: silentLogger });
  const index = new DirectoryIndex(db);
  index.upsertMany(entries, 1_700_000_000_000);
  return { db, index };
}

/** A hand-made entry; only what a test cares about needs saying. */
export function business(fields: Partial<DirectoryEntry> & { slug: string; name: string }): DirectoryEntry {
  return {
    categories: [],
    tags: [],
    description: "",
    city: "",
    country: "DE",
    languages: ["de"],
    responseTime: "hours",
    hours: { timeZone: "Europe/Berlin", weekly: {}, special: [] },
    ...fields,
  };
}

/** Every page of a search, following next cursors; stops after `maxPages` so a broken cursor cannot loop forever. */
export function allPages(index: DirectoryIndex, query: DirectoryQuery, options?: DirectorySearchOptions, maxPages = 1_000): DirectoryEntry[][] {
  const pages: DirectoryEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = index.search({ ...query, ...(cursor === undefined ? {} : { cursor }) }, options);
    pages.push(page.results);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < maxPages);
  if (cursor !== undefined) throw new Error(`still more pages after ${maxPages}`);
  return pages;
}

export function slugs(entries: readonly DirectoryEntry[]): string[] {
  return entries.map((entry) => entry.slug);
}

const wordsOf = new WeakMap<DirectoryEntry, string[]>();

/** The words a search can find an entry by, computed independently of SQLite. */
function searchableWords(entry: DirectoryEntry): string[] {
  let words = wordsOf.get(entry);
  if (words === undefined) {
    const categoryTexts = entry.categories.flatMap((id) => (isCategory(id) ? [id, categories[id].en, categories[id].de] : [id]));
    words = [entry.name, ...categoryTexts, entry.city, ...entry.tags, entry.description].flatMap(searchTerms);
    wordsOf.set(entry, words);
  }
  return words;
}

/** What a query should find, by brute force: the oracle the index is checked against. */
export function expectedMatches(entries: readonly DirectoryEntry[], query: Omit<DirectoryQuery, "limit">, isOpenNow?: (entry: DirectoryEntry) => boolean): DirectoryEntry[] {
  const terms = searchTerms(query.q ?? "");
  return entries.filter((entry) => {
    if (query.category !== undefined && !entry.categories.includes(query.category)) return false;
    if (query.city !== undefined && cityKey(entry.city) !== cityKey(query.city)) return false;
    if (query.lang !== undefined && !entry.languages.includes(query.lang)) return false;
    if (query.openNow === true && isOpenNow !== undefined && !isOpenNow(entry)) return false;
    if (terms.length === 0) return true;
    const words = searchableWords(entry);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

/** Browse order: folded name, then slug, compared as SQLite does (UTF-8 bytes). */
export function browseOrder(a: DirectoryEntry, b: DirectoryEntry): number {
  const byName = Buffer.compare(Buffer.from(searchTerms(a.name).join(" ")), Buffer.from(searchTerms(b.name).join(" ")));
  return byName !== 0 ? byName : Buffer.compare(Buffer.from(a.slug), Buffer.from(b.slug));
}
