import type { Statement } from "better-sqlite3";
import type { SqliteDatabase } from "../store/database.ts";
import { decodeCursor, encodeCursor, searchFingerprint, type CursorPosition } from "./cursor.ts";
import type { DirectoryEntry, DirectoryPage, DirectoryQuery } from "./entry.ts";
import { entryFromRow, indexDocument, type EntryRow } from "./index-document.ts";
import { cityKey, searchTerms } from "./normalize.ts";
import { browseSql, matchExpression, statementKey, textSql, type SqlFilters } from "./search-sql.ts";

export { InvalidCursorError } from "./cursor.ts";

export interface DirectorySearchOptions {
  /** Decides "open now" for one entry, in its own time zone; required when the query asks for open_now. */
  isOpenNow?: (entry: DirectoryEntry) => boolean;
}

type SearchRow = EntryRow & { score?: number; name_misses?: number };
type Params = Record<string, string | number>;

/**
 * With open_now, rows failing the predicate are skipped, so one page may need
 * many candidates. The first fetch takes this many, which is enough when most
 * businesses are open; if it falls short, the rest is streamed in one pass
 * from after the last row examined, because a text search has to rank all its
 * matches on every fetch and repeated fetches would repeat that work.
 */
const firstPredicateBatch = 200;

interface SearchPlan {
  kind: CursorPosition["kind"];
  terms: string[];
  filters: SqlFilters;
  fingerprint: string;
}

/**
 * The searchable directory of listed businesses: an entries table, filter
 * tables and an FTS5 index (migration 003), always written together.
 */
export class DirectoryIndex {
  readonly #db: SqliteDatabase;
  readonly #statements = new Map<string, Statement<[Params], SearchRow>>();
  readonly #write: (entries: readonly DirectoryEntry[], now: number) => void;
  readonly #remove: (slug: string) => void;
  readonly #has: Statement<[string], unknown>;
  readonly #count: Statement<[], { n: number }>;
  readonly #searchSnapshot: (query: DirectoryQuery, options: DirectorySearchOptions) => DirectoryPage;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    const upsertRow = db.prepare<[IndexRowParams], { id: number }>(
      `INSERT INTO directory_entries (slug, name, name_key, name_words, categories, tags, description, city, city_key,
         country, languages, response_time, logo, hours, updated_at)
       VALUES (@slug, @name, @name_key, @name_words, @categories, @tags, @description, @city, @city_key,
         @country, @languages, @response_time, @logo, @hours, @updated_at)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, name_words = excluded.name_words,
         categories = excluded.categories, tags = excluded.tags, description = excluded.description, city = excluded.city,
         city_key = excluded.city_key, country = excluded.country, languages = excluded.languages,
         response_time = excluded.response_time, logo = excluded.logo, hours = excluded.hours, updated_at = excluded.updated_at
       RETURNING id`,
    );
    const findId = db.prepare<[string], { id: number }>("SELECT id FROM directory_entries WHERE slug = ?");
    const deleteRow = db.prepare("DELETE FROM directory_entries WHERE id = ?");
    const deleteFts = db.prepare("DELETE FROM directory_fts WHERE rowid = ?");
    const insertFts = db.prepare(
      "INSERT INTO directory_fts (rowid, name, categories, city, tags, description) VALUES (@id, @name, @categories, @city, @tags, @description)",
    );
    const deleteCategories = db.prepare("DELETE FROM directory_entry_categories WHERE entry_id = ?");
    const insertCategory = db.prepare("INSERT INTO directory_entry_categories (category, entry_id) VALUES (?, ?)");
    const deleteLanguages = db.prepare("DELETE FROM directory_entry_languages WHERE entry_id = ?");
    const insertLanguage = db.prepare("INSERT INTO directory_entry_languages (language, entry_id) VALUES (?, ?)");

    this.#write = db.transaction((entries: readonly DirectoryEntry[], now: number) => {
      for (const entry of entries) {
        const document = indexDocument(entry, now);
        const { id } = upsertRow.get(document.row) as { id: number };
        // An update replaces the FTS row: FTS5 keeps no uniqueness of its own.
        deleteFts.run(id);
        insertFts.run({ id, ...document.fts });
        deleteCategories.run(id);
        for (const category of document.categories) insertCategory.run(category, id);
        deleteLanguages.run(id);
        for (const language of document.languages) insertLanguage.run(language, id);
      }
    });
    this.#remove = db.transaction((slug: string) => {
      const row = findId.get(slug);
      if (!row) return;
      deleteFts.run(row.id);
      deleteCategories.run(row.id);
      deleteLanguages.run(row.id);
      deleteRow.run(row.id);
    });
    this.#has = db.prepare<[string], unknown>("SELECT 1 FROM directory_entries WHERE slug = ?");
    this.#count = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM directory_entries");
    // One read transaction per search, so the batches of an open_now page see one snapshot.
    this.#searchSnapshot = db.transaction((query: DirectoryQuery, options: DirectorySearchOptions) => this.#search(query, options));
  }

  /** Adds the entry, or replaces the entry with the same slug. */
  upsert(entry: DirectoryEntry, now = Date.now()): void {
    this.#write([entry], now);
  }

  /** Adds or replaces many entries in one transaction (a rebuild, a bulk import). */
  upsertMany(entries: readonly DirectoryEntry[], now = Date.now()): void {
    this.#write(entries, now);
  }

  remove(slug: string): void {
    this.#remove(slug);
  }

  has(slug: string): boolean {
    return this.#has.get(slug) !== undefined;
  }

  count(): number {
    return this.#count.get()?.n ?? 0;
  }

  /**
   * One page of results. Throws InvalidCursorError when `query.cursor` was not
   * issued for this same search.
   */
  search(query: DirectoryQuery, options: DirectorySearchOptions = {}): DirectoryPage {
    return this.#searchSnapshot(query, options);
  }

  #search(query: DirectoryQuery, options: DirectorySearchOptions): DirectoryPage {
    const plan = searchPlan(query);
    if (plan === undefined) return { results: [] };
    const predicate = query.openNow === true ? options.isOpenNow : undefined;
    if (query.openNow === true && predicate === undefined) throw new TypeError("a search with openNow needs options.isOpenNow");
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, plan);

    const page: { row: SearchRow; entry: DirectoryEntry }[] = [];
    /** Offers candidates in order; true as soon as the page is full and one more result proves there is a next page. */
    const fill = (rows: Iterable<SearchRow>): boolean => {
      for (const row of rows) {
        const entry = entryFromRow(row);
        if (predicate !== undefined && !predicate(entry)) continue;
        if (page.length === query.limit) return true;
        page.push({ row, entry });
      }
      return false;
    };

    const batchSize = predicate === undefined ? query.limit + 1 : Math.max(firstPredicateBatch, query.limit + 1);
    const batch = this.#statement(plan, after !== undefined).all(queryParams(plan, after, batchSize));
    let more = fill(batch);
    const last = batch.at(-1);
    if (!more && batch.length === batchSize && last !== undefined) {
      // LIMIT -1 means no limit: the stream ends with the last candidate, so a request reads each row at most once.
      more = fill(this.#statement(plan, true).iterate(queryParams(plan, positionOf(plan.kind, last), -1)));
    }

    const results = page.map((item) => item.entry);
    const lastRow = page.at(-1)?.row;
    if (!more || lastRow === undefined) return { results };
    return { results, nextCursor: encodeCursor(positionOf(plan.kind, lastRow), plan.fingerprint) };
  }

  #statement(plan: SearchPlan, after: boolean): Statement<[Params], SearchRow> {
    const key = statementKey(plan.kind, plan.terms.length, plan.filters, after);
    let statement = this.#statements.get(key);
    if (statement === undefined) {
      const sql = plan.kind === "text" ? textSql(plan.terms.length, plan.filters, after) : browseSql(plan.filters, after);
      statement = this.#db.prepare<[Params], SearchRow>(sql);
      this.#statements.set(key, statement);
    }
    return statement;
  }
}

