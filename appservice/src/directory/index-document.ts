import type { ResponseTime } from "../businesses/profile.ts";
import { categories, isCategory } from "../businesses/categories.ts";
import type { OpeningHours } from "../hours/model.ts";
import type { DirectoryEntry } from "./entry.ts";
import { cityKey, searchTerms } from "./normalize.ts";

/**
 * The sort key keeps this many characters of the folded name. Names share
 * their first 64 characters rarely, and the slug still orders those; the cap
 * keeps a cursor, which carries the key, within maxCursorLength even for
 * names whose folding expands (a ligature can become eighteen letters).
 */
export const nameKeyLength = 64;

/** A directory_entries row as SQLite returns it. */
export interface EntryRow {
  id: number;
  slug: string;
  name: string;
  name_key: string;
  categories: string;
  tags: string;
  description: string;
  city: string;
  country: string;
  languages: string;
  response_time: string;
  logo: string | null;
  hours: string;
}

/** Everything written for one entry: the row, the filter values and the FTS document. */
export interface IndexDocument {
  row: {
    slug: string;
    name: string;
    name_key: string;
    name_words: string;
    categories: string;
    tags: string;
    description: string;
    city: string;
    city_key: string;
    country: string;
    languages: string;
    response_time: string;
    logo: string | null;
    hours: string;
    updated_at: number;
  };
  categories: string[];
  languages: string[];
  fts: { name: string; categories: string; city: string; tags: string; description: string };
}

export function indexDocument(entry: DirectoryEntry, now: number): IndexDocument {
  const nameWords = searchTerms(entry.name).join(" ");
  return {
    row: {
      slug: entry.slug,
      name: entry.name,
      name_key: Array.from(nameWords).slice(0, nameKeyLength).join(""),
      // The leading space lets `instr(name_words, ' ' || term)` find a word start.
      name_words: ` ${nameWords}`,
      categories: JSON.stringify(entry.categories),
      tags: JSON.stringify(entry.tags),
      description: entry.description,
      city: entry.city,
      city_key: cityKey(entry.city),
      country: entry.country,
      languages: JSON.stringify(entry.languages),
      response_time: entry.responseTime,
      logo: entry.logo ?? null,
      hours: JSON.stringify(entry.hours),
      updated_at: now,
    },
    categories: [...new Set(entry.categories)],
    languages: [...new Set(entry.languages.map((language) => language.toLowerCase()))],
    fts: {
      name: nameWords,
      categories: words(entry.categories.flatMap(categoryWords)),
      city: words([entry.city]),
      tags: words(entry.tags),
      description: words([entry.description]),
    },
  };
}

/** A category is found by its ID and by its English and German labels ("bakery", "Bäckerei"). */
function categoryWords(id: string): string[] {
  return isCategory(id) ? [id, categories[id].en, categories[id].de] : [id];
}

function words(texts: readonly string[]): string {
  return texts.flatMap(searchTerms).join(" ");
}

export function entryFromRow(row: EntryRow): DirectoryEntry {
  const entry: DirectoryEntry = {
    slug: row.slug,
    name: row.name,
    categories: JSON.parse(row.categories) as string[],
    tags: JSON.parse(row.tags) as string[],
    description: row.description,
    city: row.city,
    country: row.country,
    languages: JSON.parse(row.languages) as string[],
    responseTime: row.response_time as ResponseTime,
    hours: JSON.parse(row.hours) as OpeningHours,
  };
  if (row.logo !== null) entry.logo = row.logo;
  return entry;
}
