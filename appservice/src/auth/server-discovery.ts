import type { GuardedFetcher } from "../http/ssrf-guard.ts";

/**
 * Where to reach a homeserver's federation API, for checking OpenID tokens:
 * this Kontor's own homeserver directly; others through
 * `/.well-known/matrix/server` delegation, else port 8448 of the name
 * itself. (SRV records are not consulted.)
 */
export async function federationBaseUrl(
  serverName: string,
  own: { serverName: string; url: string },
  fetcher: GuardedFetcher,
): Promise<string> {
  if (serverName === own.serverName) return own.url.replace(/\/+$/, "");
  if (/:\d+$/.test(serverName) || /^\[.*\]$/.test(serverName)) return `https://${serverName}`;
  try {
    const response = await fetcher(`https://${serverName}/.well-known/matrix/server`, { signal: AbortSignal.timeout(5000) });
    if (response.ok) {
      const body = (await response.json()) as { "m.server"?: unknown };
      const delegated = body["m.server"];
      if (typeof delegated === "string" && /^[A-Za-z0-9.-]+(:\d+)?$/.test(delegated)) {
        return `https://${delegated.includes(":") ? delegated : `${delegated}:8448`}`;
      }
    }
  } catch {
    // No delegation: fall through to the default port.
  }
  return `https://${serverName}:8448`;
}
