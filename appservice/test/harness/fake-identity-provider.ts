import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The person the identity provider says is signing in; Synapse maps them to a Matrix account. */
export interface IdentityProviderPerson {
  /** Stable subject: the same person always gets the same Matrix account. */
  sub: string;
  /** Becomes the Matrix localpart. */
  preferred_username: string;
  /** Becomes the Matrix display name. */
  name: string;
}

/** Plain data about a running fake identity provider, for test files. */
export interface FakeIdentityProviderInfo {
  /** The provider's id as the homeserver lists it in its login flows (Synapse prefixes `oidc-`). */
  idpId: string;
  /** The name the sign-in page shows on the provider's button. */
  name: string;
  person: IdentityProviderPerson;
}

const defaultPerson: IdentityProviderPerson = { sub: "fake-idp-0001", preferred_username: "sso-sam", name: "Sam Sterling" };

/** How long a code or an access token stays valid; Synapse redeems both within a second. */
const grantLifetimeMs = 60_000;

interface Grant {
  person: IdentityProviderPerson;
  redirectUri: string;
  expiresAt: number;
}

/**
 * A fake OAuth2 identity provider for tests, just enough for Synapse's
 * `oidc_providers` without `openid` in the scopes: the authorize endpoint
 * signs the current person in at once and sends the browser back with a
 * code, the token endpoint trades the code for an access token, and the
 * userinfo endpoint tells who holds the token. Anything it does not expect
 * is answered with 400 (401 for a bad access token), so a misconfigured
 * homeserver fails loudly instead of signing someone in.
 */
export class FakeIdentityProvider {
  readonly idpId = "kontor-test";
  readonly name = "Kontor Test ID";
  readonly clientId = "kontor-synapse";
  readonly clientSecret = randomBytes(16).toString("hex");
  /** Who the next authorization signs in. */
  person: IdentityProviderPerson = defaultPerson;
  /** The only redirect URI accepted (Synapse's OIDC callback); any http(s) URL while unset. */
  expectedRedirectUri: string | undefined;
  readonly #codes = new Map<string, Grant>();
  readonly #tokens = new Map<string, Grant>();
  #server: Server | undefined;
  baseUrl = "";

  /** Listens on 127.0.0.1 on a free port; the port is known once this resolves. */
  async start(): Promise<void> {
    const server = createServer((req, res) => void this.#handle(req, res));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get info(): FakeIdentityProviderInfo {
    return { idpId: `oidc-${this.idpId}`, name: this.name, person: this.person };
  }

  /**
   * The entry for Synapse's `oidc_providers`. Plain OAuth2 (no `openid`
   * scope), so Synapse asks the userinfo endpoint and needs neither an ID
   * token nor keys; no discovery and no metadata checks, because the issuer
   * is plain http on loopback. Test-only settings.
   */
  synapseProvider(): Record<string, unknown> {
    return {
      idp_id: this.idpId,
      idp_name: this.name,
      discover: false,
      issuer: `${this.baseUrl}/`,
      client_id: this.clientId,
      client_secret: this.clientSecret,
      client_auth_method: "client_secret_basic",
      scopes: ["profile"],
      authorization_endpoint: `${this.baseUrl}/authorize`,
      token_endpoint: `${this.baseUrl}/token`,
      userinfo_endpoint: `${this.baseUrl}/userinfo`,
      skip_verification: true,
      user_mapping_provider: {
        config: {
          subject_template: "{{ user.sub }}",
          localpart_template: "{{ user.preferred_username }}",
          display_name_template: "{{ user.name }}",
        },
      },
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    try {
      if (req.method === "GET" && url.pathname === "/authorize") return this.#authorize(url, res);
      if (req.method === "POST" && url.pathname === "/token") return this.#token(req, await readBody(req), res);
      if (req.method === "GET" && url.pathname === "/userinfo") return this.#userinfo(req, res);
      this.#refuse(res, 404, "not_found", `${req.method ?? "?"} ${url.pathname}`);
    } catch (error) {
      this.#refuse(res, 400, "invalid_request", error instanceof Error ? error.message : String(error));
    }
  }

  #authorize(url: URL, res: ServerResponse): void {
    const query = url.searchParams;
    const redirectUri = query.get("redirect_uri") ?? "";
    if (query.get("response_type") !== "code") return this.#refuse(res, 400, "unsupported_response_type", `response_type ${query.get("response_type")}`);
    if (query.get("client_id") !== this.clientId) return this.#refuse(res, 400, "invalid_client", `client_id ${query.get("client_id")}`);
    if (!this.#redirectAllowed(redirectUri)) return this.#refuse(res, 400, "invalid_request", `redirect_uri ${redirectUri}`);
    const state = query.get("state");
    if (!state) return this.#refuse(res, 400, "invalid_request", "no state");
    const code = randomBytes(16).toString("hex");
    this.#codes.set(code, { person: this.person, redirectUri, expiresAt: Date.now() + grantLifetimeMs });
    const back = new URL(redirectUri);
    back.searchParams.set("code", code);
    back.searchParams.set("state", state);
    res.writeHead(302, { location: back.toString(), "cache-control": "no-store" }).end();
  }

  #token(req: IncomingMessage, body: string, res: ServerResponse): void {
    const form = new URLSearchParams(body);
    const client = clientCredentials(req.headers.authorization, form);
    if (client.id !== this.clientId || client.secret !== this.clientSecret) return this.#refuse(res, 400, "invalid_client", `client ${client.id}`);
    if (form.get("grant_type") !== "authorization_code") return this.#refuse(res, 400, "unsupported_grant_type", `grant_type ${form.get("grant_type")}`);
    const code = form.get("code") ?? "";
    const grant = this.#codes.get(code);
    // A code is good for one exchange only.
    this.#codes.delete(code);
    if (!grant || grant.expiresAt < Date.now()) return this.#refuse(res, 400, "invalid_grant", "unknown or expired code");
    if (form.get("redirect_uri") !== grant.redirectUri) return this.#refuse(res, 400, "invalid_grant", `redirect_uri ${form.get("redirect_uri")}`);
    const accessToken = randomBytes(24).toString("hex");
    this.#tokens.set(accessToken, { ...grant, expiresAt: Date.now() + grantLifetimeMs });
    sendJson(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: grantLifetimeMs / 1000 });
  }

  #userinfo(req: IncomingMessage, res: ServerResponse): void {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const grant = this.#tokens.get(token);
    if (!grant || grant.expiresAt < Date.now()) return this.#refuse(res, 401, "invalid_token", "unknown or expired access token");
    const { sub, preferred_username, name } = grant.person;
    sendJson(res, 200, { sub, preferred_username, name });
  }

  #redirectAllowed(redirectUri: string): boolean {
    if (this.expectedRedirectUri !== undefined) return redirectUri === this.expectedRedirectUri;
    return /^https?:\/\//.test(redirectUri);
  }

  /** The reason goes into `error_description`, which Synapse writes to its log. */
  #refuse(res: ServerResponse, status: number, error: string, reason: string): void {
    sendJson(res, status, { error, error_description: reason });
  }
}

/** Client authentication as `client_secret_basic` (form-encoded, then base64) or `client_secret_post`. */
function clientCredentials(authorization: string | undefined, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = /^Basic (.+)$/.exec(authorization ?? "")?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { id: null, secret: null };
    const unescape = (part: string) => decodeURIComponent(part.replace(/\+/g, " "));
    return { id: unescape(decoded.slice(0, colon)), secret: unescape(decoded.slice(colon + 1)) };
  }
  return { id: form.get("client_id"), secret: form.get("client_secret") };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}
