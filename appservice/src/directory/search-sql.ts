/**
 * The SQL behind a directory search, one statement per shape of query (which
 * filters, how many terms, whether a page continues after a cursor). Values
 * are always bound as parameters; only the shape varies.
 */

export interface SqlFilters {
  category?: string;
  cityKey?: string;
  language?: string;
}

/**
 * bm25 weights in the FTS column order. FTS5 adds the weighted hits of all
 * columns before saturating, so weights alone cannot promise that a name match
 * beats a description that repeats the word; the name tier
 * (`name_misses`) promises that, and the weights order results within a tier.
 */
export const columnWeights = { name: 10, categories: 4, city: 4, tags: 2, description: 1 } as const;

const entryColumns = [
  "id",
  "slug",
  "name",
  "name_key",
  "categories",
  "tags",
  "description",
  "city",
  "country",
  "languages",
  "response_time",
  "logo",
  "hours",
]
  .map((column) => `e.${column}`)
  .join(", ");

function filterClauses(filters: SqlFilters): string {
  const clauses: string[] = [];
  if (filters.category !== undefined) clauses.push("e.id IN (SELECT entry_id FROM directory_entry_categories WHERE category = @category)");
  if (filters.cityKey !== undefined) clauses.push("e.city_key = @cityKey");
  if (filters.language !== undefined) clauses.push("e.id IN (SELECT entry_id FROM directory_entry_languages WHERE language = @language)");
  return clauses.map((clause) => ` AND ${clause}`).join("");
}

export function statementKey(kind: "browse" | "text", termCount: number, filters: SqlFilters, after: boolean): string {
  const flags = [filters.category, filters.cityKey, filters.language].map((value) => (value === undefined ? "-" : "+")).join("");
  return `${kind}:${termCount}:${flags}:${after ? "after" : "first"}`;
}

/** Rows in name order; `after` continues strictly after (@afterName, @afterSlug). */
export function browseSql(filters: SqlFilters, after: boolean): string {
  const continuation = after ? " AND (e.name_key, e.slug) > (@afterName, @afterSlug)" : "";
  return `SELECT ${entryColumns} FROM directory_entries AS e
    WHERE 1${filterClauses(filters)}${continuation}
    ORDER BY e.name_key, e.slug
    LIMIT @limit`;
}

/**
 * Rows matching every term, best first: fewest terms missing from the name,
 * then bm25 (more negative is better), then name and slug so that equal
 * scores still have one order and a cursor can point between them.
 *
 * A broad prefix ("b") matches most of the table and all of it must be
 * ranked, so only the narrow sort key goes through the sorter; whole rows
 * are read for the page alone.
 */
export function textSql(termCount: number, filters: SqlFilters, after: boolean): string {
  const weights = Object.values(columnWeights).join(", ");
  const nameHits = Array.from({ length: termCount }, (_, i) => ` - (instr(e.name_words, ' ' || @t${i}) > 0)`).join("");
  const continuation = after ? "WHERE (name_misses, score, name_key, slug) > (@afterMisses, @afterScore, @afterName, @afterSlug)" : "";
  return `WITH page AS (
      SELECT * FROM (
        SELECT e.id, e.name_key, e.slug, h.score AS score, (${termCount}${nameHits}) AS name_misses
        FROM (SELECT rowid AS id, bm25(directory_fts, ${weights}) AS score FROM directory_fts WHERE directory_fts MATCH @match) AS h
        JOIN directory_entries AS e ON e.id = h.id
        WHERE 1${filterClauses(filters)}
      )
      ${continuation}
      ORDER BY name_misses, score, name_key, slug
      LIMIT @limit
    )
    SELECT ${entryColumns}, page.score AS score, page.name_misses AS name_misses
    FROM page JOIN directory_entries AS e ON e.id = page.id
    ORDER BY page.name_misses, page.score, page.name_key, page.slug`;
}

/**
 * An FTS5 query requiring every term as a prefix. Each term is a quoted
 * string, so words such as OR, NEAR or NOT and characters such as * : ( - "
 * can never act as FTS5 syntax, whatever the user typed.
 */
export function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" AND ");
}
