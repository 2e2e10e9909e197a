import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { Agent, fetch as undiciFetch, type RequestInit, type Response } from "undici";

/**
 * Refuses connections to addresses that are not on the public internet:
 * loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast and reserved ranges, IPv4-mapped IPv6 forms of those, and the
 * unspecified addresses. The check runs on the address the name resolves to
 * at connection time, so DNS rebinding cannot slip past it.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** An address list the operator allows despite the rules (development and tests: loopback). */
export interface AddressAllowList {
  /** CIDR notations, e.g. "127.0.0.0/8", "::1/128". */
  cidrs: readonly string[];
}

function toBlockList(allow: AddressAllowList): BlockList {
  const list = new BlockList();
  for (const cidr of allow.cidrs) {
    const [network = "", prefix = ""] = cidr.split("/");
    const family = isIP(network) === 6 ? "ipv6" : "ipv4";
    list.addSubnet(network, Number(prefix || (family === "ipv6" ? 128 : 32)), family);
  }
  return list;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), if it is one. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1];
}

export function isForbiddenAddress(address: string, allow: AddressAllowList = { cidrs: [] }): boolean {
  const allowList = toBlockList(allow);
  const ipv4 = mappedIpv4(address);
  const family = ipv4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : "ipv4";
  const candidate = ipv4 ?? address;
  if (allowList.check(candidate, family)) return false;
  return blocked.check(candidate, family);
}

export class ForbiddenAddressError extends Error {
  readonly code = "EFORBIDDENADDRESS";
  override name = "ForbiddenAddressError";
}

/**
 * An HTTP agent for outgoing requests to addresses given by others (webhook
 * URLs, homeservers named in OpenID tokens): it connects only to permitted
 * addresses, checked after DNS resolution.
 */
export function guardedAgent(allow: AddressAllowList, options: { connectTimeoutMs?: number; connectHost?: string } = {}): Agent {
  const allowList = toBlockList(allow);
  const permitted = (address: string): boolean => {
    const ipv4 = mappedIpv4(address);
    const family = ipv4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : "ipv4";
    const candidate = ipv4 ?? address;
    return allowList.check(candidate, family) || !blocked.check(candidate, family);
  };
  return new Agent({
    connect: {
      timeout: options.connectTimeoutMs ?? 10_000,
      lookup(hostname, lookupOptions, callback) {
        dnsLookup(options.connectHost ?? hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
          if (error) return callback(error, "", 4);
          const allowed = addresses.filter((entry) => permitted(entry.address));
          if (allowed.length === 0) {
            const shown = addresses.map((entry) => entry.address).join(", ");
            return callback(new ForbiddenAddressError(`${hostname} resolves to ${shown}, which is not a public address`), "", 4);
          }
          if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
          const [first] = allowed as [LookupAddress, ...LookupAddress[]];
          return callback(null, first.address, first.family);
        });
      },
    },
  });
}

export interface GuardedRequestInit extends RequestInit {
  /**
   * Connect to this host instead of the URL's (a homeserver's SRV target);
   * TLS still checks the certificate for the URL's host. The address it
   * resolves to is checked like any other.
   */
  connectHost?: string;
}

export interface GuardedFetcher {
  (url: string, init?: GuardedRequestInit): Promise<Response>;
}

const maxRedirectedAgents = 32;

/**
 * A fetch that refuses non-public addresses (unless allow-listed), whether
 * the URL names an IP address or a host that resolves to one, and never
 * follows redirects.
 */
export function guardedFetch(allow: AddressAllowList, options: { connectTimeoutMs?: number } = {}): GuardedFetcher {
  const dispatcher = guardedAgent(allow, options);
  // One agent per SRV target, so connections to it are reused; the oldest is let go beyond a few.
  const redirected = new Map<string, Agent>();
  const agentFor = (connectHost: string): Agent => {
    let agent = redirected.get(connectHost);
    if (!agent) {
      agent = guardedAgent(allow, { ...options, connectHost });
      redirected.set(connectHost, agent);
      const [oldest] = redirected.keys();
      if (redirected.size > maxRedirectedAgents && oldest !== undefined) {
        void redirected.get(oldest)?.close();
        redirected.delete(oldest);
      }
    }
    return agent;
  };
  return async (url, init = {}) => {
    const { connectHost, ...rest } = init;
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new ForbiddenAddressError(`only http and https URLs are allowed, not ${parsed.protocol}`);
    const host = (connectHost ?? parsed.hostname).replace(/^\[|\]$/g, "");
    // Node connects to IP literals without a DNS lookup, so check them here.
    if (isIP(host) && isForbiddenAddress(host, allow)) throw new ForbiddenAddressError(`${host} is not a public address`);
    return undiciFetch(url, { ...rest, redirect: "manual", dispatcher: connectHost ? agentFor(connectHost) : dispatcher });
  };
}
