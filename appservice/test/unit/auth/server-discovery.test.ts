import type { SrvRecord } from "node:dns";
import { describe, expect, it } from "vitest";
import { federationTarget } from "../../../src/auth/server-discovery.ts";
import type { GuardedFetcher } from "../../../src/http/ssrf-guard.ts";

const own = { serverName: "kontor.example", url: "http://127.0.0.1:8008/" };

/** A web where only the given `/.well-known/matrix/server` answers exist; records which were asked for. */
function wellKnown(answers: Record<string, unknown>): { fetcher: GuardedFetcher; asked: string[] } {
  const asked: string[] = [];
  const answer = async (url: string): Promise<Response> => {
    asked.push(url);
    const host = new URL(url).host;
    if (!(host in answers)) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
    return new Response(JSON.stringify(answers[host]), { status: 200, headers: { "content-type": "application/json" } });
  };
  // The global Response stands in for undici's: the discovery only reads `ok` and `json()`.
  return { fetcher: answer as unknown as GuardedFetcher, asked };
}

function srv(records: Record<string, Partial<SrvRecord>[]>): (name: string) => Promise<SrvRecord[]> {
  return async (name) => {
    const found = records[name];
    if (!found) throw Object.assign(new Error(`querySrv ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return found.map((record) => ({ name: "", port: 0, priority: 0, weight: 0, ...record }));
  };
}

const noSrv = srv({});

describe("finding a homeserver's federation API", () => {
  it("reaches this Kontor's own homeserver directly", async () => {
    expect(await federationTarget("kontor.example", own, wellKnown({}).fetcher, noSrv)).toEqual({ url: "http://127.0.0.1:8008" });
  });

  it("uses IP literals and explicit ports as given, without asking for delegation", async () => {
    const { fetcher, asked } = wellKnown({});
    expect(await federationTarget("203.0.113.7", own, fetcher, noSrv)).toEqual({ url: "https://203.0.113.7:8448" });
    expect(await federationTarget("[2001:db8::7]", own, fetcher, noSrv)).toEqual({ url: "https://[2001:db8::7]:8448" });
    expect(await federationTarget("[2001:db8::7]:8000", own, fetcher, noSrv)).toEqual({ url: "https://[2001:db8::7]:8000" });
    expect(await federationTarget("matrix.example.org:8000", own, fetcher, noSrv)).toEqual({ url: "https://matrix.example.org:8000" });
    expect(asked).toEqual([]);
  });

  it("follows .well-known delegation to a host and port", async () => {
    const { fetcher } = wellKnown({ "example.org": { "m.server": "matrix.example.org:443" } });
    expect(await federationTarget("example.org", own, fetcher, noSrv)).toEqual({ url: "https://matrix.example.org:443" });
  });

  it("looks up SRV records of a delegated host without a port, connecting to the target under the delegated name", async () => {
    const { fetcher } = wellKnown({ "example.org": { "m.server": "matrix.example.org" } });
    const records = srv({ "_matrix-fed._tcp.matrix.example.org": [{ name: "fed2.example.net", port: 8449, priority: 20 }, { name: "fed1.example.net.", port: 8443, priority: 10 }] });
    expect(await federationTarget("example.org", own, fetcher, records)).toEqual({ url: "https://matrix.example.org:8443", connectHost: "fed1.example.net" });
    expect(await federationTarget("example.org", own, fetcher, noSrv)).toEqual({ url: "https://matrix.example.org:8448" });
  });

  it("falls back to SRV records of the server name, the older _matrix._tcp ones too, and then to port 8448", async () => {
    const { fetcher } = wellKnown({});
    expect(await federationTarget("example.org", own, fetcher, srv({ "_matrix-fed._tcp.example.org": [{ name: "synapse.example.org", port: 443 }] }))).toEqual({
      url: "https://example.org:443",
      connectHost: "synapse.example.org",
    });
    expect(await federationTarget("example.org", own, fetcher, srv({ "_matrix._tcp.example.org": [{ name: "old.example.org", port: 8008 }] }))).toEqual({
      url: "https://example.org:8008",
      connectHost: "old.example.org",
    });
    expect(await federationTarget("example.org", own, fetcher, srv({ "_matrix-fed._tcp.example.org": [{ name: ".", port: 0 }] }))).toEqual({ url: "https://example.org:8448" });
    expect(await federationTarget("example.org", own, fetcher, noSrv)).toEqual({ url: "https://example.org:8448" });
  });

  it("ignores a .well-known answer that names no usable server", async () => {
    const { fetcher } = wellKnown({ "example.org": { "m.server": "https://matrix.example.org/" } });
    expect(await federationTarget("example.org", own, fetcher, noSrv)).toEqual({ url: "https://example.org:8448" });
  });
});
