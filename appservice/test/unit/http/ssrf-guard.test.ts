import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedFetch, isForbiddenAddress } from "../../../src/http/ssrf-guard.ts";
import { webhookUrlProblem } from "../../../src/webhooks/webhook-url.ts";
import { serve } from "../fixtures/http.ts";

let server: Awaited<ReturnType<typeof serve>>;
let port: number;
beforeAll(async () => {
  server = await serve((_req, res) => res.end("ok"));
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

describe("the SSRF guard", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["192.168.0.10", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fd12:3456::1", true],
    ["fe80::1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:10.0.0.1", true],
    ["93.184.215.14", false],
    ["2a00:1450:4001:80b::200e", false],
  ])("treats %s as forbidden: %s", (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });

  it("lets allow-listed networks through", () => {
    expect(isForbiddenAddress("127.0.0.1", { cidrs: ["127.0.0.0/8"] })).toBe(false);
    expect(isForbiddenAddress("::ffff:127.0.0.1", { cidrs: ["127.0.0.0/8"] })).toBe(false);
    expect(isForbiddenAddress("10.0.0.1", { cidrs: ["127.0.0.0/8"] })).toBe(true);
  });

  it("refuses to connect to a loopback address, named by IP or by a name that resolves to it", async () => {
    const fetcher = guardedFetch({ cidrs: [] });
    await expect(fetcher(`http://127.0.0.1:${port}/`)).rejects.toThrow(/not a public address/);
    await expect(fetcher(`http://[::ffff:127.0.0.1]:${port}/`)).rejects.toThrow(/not a public address/);
    await expect(fetcher(`http://localhost:${port}/`)).rejects.toThrow();
  });

  it("connects when the network is allow-listed, and never follows redirects", async () => {
    const fetcher = guardedFetch({ cidrs: ["127.0.0.0/8", "::1/128"] });
    const response = await fetcher(`http://localhost:${port}/`);
    expect(await response.text()).toBe("ok");
    const redirecting = await serve((_req, res) => {
      res.statusCode = 302;
      res.setHeader("location", `http://127.0.0.1:${port}/`);
      res.end();
    });
    try {
      expect((await fetcher(redirecting.url)).status).toBe(302);
    } finally {
      await redirecting.close();
    }
  });
});

describe("connecting to another host than the URL names (a homeserver's SRV target)", () => {
  it("connects to that host, and checks the address it resolves to like any other", async () => {
    const allowed = guardedFetch({ cidrs: ["127.0.0.0/8", "::1/128"] });
    const response = await allowed(`http://matrix.invalid:${port}/`, { connectHost: "localhost" });
    expect(await response.text()).toBe("ok");
    const guarded = guardedFetch({ cidrs: [] });
    await expect(guarded(`http://matrix.invalid:${port}/`, { connectHost: "localhost" })).rejects.toThrow();
    await expect(guarded(`http://matrix.invalid:${port}/`, { connectHost: "127.0.0.1" })).rejects.toThrow(/not a public address/);
  });
});

describe("webhook URLs", () => {
  it("must be https, or http to an allowed private network", () => {
    expect(webhookUrlProblem("https://helpdesk.example.org/hooks", [])).toBeUndefined();
    expect(webhookUrlProblem("http://helpdesk.example.org/hooks", [])).toMatch(/must use https/);
    expect(webhookUrlProblem("http://127.0.0.1:3000/hooks", [])).toMatch(/not a public address/);
    expect(webhookUrlProblem("http://127.0.0.1:3000/hooks", ["127.0.0.0/8"])).toBeUndefined();
    expect(webhookUrlProblem("https://user:pw@example.org/", [])).toMatch(/user name or password/);
    expect(webhookUrlProblem("not a url", [])).toMatch(/not a valid URL/);
  });
});
