import { promises as dns, type SrvRecord } from "node:dns";
import { isIP } from "node:net";
import type { GuardedFetcher } from "../http/ssrf-guard.ts";

/**
 * Where to send a federation request: the URL (whose host is also the name
 * the TLS certificate must carry) and, when an SRV record names another
 * machine, the host to connect to instead.
 */
export interface FederationTarget {
  url: string;
  connectHost?: string;
}

export type SrvResolver = (name: string) => Promise<SrvRecord[]>;

const defaultPort = 8448;
const hostnamePattern = /^[A-Za-z0-9.-]+$/;

/**
 * Where to reach a homeserver's federation API, for checking OpenID tokens,
 * following the Matrix spec's server discovery: this Kontor's own
 * homeserver directly; an IP literal or an explicit port as given;
 * otherwise `/.well-known/matrix/server` delegation, then SRV records
 * (`_matrix-fed._tcp`, then the older `_matrix._tcp`), then port 8448.
 */
export async function federationTarget(
  serverName: string,
  own: { serverName: string; url: string },
  fetcher: GuardedFetcher,
  resolveSrv: SrvResolver = (name) => dns.resolveSrv(name),
): Promise<FederationTarget> {
  if (serverName === own.serverName) return { url: own.url.replace(/\/+$/, "") };
  const { host, port } = splitServerName(serverName);
  if (isIpLiteral(host)) return { url: `https://${serverName}${port ? "" : `:${defaultPort}`}` };
  if (port) return { url: `https://${serverName}` };
  const delegated = await wellKnownServer(host, fetcher);
  if (delegated) {
    if (isIpLiteral(delegated.host) || delegated.port) return { url: `https://${delegated.host}:${delegated.port ?? defaultPort}` };
    return (await srvTarget(delegated.host, resolveSrv)) ?? { url: `https://${delegated.host}:${defaultPort}` };
  }
  return (await srvTarget(host, resolveSrv)) ?? { url: `https://${host}:${defaultPort}` };
}

function splitServerName(name: string): { host: string; port: string | undefined } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(name);
  return { host: match?.[1] ?? name, port: match?.[2] };
}

function isIpLiteral(host: string): boolean {
  return isIP(host.replace(/^\[|\]$/g, "")) !== 0;
}

/** The `m.server` of `https://<host>/.well-known/matrix/server`, if it names a usable server. */
async function wellKnownServer(host: string, fetcher: GuardedFetcher): Promise<{ host: string; port: string | undefined } | undefined> {
  try {
    const response = await fetcher(`https://${host}/.well-known/matrix/server`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return undefined;
    const delegated = ((await response.json()) as { "m.server"?: unknown })["m.server"];
    if (typeof delegated !== "string") return undefined;
    const parts = splitServerName(delegated);
    return hostnamePattern.test(parts.host) || isIpLiteral(parts.host) ? parts : undefined;
  } catch {
    // No delegation (unreachable, not JSON, a redirect): discovery goes on without it.
    return undefined;
  }
}

/** The best SRV record for the host's federation service, connected to under the host's own name. */
async function srvTarget(host: string, resolveSrv: SrvResolver): Promise<FederationTarget | undefined> {
  for (const service of ["_matrix-fed._tcp", "_matrix._tcp"]) {
    const records = await resolveSrv(`${service}.${host}`).catch(() => []);
    const usable = records.filter((record) => record.name !== "" && record.name !== "." && hostnamePattern.test(record.name));
    const [best] = usable.sort((a, b) => a.priority - b.priority || b.weight - a.weight);
    if (best) return { url: `https://${host}:${best.port}`, connectHost: best.name.replace(/\.$/, "") };
  }
  return undefined;
}
