/**
 * What the directory search looks for. It lives in the page URL
 * (`/?q=cafe&category=bakery&open_now=1`) so that reload, back/forward and
 * shared links all show the same results.
 */
export interface SearchState {
  q: string;
  category: string;
  city: string;
  openNow: boolean;
}

export const emptySearch: SearchState = Object.freeze({ q: "", category: "", city: "", openNow: false });

/** Results per request; the API allows up to 50. */
export const pageSize = 20;

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** The same search with outer and repeated spaces removed: what is sent and what is compared. */
export function normalizeSearch(state: SearchState): SearchState {
  return { q: clean(state.q), category: state.category.trim(), city: clean(state.city), openNow: state.openNow };
}

export function isEmptySearch(state: SearchState): boolean {
  const normal = normalizeSearch(state);
  return normal.q === "" && normal.category === "" && normal.city === "" && !normal.openNow;
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToQuery(a).toString() === searchStateToQuery(b).toString();
}

/** Reads the search from a page URL's query; unknown parameters are ignored. */
export function searchStateFromQuery(query: URLSearchParams): SearchState {
  const openNow = query.get("open_now");
  return normalizeSearch({
    q: query.get("q") ?? "",
    category: query.get("category") ?? "",
    city: query.get("city") ?? "",
    openNow: openNow === "1" || openNow === "true",
  });
}

/** The page URL's query for a search, with only the fields that are set, in a fixed order. */
export function searchStateToQuery(state: SearchState): URLSearchParams {
  const normal = normalizeSearch(state);
  const query = new URLSearchParams();
  if (normal.q) query.set("q", normal.q);
  if (normal.category) query.set("category", normal.category);
  if (normal.city) query.set("city", normal.city);
  if (normal.openNow) query.set("open_now", "1");
  return query;
}

/** The directory page's path for a search: "/" or "/?q=...". */
export function searchPath(state: SearchState): string {
  const query = searchStateToQuery(state).toString();
  return query ? `/?${query}` : "/";
}

/** The query of `GET /api/v1/directory` for a search and, for further pages, a cursor. */
export function directoryApiQuery(state: SearchState, options: { cursor?: string | null; limit?: number } = {}): URLSearchParams {
  const query = searchStateToQuery(state);
  if (query.has("open_now")) query.set("open_now", "true");
  query.set("limit", String(options.limit ?? pageSize));
  if (options.cursor) query.set("cursor", options.cursor);
  return query;
}
