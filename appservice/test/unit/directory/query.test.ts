import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "../../../src/directory/query.ts";

function problems(params: Record<string, unknown>): string[] {
  const parsed = parseDirectoryQuery(params);
  if (parsed.ok) throw new Error(`expected problems, got ${JSON.stringify(parsed.query)}`);
  return parsed.problems;
}

function query(params: Record<string, unknown>) {
  const parsed = parseDirectoryQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
}

describe("parsing a directory query", () => {
  it("browses 20 results when nothing is asked", () => {
    expect(query({})).toEqual({ limit: 20 });
  });

  it("accepts every parameter together", () => {
    expect(query({ q: " Bäckerei ", category: "bakery", city: "München", open_now: "true", lang: "de", limit: "5", cursor: "abc_-1" })).toEqual({
      q: "Bäckerei",
      category: "bakery",
      city: "München",
      openNow: true,
      lang: "de",
      limit: 5,
      cursor: "abc_-1",
    });
  });

  it("treats empty values as not given, as a search form sends them", () => {
    expect(query({ q: "", category: "", city: "", open_now: "", lang: "", limit: "", cursor: "" })).toEqual({ limit: 20 });
    expect(query({ q: "   " })).toEqual({ limit: 20 });
  });

  it("refuses a q longer than 200 characters instead of running it", () => {
    expect(query({ q: "ä".repeat(200) }).q).toHaveLength(200);
    expect(problems({ q: "ä".repeat(201) })).toEqual(["q: must be at most 200 characters"]);
  });

  it("refuses a q with more than 12 words", () => {
    expect(query({ q: "a b c d e f g h i j k l" }).q).toBe("a b c d e f g h i j k l");
    expect(problems({ q: "a b c d e f g h i j k l m" })).toEqual(["q: must have at most 12 words"]);
  });

  it("counts words after folding, so punctuation does not count as words", () => {
    expect(query({ q: '"a" - b * c : ( d ) OR e' }).q).toBe('"a" - b * c : ( d ) OR e');
  });

  it("accepts only known category IDs and says where to find them", () => {
    expect(query({ category: "car_repair" }).category).toBe("car_repair");
    expect(problems({ category: "Bäckerei" })).toEqual(["category: is not a known category ID; the list is in docs/businesses.md"]);
    expect(problems({ category: "toString" })).toHaveLength(1);
  });

  it("accepts a city of up to 80 characters that has letters", () => {
    expect(query({ city: "x".repeat(80) }).city).toHaveLength(80);
    expect(problems({ city: "x".repeat(81) })).toEqual(["city: must be at most 80 characters"]);
    expect(problems({ city: "--" })).toEqual(["city: must contain letters or digits"]);
  });

  it("accepts lang as two or three lower-case letters", () => {
    expect(query({ lang: "de" }).lang).toBe("de");
    expect(query({ lang: "fil" }).lang).toBe("fil");
    for (const lang of ["DE", "d", "deut", "de-AT", "d1"]) {
      expect(problems({ lang })).toEqual(["lang: must be a language code of 2 or 3 lower-case letters, such as de or en"]);
    }
  });

  it("reads open_now as true, false, 1 or 0", () => {
    expect(query({ open_now: "true" }).openNow).toBe(true);
    expect(query({ open_now: "1" }).openNow).toBe(true);
    expect(query({ open_now: "false" }).openNow).toBe(false);
    expect(query({ open_now: "0" }).openNow).toBe(false);
    expect(problems({ open_now: "yes" })).toEqual(["open_now: must be true, false, 1 or 0"]);
    expect(problems({ open_now: "TRUE" })).toHaveLength(1);
  });

  it("accepts limit as a whole number from 1 to 50", () => {
    expect(query({ limit: "1" }).limit).toBe(1);
    expect(query({ limit: "50" }).limit).toBe(50);
    for (const limit of ["0", "51", "-1", "2.5", "1e1", "+5", " 5", "ten", "0x10", "99999999999999999999"]) {
      expect(problems({ limit })).toEqual(["limit: must be a whole number from 1 to 50"]);
    }
  });

  it("refuses a cursor longer than 512 characters", () => {
    expect(query({ cursor: "a".repeat(512) }).cursor).toHaveLength(512);
    expect(problems({ cursor: "a".repeat(513) })).toEqual(["cursor: must be at most 512 characters, as returned in next_cursor"]);
  });

  it("refuses a parameter given twice or as a nested object", () => {
    expect(problems({ q: ["a", "b"] })).toEqual(["q: must be given once, as plain text"]);
    expect(problems({ city: { "0": "Köln" } })).toEqual(["city: must be given once, as plain text"]);
    expect(problems({ limit: 5 })).toEqual(["limit: must be given once, as plain text"]);
  });

  it("names unknown parameters", () => {
    expect(problems({ query: "x", page: "2" })).toEqual([
      "query: is not a parameter of the directory; use q, category, city, open_now, lang, limit, cursor",
      "page: is not a parameter of the directory; use q, category, city, open_now, lang, limit, cursor",
    ]);
  });

  it("reports every problem at once, each starting with the parameter name", () => {
    const found = problems({ q: "x".repeat(300), category: "nope", lang: "EN", limit: "100", extra: "1" });
    expect(found).toHaveLength(5);
    expect(found.map((problem) => problem.split(":")[0]).sort()).toEqual(["category", "extra", "lang", "limit", "q"]);
  });
});
