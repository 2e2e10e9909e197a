import { isCategory } from "../businesses/categories.ts";
import { maxCursorLength } from "./cursor.ts";
import type { DirectoryQuery } from "./entry.ts";
import { cityKey, searchTerms } from "./normalize.ts";

export type ParsedDirectoryQuery = { ok: true; query: DirectoryQuery } | { ok: false; problems: string[] };

const knownParameters = ["q", "category", "city", "open_now", "lang", "limit", "cursor"] as const;
type Parameter = (typeof knownParameters)[number];

export const defaultLimit = 20;
export const maxLimit = 50;
const maxQueryLength = 200;
const maxCityLength = 80;
/** Each word is one more FTS5 prefix lookup; a dozen covers any real search. */
const maxTerms = 12;

/**
 * Validates the parameters of `GET /api/v1/directory` as Express parses them.
 * Every problem is reported at once, each starting with the parameter name.
 * An empty value counts as not given, because an HTML search form sends its
 * empty fields (`?q=&category=`).
 */
export function parseDirectoryQuery(params: Record<string, unknown>): ParsedDirectoryQuery {
  const problems: string[] = [];
  const query: DirectoryQuery = { limit: defaultLimit };

  for (const name of Object.keys(params)) {
    if (!(knownParameters as readonly string[]).includes(name)) {
      problems.push(`${name}: is not a parameter of the directory; use ${knownParameters.join(", ")}`);
    }
  }

  const values = new Map<Parameter, string>();
  for (const name of knownParameters) {
    if (!Object.hasOwn(params, name)) continue;
    const value = params[name];
    if (typeof value !== "string") {
      problems.push(`${name}: must be given once, as plain text`);
    } else if (value !== "") {
      values.set(name, value);
    }
  }

  const q = values.get("q")?.trim();
  if (q !== undefined && q !== "") {
    if (Array.from(q).length > maxQueryLength) {
      problems.push(`q: must be at most ${maxQueryLength} characters`);
    } else if (searchTerms(q).length > maxTerms) {
      problems.push(`q: must have at most ${maxTerms} words`);
    } else {
      query.q = q;
    }
  }

  const category = values.get("category");
  if (category !== undefined) {
    if (isCategory(category)) query.category = category;
    else problems.push("category: is not a known category ID; the list is in docs/businesses.md");
  }

  const city = values.get("city");
  if (city !== undefined) {
    if (Array.from(city).length > maxCityLength) problems.push(`city: must be at most ${maxCityLength} characters`);
    else if (cityKey(city) === "") problems.push("city: must contain letters or digits");
    else query.city = city;
  }

  const openNow = values.get("open_now");
  if (openNow !== undefined) {
    if (openNow === "true" || openNow === "1") query.openNow = true;
    else if (openNow === "false" || openNow === "0") query.openNow = false;
    else problems.push("open_now: must be true, false, 1 or 0");
  }

  const lang = values.get("lang");
  if (lang !== undefined) {
    if (/^[a-z]{2,3}$/.test(lang)) query.lang = lang;
    else problems.push("lang: must be a language code of 2 or 3 lower-case letters, such as de or en");
  }

  const limit = values.get("limit");
  if (limit !== undefined) {
    const n = /^[0-9]{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (n >= 1 && n <= maxLimit) query.limit = n;
    else problems.push(`limit: must be a whole number from 1 to ${maxLimit}`);
  }

  const cursor = values.get("cursor");
  if (cursor !== undefined) {
    if (cursor.length > maxCursorLength) problems.push(`cursor: must be at most ${maxCursorLength} characters, as returned in next_cursor`);
    else query.cursor = cursor;
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, query };
}