type IndexRowParams = ReturnType<typeof indexDocument>["row"];

/** What the query asks of SQL; undefined when it cannot match anything (a city with no letters). */
function searchPlan(query: DirectoryQuery): SearchPlan | undefined {
  const terms = query.q === undefined ? [] : searchTerms(query.q);
  const filters: SqlFilters = {};
  if (query.category !== undefined) filters.category = query.category;
  if (query.lang !== undefined) filters.language = query.lang;
  if (query.city !== undefined) {
    filters.cityKey = cityKey(query.city);
    if (filters.cityKey === "") return undefined;
  }
  const fingerprint = searchFingerprint([terms, filters.category ?? null, filters.cityKey ?? null, filters.language ?? null, query.openNow === true]);
  return { kind: terms.length > 0 ? "text" : "browse", terms, filters, fingerprint };
}

function queryParams(plan: SearchPlan, after: CursorPosition | undefined, limit: number): Params {
  const params: Params = { limit };
  if (plan.filters.category !== undefined) params.category = plan.filters.category;
  if (plan.filters.cityKey !== undefined) params.cityKey = plan.filters.cityKey;
  if (plan.filters.language !== undefined) params.language = plan.filters.language;
  if (plan.kind === "text") {
    params.match = matchExpression(plan.terms);
    for (const [i, term] of plan.terms.entries()) params[`t${i}`] = term;
  }
  if (after !== undefined) {
    params.afterName = after.key.nameKey;
    params.afterSlug = after.key.slug;
    if (after.kind === "text") {
      params.afterMisses = after.key.nameMisses;
      params.afterScore = after.key.score;
    }
  }
  return params;
}

/** The sort key of a row, which the next page continues strictly after. */
function positionOf(kind: CursorPosition["kind"], row: SearchRow): CursorPosition {
  if (kind === "browse") return { kind, key: { nameKey: row.name_key, slug: row.slug } };
  return { kind, key: { nameKey: row.name_key, slug: row.slug, nameMisses: row.name_misses ?? 0, score: row.score ?? 0 } };
}
