import { isIP } from "node:net";
import { isForbiddenAddress } from "../http/ssrf-guard.ts";

/**
 * Checks a webhook URL when it is registered: https, or http to a network
 * the operator allowed (development). Where a name resolves to is checked
 * again on every delivery, when connecting.
 */
export function webhookUrlProblem(raw: string, allowedPrivateNetworks: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "url: not a valid URL";
  }
  if (url.username || url.password) return "url: must not contain a user name or password";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const allow = { cidrs: allowedPrivateNetworks };
  const literal = isIP(host) ? host : host === "localhost" ? "127.0.0.1" : undefined;
  if (literal && isForbiddenAddress(literal, allow)) return `url: ${host} is not a public address; Kontor does not send webhooks there`;
  if (url.protocol === "https:") return undefined;
  // Plain http only to a private address the operator allowed (the check above passed it).
  const allowedPrivate = literal !== undefined && isForbiddenAddress(literal);
  if (url.protocol === "http:" && allowedPrivate) return undefined;
  return "url: must use https:// (plain http only to networks allowed in outbound.allowedPrivateNetworks)";
}
