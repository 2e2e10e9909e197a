import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, InvalidCursorError, maxCursorLength, searchFingerprint } from "../../../src/directory/cursor.ts";
import { nameKeyLength } from "../../../src/directory/index-document.ts";
import { KontorError } from "../../../src/errors/codes.ts";

const fingerprint = searchFingerprint([["backerei"], null, null, null, false]);

function encoded(json: unknown): string {
  return Buffer.from(JSON.stringify(json)).toString("base64url");
}

describe("directory cursors", () => {
  it("carry a text search's bm25 score exactly, without rounding", () => {
    const key = { nameMisses: 1, score: -0.000001794228356336261, nameKey: "backerei muller", slug: "backerei-muller-1" };
    const token = encodeCursor({ kind: "text", key }, fingerprint);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, { kind: "text", fingerprint })).toEqual({ kind: "text", key });
  });

  it("carry a browse position", () => {
    const key = { nameKey: "cafe altstadt", slug: "cafe-altstadt-9" };
    expect(decodeCursor(encodeCursor({ kind: "browse", key }, fingerprint), { kind: "browse", fingerprint })).toEqual({ kind: "browse", key });
  });

  it("stay within the length the API accepts, even for the longest sort key", () => {
    const key = { nameMisses: 12, score: -123.45678901234567, nameKey: "𠀀".repeat(nameKeyLength), slug: "a".repeat(40) };
    expect(encodeCursor({ kind: "text", key }, fingerprint).length).toBeLessThanOrEqual(maxCursorLength);
  });

  it("from a text search are refused when browsing, and the other way round", () => {
    const text = encodeCursor({ kind: "text", key: { nameMisses: 0, score: -1, nameKey: "a", slug: "a" } }, fingerprint);
    const browse = encodeCursor({ kind: "browse", key: { nameKey: "a", slug: "a" } }, fingerprint);
    expect(() => decodeCursor(text, { kind: "browse", fingerprint })).toThrow("was issued for a text search, not for browsing");
    expect(() => decodeCursor(browse, { kind: "text", fingerprint })).toThrow("was issued for browsing, not for a text search");
  });

  it("from another search are refused", () => {
    const token = encodeCursor({ kind: "browse", key: { nameKey: "a", slug: "a" } }, fingerprint);
    expect(() => decodeCursor(token, { kind: "browse", fingerprint: searchFingerprint([[], "cafe", null, null, false]) })).toThrow(
      "was issued for a different search",
    );
  });

  it.each([
    ["not base64url", "!!!"],
    ["not JSON", Buffer.from("{not json").toString("base64url")],
    ["JSON of the wrong shape", encoded({ v: 1, k: "b", f: fingerprint, n: 5, s: "a" })],
    ["an unknown kind", encoded({ v: 1, k: "x", f: fingerprint, n: "a", s: "a" })],
    ["a text cursor without its score", encoded({ v: 1, k: "t", f: fingerprint, n: "a", s: "a", m: 0 })],
    ["a text cursor with a score that is not a number", encoded({ v: 1, k: "t", f: fingerprint, n: "a", s: "a", m: 0, r: "1" })],
    ["JSON null", encoded(null)],
    ["too long", "a".repeat(maxCursorLength + 1)],
  ])("that are %s are refused as invalid requests", (_what, token) => {
    let thrown: unknown;
    try {
      decodeCursor(token, { kind: "text", fingerprint });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidCursorError);
    expect(thrown).toBeInstanceOf(KontorError);
    expect((thrown as KontorError).status).toBe(400);
    expect((thrown as KontorError).details).toEqual({ parameter: "cursor" });
  });

  it("from another cursor version are refused with a reason", () => {
    expect(() => decodeCursor(encoded({ v: 2, k: "b", f: fingerprint, n: "a", s: "a" }), { kind: "browse", fingerprint })).toThrow(
      "was issued by another version of the directory",
    );
  });
});
