import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../logging/logger.ts";
import { applyMigrations, type MigrationReport } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";

export type SqliteDatabase = Database.Database;

export interface OpenStoreOptions {
  /** Path of the database file, or ":memory:" for tests. */
  path: string;
  logger: Logger;
}

export interface OpenedStore {
  db: SqliteDatabase;
  migrations: MigrationReport;
}

/**
 * Opens the appservice's SQLite database with settings chosen for durability:
 * WAL with `synchronous=FULL`, so a committed row survives a crash of the
 * process or the machine, which is what acknowledging a transaction promises.
 */
export function openStore(options: OpenStoreOptions): OpenedStore {
  if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  const report = applyMigrations(db, migrations, options.logger.child({ module: "migrations" }));
  return { db, migrations: report };
}
