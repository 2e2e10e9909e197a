// Directory search benchmark: the FTS5 index against a naive LIKE scan on the
// same generated data, at two directory sizes. Writes
// docs/benchmarks/directory-search.md and prints it.
//
//   node --import tsx scripts/bench/directory-search.ts
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DirectoryEntry, DirectoryQuery } from "../../appservice/src/directory/entry.ts";
import { entryFromRow, type EntryRow } from "../../appservice/src/directory/index-document.ts";
import { DirectoryIndex } from "../../appservice/src/directory/search-index.ts";
import { silentLogger } from "../../appservice/src/logging/logger.ts";
import { openStore, type SqliteDatabase } from "../../appservice/src/store/database.ts";
import { generateBusinesses, openMondayAtTen } from "../../appservice/test/unit/directory/generate-businesses.ts";
import { formatMs, measure, type Timing } from "./measure.ts";

const sizes = [10_000, 50_000];
const timing = { iterations: 300, maxMs: 5_000, warmup: 10 };
const deepPage = 50;
const pageSize = 20;

interface Kind {
  name: string;
  baseline: string;
  /** Runs the i-th variant through the index. */
  index(i: number): unknown;
  /** Runs the i-th variant the naive way. */
  naive(i: number): unknown;
}

interface Row {
  kind: string;
  size: number;
  index: Timing;
  naive: Timing;
  baseline: string;
}

const singleTerms = ["bäck", "cafe", "apo", "mü", "frü", "kr", "salon", "hotel"];
const twoTerms = [["bäckerei", "müller"], ["café", "altstadt"], ["apotheke", "bahnhof"], ["salon", "anna"], ["hotel", "frühstück"]];
const filtered = [
  { q: "sauerteig", category: "bakery", city: "München" },
  { q: "espresso", category: "cafe", city: "Wien" },
  { q: "reparatur", category: "bicycle", city: "Kraków" },
  { q: "bio", category: "butcher", city: "Köln" },
];

const deepTerms = ["fr", "mu", "ba"];

function at<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function kinds(db: SqliteDatabase, index: DirectoryIndex): Kind[] {
  const like = db.prepare<[{ term: string; offset: number }], EntryRow>(
    `SELECT * FROM directory_entries WHERE name LIKE @term OR description LIKE @term
     ORDER BY name_key, slug LIMIT ${pageSize} OFFSET @offset`,
  );
  const likeTwo = db.prepare<[{ first: string; second: string }], EntryRow>(
    `SELECT * FROM directory_entries WHERE (name LIKE @first OR description LIKE @first) AND (name LIKE @second OR description LIKE @second)
     ORDER BY name_key, slug LIMIT ${pageSize}`,
  );
  const likeFiltered = db.prepare<[{ term: string; category: string; city: string }], EntryRow>(
    `SELECT * FROM directory_entries WHERE (name LIKE @term OR description LIKE @term) AND categories LIKE @category AND city = @city
     ORDER BY name_key, slug LIMIT ${pageSize}`,
  );
  const everything = db.prepare<[], EntryRow>("SELECT * FROM directory_entries");
  const deepCursors = deepTerms.map((q) => cursorAtPage(index, { q, limit: pageSize }, deepPage));
  const entries = (rows: EntryRow[]): DirectoryEntry[] => rows.map(entryFromRow);
  return [
    {
      name: "single-term prefix",
      baseline: "`name LIKE '%term%' OR description LIKE '%term%'`, first page by name",
      index: (i) => index.search({ q: at(singleTerms, i), limit: pageSize }),
      naive: (i) => entries(like.all({ term: `%${at(singleTerms, i)}%`, offset: 0 })),
    },
    {
      name: "two terms",
      baseline: "both terms as LIKE over name and description",
      index: (i) => index.search({ q: at(twoTerms, i).join(" "), limit: pageSize }),
      naive: (i) => entries(likeTwo.all({ first: `%${at(twoTerms, i)[0]}%`, second: `%${at(twoTerms, i)[1]}%` })),
    },
    {
      name: "term + category + city",
      baseline: "LIKE on the term, `categories LIKE '%\"id\"%'`, `city = ?` on the unindexed columns",
      index: (i) => index.search({ ...at(filtered, i), limit: pageSize }),
      naive: (i) => {
        const { q, category, city } = at(filtered, i);
        return entries(likeFiltered.all({ term: `%${q}%`, category: `%"${category}"%`, city }));
      },
    },
    {
      name: "browse, open_now predicate",
      baseline: "read every row, filter by the predicate in JS, sort by name, take a page",
      index: () => index.search({ openNow: true, limit: pageSize }, { isOpenNow: openMondayAtTen }),
      naive: () =>
        entries(everything.all())
          .filter(openMondayAtTen)
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .slice(0, pageSize),
    },
    {
      name: `page ${deepPage + 1} of a broad prefix via cursor`,
      baseline: `LIKE over name and description with \`OFFSET ${deepPage * pageSize}\``,
      index: (i) => index.search({ q: at(deepTerms, i), limit: pageSize, cursor: at(deepCursors, i) }),
      naive: (i) => entries(like.all({ term: `%${at(deepTerms, i)}%`, offset: deepPage * pageSize })),
    },
  ];
}

