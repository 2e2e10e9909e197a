import { describe, expect, it } from "vitest";
import { decodeLoginFlows, discoverHomeserver, DiscoveryError, parseSigninInput } from "../../src/matrix/homeserver-discovery.ts";
import { fakeFetch } from "./fake-fetch.ts";

const passwordFlows = { flows: [{ type: "m.login.password" }, { type: "m.login.token" }] };
const known = { serverName: "localhost", baseUrl: "http://127.0.0.1:8008" };

describe("what people type into sign-in", () => {
  it("reads a Matrix ID, a server name, a URL and a bare username", () => {
    expect(parseSigninInput(" @Alice:Example.org ")).toEqual({ kind: "user-id", userId: "@alice:example.org", localpart: "alice", serverName: "example.org" });
    expect(parseSigninInput("matrix.example.org")).toEqual({ kind: "server", serverName: "matrix.example.org" });
    expect(parseSigninInput("https://matrix.example.org/")).toEqual({ kind: "url", baseUrl: "https://matrix.example.org" });
    expect(parseSigninInput("alice")).toEqual({ kind: "username", localpart: "alice" });
    expect(parseSigninInput("@alice:localhost:8448")).toMatchObject({ kind: "user-id", serverName: "localhost:8448" });
  });

  it("refuses what cannot be either", () => {
    for (const input of ["", "@alice", "@:example.org", "al ice", "@alice:exa mple.org"]) expect(parseSigninInput(input), input).toEqual({ kind: "invalid" });
  });
});

describe("reading login flows", () => {
  it("finds password and single sign-on with its identity providers", () => {
    const flows = decodeLoginFlows({
      flows: [{ type: "m.login.password" }, { type: "m.login.sso", identity_providers: [{ id: "oidc-github", name: "GitHub" }, { id: "saml" }, { name: "no id" }] }],
    });
    expect(flows).toEqual({ password: true, token: false, sso: [{ id: "oidc-github", name: "GitHub" }, { id: "saml", name: "saml" }] });
  });

  it("treats single sign-on without named providers as one generic button", () => {
    expect(decodeLoginFlows({ flows: [{ type: "m.login.sso" }] }).sso).toEqual([]);
    expect(decodeLoginFlows({}).sso).toBeNull();
  });
});

describe("finding a homeserver", () => {
  it("uses this Kontor's own homeserver without discovery, even over plain http", async () => {
    const { fetch, calls } = fakeFetch({ "GET http://127.0.0.1:8008/_matrix/client/v3/login": { body: passwordFlows } });
    const found = await discoverHomeserver({ serverName: "localhost" }, { known, fetchImpl: fetch });
    expect(found).toMatchObject({ serverName: "localhost", baseUrl: "http://127.0.0.1:8008", flows: { password: true } });
    expect(calls.map((call) => call.url)).toEqual(["http://127.0.0.1:8008/_matrix/client/v3/login"]);
  });

  it("follows the server's .well-known file to its real base URL", async () => {
    const { fetch } = fakeFetch({
      "GET https://example.org/.well-known/matrix/client": { body: { "m.homeserver": { base_url: "https://matrix.example.org/" } } },
      "GET https://matrix.example.org/_matrix/client/v3/login": { body: passwordFlows },
    });
    expect(await discoverHomeserver({ serverName: "example.org" }, { known, fetchImpl: fetch })).toMatchObject({ baseUrl: "https://matrix.example.org" });
  });

  it("falls back to https://<server> when there is no .well-known file", async () => {
    const { fetch } = fakeFetch({
      "GET https://example.org/.well-known/matrix/client": { status: 404, body: {} },
      "GET https://example.org/_matrix/client/v3/login": { body: passwordFlows },
    });
    expect(await discoverHomeserver({ serverName: "example.org" }, { known, fetchImpl: fetch })).toMatchObject({ baseUrl: "https://example.org" });
  });

  it("says the homeserver was not found when nothing answers like one", async () => {
    const { fetch } = fakeFetch({});
    const error = await discoverHomeserver({ serverName: "nowhere.example" }, { known, fetchImpl: fetch, online: () => true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ reason: "not-found", serverName: "nowhere.example" });
  });

  it("calls it a network problem when the browser is offline", async () => {
    const { fetch } = fakeFetch({});
    await expect(discoverHomeserver({ serverName: "example.org" }, { known, fetchImpl: fetch, online: () => false })).rejects.toMatchObject({ reason: "network" });
  });

  it("calls it a network problem when a named homeserver does not answer", async () => {
    const { fetch } = fakeFetch({ "GET http://127.0.0.1:8008/_matrix/client/v3/login": { fail: true } });
    await expect(discoverHomeserver({ serverName: "localhost" }, { known, fetchImpl: fetch, online: () => true })).rejects.toMatchObject({ reason: "network" });
  });

  it("refuses a homeserver that offers neither password nor single sign-on", async () => {
    const { fetch } = fakeFetch({ "GET https://matrix.example.org/_matrix/client/v3/login": { body: { flows: [{ type: "m.login.application_service" }] } } });
    await expect(discoverHomeserver({ baseUrl: "https://matrix.example.org" }, { known, fetchImpl: fetch })).rejects.toMatchObject({ reason: "no-supported-login" });
  });
});
