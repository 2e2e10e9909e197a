import { matrixRequest, MatrixRequestError, type FetchFunction } from "./matrix-request.ts";

/**
 * Finding the homeserver of a Matrix ID or server name, and what sign-in
 * it offers: `https://<server>/.well-known/matrix/client` names the real
 * base URL; without it, the server name itself is tried over HTTPS.
 */

/** This Kontor's own homeserver (`GET /api/v1/client-config`): the default, and the only one for registration. */
export interface KnownHomeserver {
  serverName: string;
  baseUrl: string;
}

/** What a person typed into "Matrix ID or homeserver". */
export type SigninInput =
  | { kind: "user-id"; userId: string; localpart: string; serverName: string }
  | { kind: "server"; serverName: string }
  | { kind: "url"; baseUrl: string }
  | { kind: "username"; localpart: string }
  | { kind: "invalid" };

const serverNamePattern = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const localpartPattern = /^[a-z0-9._=/+-]+$/i;

export function parseSigninInput(raw: string): SigninInput {
  const value = raw.trim();
  if (value === "") return { kind: "invalid" };
  if (value.startsWith("@")) {
    const separator = value.indexOf(":");
    const localpart = value.slice(1, separator < 0 ? undefined : separator);
    const serverName = separator < 0 ? "" : value.slice(separator + 1).toLowerCase();
    if (!localpartPattern.test(localpart) || !serverNamePattern.test(serverName)) return { kind: "invalid" };
    return { kind: "user-id", userId: `@${localpart.toLowerCase()}:${serverName}`, localpart: localpart.toLowerCase(), serverName };
  }
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return { kind: "url", baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, "")}` };
    } catch {
      return { kind: "invalid" };
    }
  }
  if (value.includes(".") || value.includes(":") || value === "localhost") {
    return serverNamePattern.test(value) ? { kind: "server", serverName: value.toLowerCase() } : { kind: "invalid" };
  }
  return localpartPattern.test(value) ? { kind: "username", localpart: value.toLowerCase() } : { kind: "invalid" };
}

export interface IdentityProvider {
  id: string;
  name: string;
}

/** The ways a homeserver lets people sign in (`GET /_matrix/client/v3/login`). */
export interface LoginFlows {
  password: boolean;
  /** Single sign-on; identity providers when the homeserver names them, else one generic button. */
  sso: IdentityProvider[] | null;
  token: boolean;
}

export interface DiscoveredHomeserver {
  /** What the person knows the server as: the server name, or the URL's host. */
  serverName: string;
  baseUrl: string;
  flows: LoginFlows;
}

export type DiscoveryFailure = "not-found" | "network" | "no-supported-login";

export class DiscoveryError extends Error {
  readonly reason: DiscoveryFailure;
  readonly serverName: string;

  constructor(reason: DiscoveryFailure, serverName: string) {
    super(`${serverName}: ${reason}`);
    this.name = "DiscoveryError";
    this.reason = reason;
    this.serverName = serverName;
  }
}

export function decodeLoginFlows(json: unknown): LoginFlows {
  const flows = Array.isArray((json as { flows?: unknown } | null)?.flows) ? ((json as { flows: unknown[] }).flows as Record<string, unknown>[]) : [];
  const types = new Set(flows.map((flow) => flow.type));
  const ssoFlow = flows.find((flow) => flow.type === "m.login.sso" || flow.type === "m.login.cas");
  let sso: IdentityProvider[] | null = null;
  if (ssoFlow) {
    const providers = Array.isArray(ssoFlow.identity_providers) ? (ssoFlow.identity_providers as Record<string, unknown>[]) : [];
    sso = providers
      .filter((provider) => typeof provider.id === "string" && provider.id !== "")
      .map((provider) => ({ id: provider.id as string, name: typeof provider.name === "string" && provider.name ? provider.name : (provider.id as string) }));
  }
  return { password: types.has("m.login.password"), sso, token: types.has("m.login.token") };
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** The base URL the server's well-known file names, or undefined when there is none (or it is unusable). */
async function wellKnownBaseUrl(serverName: string, fetchImpl: FetchFunction): Promise<string | undefined> {
  try {
    const json = await matrixRequest<{ "m.homeserver"?: { base_url?: unknown } }>(`https://${serverName}`, "/.well-known/matrix/client", { fetchImpl });
    const baseUrl = json["m.homeserver"]?.base_url;
    if (typeof baseUrl !== "string") return undefined;
    const url = new URL(baseUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? withoutTrailingSlash(url.href) : undefined;
  } catch {
    return undefined;
  }
}

export async function fetchLoginFlows(baseUrl: string, fetchImpl?: FetchFunction): Promise<LoginFlows> {
  return decodeLoginFlows(await matrixRequest(baseUrl, "/_matrix/client/v3/login", { fetchImpl }));
}

export interface DiscoveryOptions {
  known: KnownHomeserver | undefined;
  fetchImpl?: FetchFunction;
  /** Whether the browser thinks it is online; when not, every failure is a network problem. */
  online?: () => boolean;
}

/**
 * The homeserver for a server name or base URL, with its login flows. This
 * Kontor's own homeserver needs no discovery (its base URL may be plain
 * http on localhost, which well-known could never name).
 */
export async function discoverHomeserver(target: { serverName: string } | { baseUrl: string }, options: DiscoveryOptions): Promise<DiscoveredHomeserver> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let serverName: string;
  let baseUrl: string;
  let named: boolean;
  if ("baseUrl" in target) {
    baseUrl = withoutTrailingSlash(target.baseUrl);
    serverName = new URL(baseUrl).host;
    named = true;
  } else if (options.known && target.serverName === options.known.serverName) {
    serverName = target.serverName;
    baseUrl = withoutTrailingSlash(options.known.baseUrl);
    named = true;
  } else {
    serverName = target.serverName;
    const discovered = await wellKnownBaseUrl(serverName, fetchImpl);
    named = discovered !== undefined;
    baseUrl = discovered ?? `https://${serverName}`;
  }
  let flows: LoginFlows;
  try {
    flows = await fetchLoginFlows(baseUrl, fetchImpl);
  } catch (error) {
    const offline = options.online ? !options.online() : false;
    if (offline) throw new DiscoveryError("network", serverName);
    // A homeserver that was named (well-known, this Kontor's, a URL) but does not answer is a connection problem.
    if (error instanceof MatrixRequestError && error.failure.kind === "network" && named) throw new DiscoveryError("network", serverName);
    throw new DiscoveryError("not-found", serverName);
  }
  if (!flows.password && !flows.sso) throw new DiscoveryError("no-supported-login", serverName);
  return { serverName, baseUrl, flows };
}
