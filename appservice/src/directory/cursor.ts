import { KontorError } from "../errors/codes.ts";

/** Longest cursor the API accepts; the index never issues a longer one (see nameKeyLength). */
export const maxCursorLength = 512;

/** Where a browse page ended: the sort key of its last row. */
export interface BrowseKey {
  nameKey: string;
  slug: string;
}

/**
 * Where a text page ended: the full sort key of its last row, bm25 score
 * unrounded, so consecutive pages meet exactly. bm25 also depends on
 * table-wide statistics (row count, average length, how many rows hold a
 * term); a write between pages shifts them and can move a near-tied result
 * across the cursor. Browse keys depend on the row alone and never move.
 */
export interface TextKey extends BrowseKey {
  nameMisses: number;
  score: number;
}

export type CursorPosition = { kind: "browse"; key: BrowseKey } | { kind: "text"; key: TextKey };

/**
 * A cursor that is not one the directory issued for this very search. It is
 * an invalid_request (400) by itself; the message is only the reason, such as
 * "was issued for a different search", so a caller can prefix the parameter.
 */
export class InvalidCursorError extends KontorError {
  constructor(reason: string) {
    super("invalid_request", reason, { parameter: "cursor" });
    this.name = "InvalidCursorError";
  }
}

const cursorVersion = 1;
const base64url = /^[A-Za-z0-9_-]+$/;

// Short field names keep the cursor well under maxCursorLength.
interface CursorJson {
  v: number;
  k: "b" | "t";
  f: string;
  n: string;
  s: string;
  m?: number;
  r?: number;
}

/**
 * An opaque, versioned token holding the last row's sort key and a
 * fingerprint of the search, so a cursor cannot be replayed against another
 * query or another kind of ordering.
 */
export function encodeCursor(position: CursorPosition, fingerprint: string): string {
  const json: CursorJson = { v: cursorVersion, k: position.kind === "text" ? "t" : "b", f: fingerprint, n: position.key.nameKey, s: position.key.slug };
  if (position.kind === "text") {
    json.m = position.key.nameMisses;
    // JSON keeps a double exactly (shortest round-trip form): pages meet with no gap.
    json.r = position.key.score;
  }
  return Buffer.from(JSON.stringify(json), "utf8").toString("base64url");
}

export function decodeCursor(token: string, expected: { kind: CursorPosition["kind"]; fingerprint: string }): CursorPosition {
  if (token.length > maxCursorLength || !base64url.test(token)) throw new InvalidCursorError("is not a cursor the directory issued");
  const json = parseJson(Buffer.from(token, "base64url").toString("utf8"));
  if (!isCursorJson(json)) throw new InvalidCursorError("is not a cursor the directory issued");
  if (json.v !== cursorVersion) throw new InvalidCursorError("was issued by another version of the directory");
  const kind = json.k === "t" ? "text" : "browse";
  if (kind !== expected.kind) {
    throw new InvalidCursorError(kind === "text" ? "was issued for a text search, not for browsing" : "was issued for browsing, not for a text search");
  }
  if (json.f !== expected.fingerprint) throw new InvalidCursorError("was issued for a different search");
  if (kind === "browse") return { kind, key: { nameKey: json.n, slug: json.s } };
  if (!Number.isSafeInteger(json.m) || !Number.isFinite(json.r)) throw new InvalidCursorError("is not a cursor the directory issued");
  return { kind, key: { nameKey: json.n, slug: json.s, nameMisses: json.m as number, score: json.r as number } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isCursorJson(value: unknown): value is CursorJson {
  if (typeof value !== "object" || value === null) return false;
  const json = value as Record<string, unknown>;
  return (
    typeof json.v === "number" &&
    (json.k === "b" || json.k === "t") &&
    typeof json.f === "string" &&
    typeof json.n === "string" &&
    typeof json.s === "string" &&
    (json.m === undefined || typeof json.m === "number") &&
    (json.r === undefined || typeof json.r === "number")
  );
}

/** A short, stable digest of what the search asked for (FNV-1a; not a secret, just a mismatch check). */
export function searchFingerprint(parts: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(parts)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
