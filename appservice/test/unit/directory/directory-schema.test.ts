import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore } from "../../../src/store/database.ts";
import { currentSchemaVersion } from "../../../src/store/migrate.ts";

describe("the directory schema (migration 3)", () => {
  it("is part of a new database", () => {
    const { db } = openStore({ path: ":memory:", logger: silentLogger });
    expect(currentSchemaVersion(db)).toBeGreaterThanOrEqual(3);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'directory%' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["directory_entries", "directory_entry_categories", "directory_entry_languages", "directory_fts"]));
  });

  it("indexes text with diacritics removed and prefix indexes for short prefixes", () => {
    const { db } = openStore({ path: ":memory:", logger: silentLogger });
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'directory_fts'").pluck().get() as string;
    expect(sql).toContain("unicode61 remove_diacritics 2");
    expect(sql).toContain("prefix = '2 3 4'");
  });

  it("keeps one entry per slug", () => {
    const { db } = openStore({ path: ":memory:", logger: silentLogger });
    const insert = db.prepare(
      `INSERT INTO directory_entries (slug, name, name_key, name_words, categories, tags, description, city, city_key, country,
         languages, response_time, hours, updated_at) VALUES ('a', 'A', 'a', ' a', '[]', '[]', '', '', '', '', '[]', 'hours', '{}', 0)`,
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });
});