/** Follows next cursors to the cursor that opens page `page + 1`; bounded by `page` requests. */
function cursorAtPage(index: DirectoryIndex, query: DirectoryQuery, page: number): string {
  let cursor: string | undefined;
  for (let i = 0; i < page; i++) {
    cursor = index.search({ ...query, ...(cursor === undefined ? {} : { cursor }) }).nextCursor;
    if (cursor === undefined) throw new Error(`"${query.q}" has fewer than ${page + 1} pages`);
  }
  return cursor as string;
}

let sqliteVersion = "";

function runSize(size: number, directory: string): { rows: Row[]; buildMs: number; fileMb: number } {
  const path = join(directory, `directory-${size}.sqlite`);
  const { db } = openStore({ path, logger: silentLogger });
  const index = new DirectoryIndex(db);
  sqliteVersion = (db.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  const started = performance.now();
  index.upsertMany(generateBusinesses(size));
  const buildMs = performance.now() - started;
  db.pragma("wal_checkpoint(TRUNCATE)");
  const rows = kinds(db, index).map((kind) => ({
    kind: kind.name,
    size,
    index: measure(kind.index, timing),
    naive: measure(kind.naive, timing),
    baseline: kind.baseline,
  }));
  const fileMb = statSync(path).size / 1024 / 1024;
  db.close();
  return { rows, buildMs, fileMb };
}

function report(results: ReturnType<typeof runSize>[]): string {
  const rows = results.flatMap((result) => result.rows);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "# Directory search benchmark",
    "",
    "Generated by `node --import tsx scripts/bench/directory-search.ts`; do not edit by hand.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu}, ${os.cpus().length} CPUs, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; SQLite ${sqliteVersion} in a temporary file (WAL, \`synchronous=FULL\`); ${pageSize} results per page`,
    `- Timing: up to ${timing.iterations} runs per cell after ${timing.warmup} warm-up runs, at most ${timing.maxMs / 1000} s per cell; inputs rotate between several queries`,
    `- Data: deterministic generated EU businesses (\`appservice/test/unit/directory/generate-businesses.ts\`)`,
    "",
    "| query kind | size | median ms | p95 ms | baseline median ms | speed-up |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.kind} | ${row.size.toLocaleString("en")} | ${formatMs(row.index.medianMs)} | ${formatMs(row.index.p95Ms)} | ${formatMs(row.naive.medianMs)} | ${(row.naive.medianMs / row.index.medianMs).toFixed(1)}× |`,
    ),
    "",
    "Index build (one transaction, including FTS):",
    "",
    ...results.map((result) => `- ${result.rows[0]?.size.toLocaleString("en")} businesses: ${formatMs(result.buildMs)} ms, database file ${result.fileMb.toFixed(1)} MB`),
    "",
    "Baselines, measured in the same run on the same database:",
    "",
    ...[...new Map(rows.map((row) => [row.kind, row.baseline])).entries()].map(([kind, baseline]) => `- ${kind}: ${baseline}`),
    "",
    "The baselines are not equivalent searches: LIKE neither folds diacritics nor ranks,",
    "and it matches inside words. They show what a scan of the same data costs.",
    "",
    "Where the speed-up is near or below 1: a text search ranks every match with bm25",
    "before it can return its first page, so a two-letter prefix that matches a fifth",
    "of the directory costs milliseconds, on any page. The LIKE baseline does not rank:",
    "it walks the name index and stops after a page of hits, which for a common",
    "substring comes early. Selective searches (two terms, filters) and open_now show",
    "the index's advantage, and it grows with the directory.",
    "",
  ];
  return lines.join("\n");
}

const directory = mkdtempSync(join(os.tmpdir(), "kontor-directory-bench-"));
try {
  const results = sizes.map((size) => runSize(size, directory));
  const markdown = report(results);
  const target = fileURLToPath(new URL("../../docs/benchmarks/directory-search.md", import.meta.url));
  mkdirSync(fileURLToPath(new URL("../../docs/benchmarks/", import.meta.url)), { recursive: true });
  writeFileSync(target, markdown);
  console.log(markdown);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
