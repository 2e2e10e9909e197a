import { describe, expect, it } from "vitest";
import { business, directoryWith, slugs } from "./directory-fixture.ts";

const kranich = business({
  slug: "kranich",
  name: "Bäckerei Kranich",
  categories: ["bakery"],
  tags: ["Sauerteig"],
  description: "Brot aus dem Holzofen.",
  city: "München",
  languages: ["de", "en"],
  logo: "mxc://example.org/kranich",
  hours: { timeZone: "Europe/Berlin", weekly: { mon: [{ open: "07:00", close: "18:00" }] }, special: [{ date: "2025-12-24", slots: [] }] },
});

function ftsRows(db: ReturnType<typeof directoryWith>["db"]): number {
  return (db.prepare("SELECT count(*) AS n FROM directory_fts").get() as { n: number }).n;
}

describe("the directory index", () => {
  it("returns an entry as it was stored, hours and all", () => {
    const { index } = directoryWith([kranich]);
    expect(index.search({ q: "kranich", limit: 5 }).results).toEqual([kranich]);
  });

  it("leaves out the logo of an entry that has none", () => {
    const { index } = directoryWith([business({ slug: "plain", name: "Plain" })]);
    expect(index.search({ limit: 5 }).results[0]).not.toHaveProperty("logo");
  });

  it("knows which slugs it holds and how many", () => {
    const { index } = directoryWith([kranich, business({ slug: "other", name: "Other" })]);
    expect(index.has("kranich")).toBe(true);
    expect(index.has("nobody")).toBe(false);
    expect(index.count()).toBe(2);
  });

  it("replaces an entry on upsert, so its old name no longer finds it", () => {
    const { db, index } = directoryWith([kranich]);
    index.upsert({ ...kranich, name: "Café Pelikan", categories: ["cafe"], city: "Köln", languages: ["fr"] });
    expect(index.count()).toBe(1);
    expect(ftsRows(db)).toBe(1);
    expect(index.search({ q: "kranich", limit: 5 }).results).toEqual([]);
    expect(slugs(index.search({ q: "pelikan", limit: 5 }).results)).toEqual(["kranich"]);
  });

  it("moves a replaced entry to its new filters and out of its old ones", () => {
    const { index } = directoryWith([kranich]);
    index.upsert({ ...kranich, categories: ["cafe"], city: "Köln", languages: ["fr"] });
    expect(index.search({ category: "bakery", limit: 5 }).results).toEqual([]);
    expect(index.search({ city: "München", limit: 5 }).results).toEqual([]);
    expect(index.search({ lang: "de", limit: 5 }).results).toEqual([]);
    expect(slugs(index.search({ category: "cafe", city: "koln", lang: "fr", limit: 5 }).results)).toEqual(["kranich"]);
  });

  it("forgets a removed entry in search and in every filter", () => {
    const { db, index } = directoryWith([kranich, business({ slug: "other", name: "Other", categories: ["bakery"] })]);
    index.remove("kranich");
    expect(index.has("kranich")).toBe(false);
    expect(ftsRows(db)).toBe(1);
    expect(index.search({ q: "kranich", limit: 5 }).results).toEqual([]);
    expect(slugs(index.search({ category: "bakery", limit: 5 }).results)).toEqual(["other"]);
    expect(index.search({ city: "München", limit: 5 }).results).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM directory_entry_languages").get()).toEqual({ n: 1 });
  });

  it("ignores the removal of a slug it does not hold", () => {
    const { index } = directoryWith([kranich]);
    index.remove("nobody");
    expect(index.count()).toBe(1);
  });

  it("records when an entry was last written", () => {
    const { db, index } = directoryWith([kranich]);
    index.upsert(kranich, 1_800_000_000_000);
    expect(db.prepare("SELECT updated_at FROM directory_entries WHERE slug = 'kranich'").get()).toEqual({ updated_at: 1_800_000_000_000 });
  });

  it("finds a business by its category's English and German names", () => {
    const { index } = directoryWith([kranich]);
    expect(slugs(index.search({ q: "bakery", limit: 5 }).results)).toEqual(["kranich"]);
    expect(slugs(index.search({ q: "Bäckerei", limit: 5 }).results)).toEqual(["kranich"]);
  });

  it("finds nothing for a city filter without letters", () => {
    const { index } = directoryWith([business({ slug: "nowhere", name: "Nowhere", city: "" })]);
    expect(index.search({ city: "--", limit: 5 }).results).toEqual([]);
  });

  it("needs a predicate to answer open_now", () => {
    const { index } = directoryWith([kranich]);
    expect(() => index.search({ openNow: true, limit: 5 })).toThrow(/isOpenNow/);
  });

  it("ignores the predicate when open_now is not asked for", () => {
    const { index } = directoryWith([kranich]);
    expect(index.search({ openNow: false, limit: 5 }, { isOpenNow: () => false }).results).toHaveLength(1);
  });
});
