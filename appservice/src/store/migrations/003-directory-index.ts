import type { Migration } from "../migrate.ts";

/**
 * The searchable directory: one row per listed, active business with what a
 * result shows, exact-match tables for the filters, and an FTS5 index over the
 * folded text (directory/normalize.ts). The index is a projection of the
 * businesses, rebuilt from them, so it has no foreign key to `businesses`:
 * entries from other Kontor servers may live here too.
 *
 * `directory_fts.rowid` is `directory_entries.id`; DirectoryIndex writes both
 * in one transaction. Triggers cannot keep them in step because the folded
 * text is computed in JavaScript.
 */
export const directoryIndex: Migration = {
  version: 3,
  name: "directory-index",
  up(db) {
    db.exec(`
      CREATE TABLE directory_entries (
        id            INTEGER PRIMARY KEY,
        slug          TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL,
        name_key      TEXT NOT NULL,
        name_words    TEXT NOT NULL,
        categories    TEXT NOT NULL,
        tags          TEXT NOT NULL,
        description   TEXT NOT NULL,
        city          TEXT NOT NULL,
        city_key      TEXT NOT NULL,
        country       TEXT NOT NULL,
        languages     TEXT NOT NULL,
        response_time TEXT NOT NULL,
        logo          TEXT,
        hours         TEXT NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX directory_entries_by_name ON directory_entries (name_key, slug);
      CREATE INDEX directory_entries_by_city ON directory_entries (city_key, name_key, slug);

      CREATE TABLE directory_entry_categories (
        category TEXT NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
        PRIMARY KEY (category, entry_id)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX directory_entry_categories_by_entry ON directory_entry_categories (entry_id);

      CREATE TABLE directory_entry_languages (
        language TEXT NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
        PRIMARY KEY (language, entry_id)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX directory_entry_languages_by_entry ON directory_entry_languages (entry_id);

      CREATE VIRTUAL TABLE directory_fts USING fts5 (
        name, categories, city, tags, description,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
    `);
  },
};
