import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import type { PingResult, SelfPing } from "../matrix/self-ping.ts";
import type { SqliteDatabase } from "../store/database.ts";
import { currentSchemaVersion } from "../store/migrate.ts";

export interface CheckResult {
  ok: boolean;
  [detail: string]: unknown;
}

export interface HealthReport {
  status: "ok" | "degraded";
  checks: {
    homeserver: CheckResult;
    ping: CheckResult;
    store: CheckResult;
  };
}

export interface HealthCheckDeps {
  client: HomeserverClient;
  selfPing: SelfPing;
  db: SqliteDatabase;
  expectedSchemaVersion: number;
  /** Reports are reused this long, so a busy health endpoint cannot flood the homeserver. */
  cacheMs?: number;
  now?: () => number;
}

/** Checks the three things Kontor needs: the homeserver, the ping round trip and the store. */
export class HealthChecks {
  readonly #deps: HealthCheckDeps;
  #cached: { at: number; report: Promise<HealthReport> } | undefined;

  constructor(deps: HealthCheckDeps) {
    this.#deps = deps;
  }

  report(): Promise<HealthReport> {
    const now = (this.#deps.now ?? Date.now)();
    const cacheMs = this.#deps.cacheMs ?? 2000;
    if (this.#cached && now - this.#cached.at < cacheMs) return this.#cached.report;
    const report = this.#run();
    this.#cached = { at: now, report };
    return report;
  }

  async #run(): Promise<HealthReport> {
    const [homeserver, ping] = await Promise.all([this.#checkHomeserver(), this.#checkPing()]);
    const store = this.#checkStore();
    const ok = homeserver.ok && ping.ok && store.ok;
    return { status: ok ? "ok" : "degraded", checks: { homeserver, ping, store } };
  }

  async #checkHomeserver(): Promise<CheckResult> {
    const started = performance.now();
    try {
      const { versions } = await this.#deps.client.versions(3000);
      return { ok: true, url: this.#deps.client.baseUrl, latencyMs: Math.round(performance.now() - started), versions: versions.slice(-3) };
    } catch (error) {
      return { ok: false, url: this.#deps.client.baseUrl, error: (error as Error).message };
    }
  }

  async #checkPing(): Promise<CheckResult> {
    const result: PingResult = await this.#deps.selfPing.ping();
    return { ...result };
  }

  #checkStore(): CheckResult {
    try {
      this.#deps.db.prepare("SELECT 1").get();
      const schemaVersion = currentSchemaVersion(this.#deps.db);
      const ok = schemaVersion === this.#deps.expectedSchemaVersion;
      return ok
        ? { ok, schemaVersion }
        : { ok, schemaVersion, error: `expected schema version ${this.#deps.expectedSchemaVersion}` };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }
}
