import type { Language } from "../i18n/messages.ts";
import { list, record, text } from "./decode.ts";
import { getJson, type RequestOptions } from "./http.ts";

/** A directory category with its label per language (`GET /api/v1/categories`). */
export interface Category {
  id: string;
  labels: Record<string, string>;
}

export function decodeCategories(value: unknown): Category[] {
  return list(record(value).categories)
    .map(record)
    .map((json) => {
      const labels: Record<string, string> = {};
      for (const [language, label] of Object.entries(record(json.labels))) {
        if (typeof label === "string") labels[language] = label;
      }
      return { id: text(json.id), labels };
    })
    .filter((category) => category.id !== "");
}

export async function fetchCategories(options: RequestOptions = {}): Promise<Category[]> {
  return decodeCategories(await getJson("/api/v1/categories", options));
}

/** The label of a category in a language; the English label or the ID when there is none. */
export function categoryLabel(categories: readonly Category[], id: string, language: Language): string {
  const category = categories.find((candidate) => candidate.id === id);
  return category?.labels[language] ?? category?.labels.en ?? id;
}

/** Categories sorted by their label in a language, for a select. */
export function sortedCategories(categories: readonly Category[], language: Language, locale: string): Category[] {
  const collator = new Intl.Collator(locale);
  return [...categories].sort((a, b) => collator.compare(categoryLabel(categories, a.id, language), categoryLabel(categories, b.id, language)));
}

let cached: Promise<Category[]> | undefined;

/** The category list, fetched once per visit; a failed fetch is retried on the next call. */
export function loadCategoriesOnce(fetcher: () => Promise<Category[]> = fetchCategories): Promise<Category[]> {
  cached ??= fetcher().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
