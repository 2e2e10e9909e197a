import { readFileSync } from "node:fs";
import type { Router } from "express";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKontor } from "../../../src/app.ts";
import { businessConversationsRouter } from "../../../src/api/business-conversations-router.ts";
import { businessSettingsRouter } from "../../../src/api/business-settings-router.ts";
import { integrationsRouter } from "../../../src/api/integrations-router.ts";
import { openApiPath } from "../../../src/api/openapi-validator.ts";
import { parseConfig } from "../../../src/config/load.ts";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore } from "../../../src/store/database.ts";
import { rawTestConfig } from "../fixtures/config.ts";
import { serve } from "../fixtures/http.ts";

const doc = parse(readFileSync(openApiPath, "utf8")) as { paths: Record<string, Record<string, unknown>> };

/** METHOD /path/{param} for every route of a router. */
function routesOf(router: Router): string[] {
  return (router.stack as unknown as { route?: { path: string; methods: Record<string, boolean> } }[]).flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route?.path.replace(/:(\w+)/g, "{$1}")}`) : [],
  );
}

describe("docs/openapi.yaml", () => {
  it("describes every route of the business API, and nothing it does not serve", () => {
    const never = {} as never;
    const served = [
      ...routesOf(businessConversationsRouter(never)),
      ...routesOf(integrationsRouter(never)),
      ...routesOf(businessSettingsRouter(never)),
    ].sort();
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/businesses/{slug}/"))
      .flatMap(([path, item]) => ["get", "post", "put", "patch", "delete"].filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
  });
});

describe("requests are checked against the API description", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    const config = parseConfig({ ...rawTestConfig(), homeserver: { ...rawTestConfig().homeserver, url: "http://127.0.0.1:9" } });
    server = await serve(buildKontor({ config, db: openStore({ path: ":memory:", logger: silentLogger }).db, logger: silentLogger }).publicApp);
  });
  afterAll(() => server.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { authorization: "Bearer kk_aaaaaaaaaaaa_0000000000000000000000000000000000000000000", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
  };

  it.each([
    ["GET", "/businesses/Not_A_Slug/conversations", undefined, /path\.slug/],
    ["GET", "/businesses/shop/conversations?limit=1000", undefined, /query\.limit: must be <= 100/],
    ["GET", "/businesses/shop/conversations?colour=red", undefined, /query\.colour: unknown/],
    ["GET", "/businesses/shop/conversations?status=closed", undefined, /query\.status/],
    ["POST", "/businesses/shop/conversations/cabcdefghijklmno/messages", {}, /body: must have required property 'body'/],
    ["POST", "/businesses/shop/conversations/cabcdefghijklmno/messages", { body: "x", extra: 1 }, /body\.extra: unknown/],
    ["PATCH", "/businesses/shop/conversations/not-an-id", { status: "open" }, /path\.id/],
    ["POST", "/businesses/shop/webhooks", { url: "https://x.example", events: ["message.deleted"] }, /body\.events\.0/],
  ])("%s %s is refused with 400 naming the problem", async (method, path, body, message) => {
    const response = await call(method, path, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("invalid_request");
    expect(response.body.error.message).toMatch(message);
  });

  it("lets a valid request through to authentication", async () => {
    const response = await call("GET", "/businesses/shop/conversations?limit=10&status=open");
    expect(response.status).toBe(401);
  });
});
