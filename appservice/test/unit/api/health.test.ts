import { afterEach, describe, expect, it } from "vitest";
import { buildKontor } from "../../../src/app.ts";
import { parseConfig } from "../../../src/config/load.ts";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore } from "../../../src/store/database.ts";
import { rawTestConfig } from "../fixtures/config.ts";
import { serve } from "../fixtures/http.ts";
import { migrations } from "../../../src/store/migrations/index.ts";

type Served = Awaited<ReturnType<typeof serve>>;
const cleanup: Served[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((s) => s.close()));
});

/** A stand-in homeserver at the edge: answers versions and the appservice ping. */
async function fakeHomeserver(pingStatus: number): Promise<Served> {
  const served = await serve((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/_matrix/client/versions") {
      res.end(JSON.stringify({ versions: ["v1.11", "v1.12"] }));
    } else if (req.url?.startsWith("/_matrix/client/v1/appservice/kontor/ping")) {
      res.statusCode = pingStatus;
      res.end(JSON.stringify(pingStatus === 200 ? { duration_ms: 3 } : { errcode: "M_URL_NOT_SET", error: "no url" }));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  cleanup.push(served);
  return served;
}

async function kontorWith(homeserverUrl: string): Promise<Served> {
  const config = parseConfig({ ...rawTestConfig(), homeserver: { ...rawTestConfig().homeserver, url: homeserverUrl } });
  const { db } = openStore({ path: ":memory:", logger: silentLogger });
  const served = await serve(buildKontor({ config, db, logger: silentLogger }).publicApp);
  cleanup.push(served);
  return served;
}

describe("GET /api/v1/health", () => {
  it("answers 200 when the homeserver, the ping and the store are fine", async () => {
    const homeserver = await fakeHomeserver(200);
    const kontor = await kontorWith(homeserver.url);
    const response = await fetch(`${kontor.url}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      checks: { homeserver: { ok: true }, ping: { ok: true, durationMs: 3 }, store: { ok: true, schemaVersion: migrations.length } },
    });
  });

  it("answers 503 with the failing check when the ping fails", async () => {
    const homeserver = await fakeHomeserver(400);
    const kontor = await kontorWith(homeserver.url);
    const response = await fetch(`${kontor.url}/api/v1/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { checks: { ping: { ok: boolean; error: string } } };
    expect(body.checks.ping.ok).toBe(false);
    expect(body.checks.ping.error).toMatch(/M_URL_NOT_SET/);
  });

  it("answers 503 naming the homeserver's address when it is unreachable", async () => {
    const homeserver = await fakeHomeserver(200);
    const deadUrl = homeserver.url;
    await cleanup.pop()!.close();
    const kontor = await kontorWith(deadUrl);
    const response = await fetch(`${kontor.url}/api/v1/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", checks: { homeserver: { ok: false, url: deadUrl } } });
  });

  it("answers unknown API routes with a JSON 404 in the API's error format", async () => {
    const homeserver = await fakeHomeserver(200);
    const kontor = await kontorWith(homeserver.url);
    const response = await fetch(`${kontor.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("sends a strict Content-Security-Policy with every page", async () => {
    const homeserver = await fakeHomeserver(200);
    const kontor = await kontorWith(homeserver.url);
    const response = await fetch(`${kontor.url}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
  });
});
