// Measures the built web client: the gzip size of what index.html loads up
// front (the public pages) and of every chunk loaded later (the signed-in
// area), and writes the table into docs/client.md under "Bundle size".
// Run after `npm run build --workspace client`:
//   node --import tsx scripts/measure-client-size.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const distDir = join(repoRoot, "client", "dist");
const docPath = join(repoRoot, "docs", "client.md");
const heading = "## Bundle size";

interface Asset {
  file: string;
  raw: number;
  gzip: number;
}

interface EntryPoint {
  name: string;
  assets: Asset[];
}

function measure(file: string): Asset {
  const content = readFileSync(join(distDir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Asset paths ("assets/x.js") that index.html loads: module scripts, preloads and stylesheets. */
function initialFiles(indexHtml: string): string[] {
  const files = new Set<string>();
  for (const match of indexHtml.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) files.add(match[1] ?? "");
  return [...files].filter(Boolean);
}

/** Chunks a JS file imports: statically (loaded with it) and with import() (loaded later). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(distDir, file), "utf8");
  const dir = dirname(file);
  const resolve = (spec: string) => join(dir, spec);
  const dynamic = [...code.matchAll(/import\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1] ?? ""));
  const statics = [...code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => resolve(m[1] ?? ""));
  return { static: statics, dynamic };
}

/** The file plus everything it imports statically, transitively. */
function withStaticImports(start: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift() ?? "";
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith(".js")) queue.push(...importsOf(file).static);
  }
  return [...seen];
}

/** "assets/signed-in-CfqslVS9.js" → "signed-in.js": stable names, so the docs change only when sizes do. */
function displayName(file: string): string {
  return basename(file).replace(/-[\w-]{8}(\.\w+)$/, "$1");
}

function entryPoints(): EntryPoint[] {
  const initial = withStaticImports(initialFiles(readFileSync(join(distDir, "index.html"), "utf8")));
  const entries: EntryPoint[] = [{ name: "initial (index.html: public pages)", assets: initial.map(measure) }];
  const counted = new Set(initial);
  // Lazy chunks in the order they load: those the public pages import(), then those they import() in turn.
  const queue = initial.filter((file) => file.endsWith(".js")).flatMap((file) => importsOf(file).dynamic.map((root) => ({ root, from: "" })));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { root, from } = queue.shift() ?? { root: "", from: "" };
    if (seen.has(root) || counted.has(root)) continue;
    seen.add(root);
    const files = withStaticImports([root]).filter((file) => !counted.has(file));
    files.forEach((file) => counted.add(file));
    const name = displayName(root).replace(/\.js$/, "");
    entries.push({ name: `lazy: ${name}${from ? ` (loaded by ${from})` : ""}`, assets: files.map(measure) });
    for (const file of files.filter((candidate) => candidate.endsWith(".js"))) {
      for (const next of importsOf(file).dynamic) queue.push({ root: next, from: name });
    }
  }
  // Anything else in assets/ (CSS of a lazy view, a chunk nothing imports).
  const rest = readdirSync(join(distDir, "assets"))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !counted.has(file));
  if (rest.length > 0) entries.push({ name: "lazy: other chunks", assets: rest.map(measure) });
  return entries;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

function table(entries: EntryPoint[]): string {
  const rows = entries.map((entry) => {
    const raw = entry.assets.reduce((sum, asset) => sum + asset.raw, 0);
    const gzip = entry.assets.reduce((sum, asset) => sum + asset.gzip, 0);
    const files = entry.assets.map((asset) => `${displayName(asset.file)} ${kb(asset.gzip)}`).join(", ");
    return `| ${entry.name} | ${files} | ${kb(raw)} | **${kb(gzip)}** |`;
  });
  return ["| entry point | files (gzip each) | minified | gzip |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

function section(entries: EntryPoint[]): string {
  return [
    heading,
    "",
    "Measured by `node --import tsx scripts/measure-client-size.ts` after",
    "`npm run build --workspace client` (gzip level 9; source maps not counted).",
    "The initial row is what a visitor of the directory downloads; lazy rows",
    "load only when someone opens a signed-in view (signed-in: sign-in and the",
    "signed-in pages; matrix-runtime: matrix-js-sdk, once someone is signed in;",
    "integrations-page: the owners' API keys and webhooks, when that page opens;",
    "no-rust-crypto: the stub that replaces the SDK's crypto, never loaded).",
    "",
    table(entries),
    "",
  ].join("\n");
}

/** Replaces the "Bundle size" section of docs/client.md (up to the next "## " heading), or appends it. */
function writeSection(text: string): void {
  const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# The web client\n";
  const start = doc.indexOf(`${heading}\n`);
  if (start < 0) {
    writeFileSync(docPath, `${doc.trimEnd()}\n\n${text}`);
    return;
  }
  const next = doc.indexOf("\n## ", start + heading.length);
  writeFileSync(docPath, `${doc.slice(0, start)}${text}${next < 0 ? "" : doc.slice(next + 1)}`);
}

if (!existsSync(join(distDir, "index.html"))) {
  process.stderr.write(`${distDir}/index.html is missing. Build the client first: npm run build --workspace client\n`);
  process.exit(1);
}
const entries = entryPoints();
const text = section(entries);
writeSection(text);
process.stdout.write(`${table(entries)}\n\nWritten to ${docPath} under "${heading}".\n`);
