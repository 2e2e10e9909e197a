import type { Language } from "../i18n/messages.ts";
import { list, record, text, textOrNull, texts } from "./decode.ts";
import { getJson, type RequestOptions } from "./http.ts";
import { decodeOpening, type OpeningState } from "./opening.ts";

/** One business in directory results (`GET /api/v1/directory`). */
export interface DirectoryResult {
  slug: string;
  name: string;
  categories: string[];
  tags: string[];
  description: string;
  city: string | null;
  country: string | null;
  languages: string[];
  /** An mxc:// URI. */
  logo: string | null;
  responseTimeText: string;
  alias: string;
  opening: OpeningState;
}

export interface DirectoryPage {
  results: DirectoryResult[];
  nextCursor: string | null;
}

export function decodeDirectoryResult(value: unknown): DirectoryResult {
  const json = record(value);
  return {
    slug: text(json.slug),
    name: text(json.name),
    categories: texts(json.categories),
    tags: texts(json.tags),
    description: text(json.description),
    city: textOrNull(json.city),
    country: textOrNull(json.country),
    languages: texts(json.languages),
    logo: textOrNull(json.logo),
    responseTimeText: text(json.response_time_text),
    alias: text(json.alias),
    opening: decodeOpening(json.opening),
  };
}

export function decodeDirectoryPage(value: unknown): DirectoryPage {
  const json = record(value);
  return {
    results: list(json.results).map(decodeDirectoryResult).filter((result) => result.slug !== ""),
    nextCursor: textOrNull(json.next_cursor),
  };
}

/**
 * One page of results. The texts in results (today's hours, response time)
 * follow Accept-Language: the directory's `lang` parameter is a filter on
 * the languages a business speaks, not the language of the answer.
 */
export async function fetchDirectoryPage(query: URLSearchParams, language: Language, options: RequestOptions = {}): Promise<DirectoryPage> {
  const json = await getJson(`/api/v1/directory?${query.toString()}`, { ...options, headers: { "accept-language": language, ...options.headers } });
  return decodeDirectoryPage(json);
}
