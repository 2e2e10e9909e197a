import { beforeAll, describe, expect, it } from "vitest";
import type { DirectoryEntry } from "../../../src/directory/entry.ts";
import type { DirectoryIndex } from "../../../src/directory/search-index.ts";
import { allPages, business, directoryWith, expectedMatches, slugs } from "./directory-fixture.ts";
import { generateBusinesses } from "./generate-businesses.ts";

// Made-up words ("quokka") that the generated data never uses, so these rows alone match.
const handMade = [
  business({ slug: "quokka-description", name: "Obsthof Anna", description: "Quokka quokka quokka: wir lieben Quokkas." }),
  business({ slug: "quokka-name", name: "Quokka Rösterei", description: "Kaffee aus eigener Röstung, seit 1998 am Markt." }),
  business({ slug: "quokka-both-in-name", name: "Quokka Müllerstadt", city: "Berlin" }),
  business({ slug: "quokka-city", name: "Quokka Eins", city: "Müllerstadt" }),
  business({ slug: "quokka-description-city", name: "Quokka Zwei", city: "Berlin", description: "Lieferung nach Müllerstadt." }),
  business({ slug: "quokka-nowhere-in-name", name: "Hofladen Zwei", description: "Quokka-Marmelade aus Müllerstadt." }),
];

let entries: DirectoryEntry[];
let index: DirectoryIndex;

beforeAll(() => {
  entries = [...generateBusinesses(10_000), ...handMade];
  index = directoryWith(entries).index;
});

function everything(q: string): DirectoryEntry[] {
  return allPages(index, { q, limit: 50 }).flat();
}

describe("searching the directory by text", () => {
  it("ranks a match in the name above a description that repeats the word", () => {
    const order = slugs(index.search({ q: "quokka", limit: 50 }).results);
    expect(order.indexOf("quokka-name")).toBeLessThan(order.indexOf("quokka-description"));
  });

  it.each(["quokka", "quok", "QUOKKA"])("ranks every name matching %s above every match elsewhere", (q) => {
    const found = index.search({ q, limit: 50 }).results;
    const inName = found.map((entry) => entry.name.toLowerCase().includes("quok"));
    expect(inName).toEqual([...inName].sort((a, b) => Number(b) - Number(a)));
    expect(inName.filter(Boolean)).toHaveLength(4);
    expect(found).toHaveLength(6);
  });

  it("ranks two words by where they match: both in the name, then name and city, then name and description, then description alone", () => {
    expect(slugs(index.search({ q: "quokka müllerstadt", limit: 10 }).results)).toEqual([
      "quokka-both-in-name",
      "quokka-city",
      "quokka-description-city",
      "quokka-nowhere-in-name",
    ]);
  });

  it("requires every word to match", () => {
    const found = everything("bäckerei müller");
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(slugs(found))).toEqual(new Set(slugs(expectedMatches(entries, { q: "bäckerei müller" }))));
  });

  it("puts businesses named after both words first", () => {
    const [first] = index.search({ q: "bäckerei müller", limit: 1 }).results;
    expect(first?.name).toBe("Bäckerei Müller");
  });

  it("orders equally ranked results by name, then slug, the same way every time", () => {
    const once = slugs(everything("cafe"));
    expect(slugs(everything("cafe"))).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });

  it.each([
    ["munchen", "München"],
    ["MÜNCHEN", "München"],
    ["Munchen", "München"],
    ["krakow", "Kraków"],
    ["lodz", "Łódź"],
    ["malmo", "Malmö"],
    ["dusseldorf", "Düsseldorf"],
  ])("finds businesses in %s by the city name %s", (q, city) => {
    const found = everything(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((entry) => entry.city === city).length).toBe(entries.filter((entry) => entry.city === city).length);
  });

  it.each([
    ["cafe", "Café"],
    ["CAFÉ", "Café"],
    ["strasse", "Straße"],
    ["bäck", "Bäckerei"],
    ["back", "Bäckerei"],
    ["BÄCKEREI", "Bäckerei"],
  ])("finds %s in text written %s", (q, written) => {
    const found = everything(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((entry) => JSON.stringify(entry).includes(written))).toBe(true);
    expect(new Set(slugs(found))).toEqual(new Set(slugs(expectedMatches(entries, { q }))));
  });

  it.each(['"', "*", '"bäck', "bäck*", "OR", "bäckerei OR café", "NEAR(bäckerei müller)", "-bäckerei", "name:bäckerei", "{name}: bäckerei", "(bäckerei", "bäckerei)", "^bäckerei", "AND", "NOT café", "'; DROP TABLE directory_fts; --", "%", "_", "\\"])(
    "treats %s as plain words, never as FTS5 syntax",
    (q) => {
      const found = everything(q);
      expect(new Set(slugs(found))).toEqual(new Set(slugs(expectedMatches(entries, { q }))));
    },
  );

  it("still holds every business after the injection attempts", () => {
    expect(index.count()).toBe(entries.length);
  });

  it("finds nothing for a word no business uses", () => {
    expect(index.search({ q: "xylophonbauer", limit: 20 })).toEqual({ results: [] });
  });

  it("browses everything when the text has no words", () => {
    expect(slugs(index.search({ q: '"*"', limit: 5 }).results)).toEqual(slugs(index.search({ limit: 5 }).results));
  });
});
