import type { SqliteDatabase } from "./database.ts";
import type { Logger } from "../logging/logger.ts";

/** One forward-only schema step. Versions are numbered 1, 2, 3, ... without gaps. */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function currentSchemaVersion(db: SqliteDatabase): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Applies every migration newer than the database's `user_version`, each in
 * its own transaction together with the version bump, so a crash leaves the
 * database at a whole version. A database newer than this code is refused:
 * running old code on it could corrupt data.
 */
export function applyMigrations(db: SqliteDatabase, list: readonly Migration[], logger: Logger): MigrationReport {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
  const latest = list.length;
  const from = currentSchemaVersion(db);
  if (from > latest) {
    throw new MigrationError(
      `the database is at schema version ${from}, but this Kontor only knows versions up to ${latest}; ` +
        "upgrade Kontor instead of downgrading it",
    );
  }
  const applied: number[] = [];
  for (const migration of list.slice(from)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    logger.info("applied schema migration", { version: migration.version, name: migration.name });
    applied.push(migration.version);
  }
  return { from, to: latest, applied };
}
