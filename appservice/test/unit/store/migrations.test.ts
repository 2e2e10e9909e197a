import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { applyMigrations, currentSchemaVersion, MigrationError, type Migration } from "../../../src/store/migrate.ts";
import { migrations } from "../../../src/store/migrations/index.ts";

const steps: Migration[] = [
  { version: 1, name: "one", up: (db) => db.exec("CREATE TABLE a (x INTEGER)") },
  { version: 2, name: "two", up: (db) => db.exec("CREATE TABLE b (y INTEGER)") },
];

describe("schema migrations", () => {
  it("apply every step once, in order, and record the version", () => {
    const db = new Database(":memory:");
    expect(applyMigrations(db, steps, silentLogger)).toEqual({ from: 0, to: 2, applied: [1, 2] });
    expect(currentSchemaVersion(db)).toBe(2);
    expect(applyMigrations(db, steps, silentLogger).applied).toEqual([]);
  });

  it("only apply steps newer than the database", () => {
    const db = new Database(":memory:");
    applyMigrations(db, steps.slice(0, 1), silentLogger);
    expect(applyMigrations(db, steps, silentLogger).applied).toEqual([2]);
  });

  it("leave the database at the last whole version when a step fails", () => {
    const db = new Database(":memory:");
    const broken: Migration[] = [
      ...steps,
      { version: 3, name: "broken", up: (d) => d.exec("CREATE TABLE c (z INTEGER); SELECT * FROM missing_table") },
    ];
    expect(() => applyMigrations(db, broken, silentLogger)).toThrow(/missing_table/);
    expect(currentSchemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get()).toBeUndefined();
  });

  it("refuse a database written by a newer Kontor", () => {
    const db = new Database(":memory:");
    db.pragma("user_version = 9");
    expect(() => applyMigrations(db, steps, silentLogger)).toThrow(MigrationError);
    expect(() => applyMigrations(db, steps, silentLogger)).toThrow(/schema version 9.*upgrade Kontor/);
  });

  it("refuse a list with a gap in its numbering", () => {
    const db = new Database(":memory:");
    expect(() => applyMigrations(db, [steps[1]!], silentLogger)).toThrow(/expected 1/);
  });

  it("bring a new database to the latest schema", () => {
    const db = new Database(":memory:");
    applyMigrations(db, migrations, silentLogger);
    expect(currentSchemaVersion(db)).toBe(migrations.length);
  });
});
