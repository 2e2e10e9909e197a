import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKontor } from "../../../src/app.ts";
import { parseConfig } from "../../../src/config/load.ts";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore } from "../../../src/store/database.ts";
import { rawTestConfig } from "../fixtures/config.ts";
import { serve } from "../fixtures/http.ts";

describe("the public directory", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    const raw = rawTestConfig();
    const config = parseConfig({ ...raw, http: { ...raw.http, directoryRateLimit: { burst: 3, perSecond: 0.1 } } });
    server = await serve(buildKontor({ config, db: openStore({ path: ":memory:", logger: silentLogger }).db, logger: silentLogger }).publicApp);
  });
  afterAll(() => server.close());

  it("answers searches, then limits a client that asks too often with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${server.url}/api/v1/directory?q=bakery`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
