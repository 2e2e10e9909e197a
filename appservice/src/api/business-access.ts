import type { Request, Response } from "express";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import { KontorError } from "../errors/codes.ts";
import { bearerToken } from "../http/secrets.ts";
import type { SessionRepository } from "../auth/session-repository.ts";
import type { ApiKeyRepository } from "../integrations/api-keys.ts";
import type { RateLimiter } from "../http/rate-limit.ts";

/** Who acts on a business's data through the API, and what they may do. */
export interface BusinessAccess {
  slug: string;
  /** A Matrix user ID for people; "apikey:<id>" for integrations. */
  actor: string;
  canWrite: boolean;
  isOwner: boolean;
  /** May manage integrations (webhooks): owners and API keys with the write scope. */
  canManageIntegrations: boolean;
}

/** One way to authenticate for a business (sessions now; API keys join later). */
export type AccessMethod = (token: string, slug: string) => BusinessAccess | undefined;

/** Staff of the business, signed in through the web client. */
export function sessionAccess(sessions: SessionRepository, businesses: BusinessRepository): AccessMethod {
  return (token, slug) => {
    if (!token.startsWith("ks_")) return undefined;
    const session = sessions.find(token);
    if (!session) throw new KontorError("unauthorized", "the session has expired; sign in again");
    const role = businesses.staffRole(slug, session.userId);
    if (!role) throw new KontorError("forbidden", `${session.userId} is not staff of "${slug}"`);
    return { slug, actor: session.userId, canWrite: true, isOwner: role === "owner", canManageIntegrations: role === "owner" };
  };
}

/**
 * Integrations with a business's API key (`kk_...`). A key only ever opens
 * its own business, with its scope, within its rate limit.
 */
export function apiKeyAccess(keys: ApiKeyRepository, limiter: RateLimiter): AccessMethod {
  return (token, slug) => {
    if (!token.startsWith("kk_")) return undefined;
    const key = keys.authenticate(token);
    if (!key) throw new KontorError("unauthorized", "the API key is not valid (revoked, or mistyped)");
    if (key.businessSlug !== slug) throw new KontorError("forbidden", `this API key belongs to another business, not "${slug}"`);
    const wait = limiter.take(key.id);
    if (wait > 0) throw new KontorError("rate_limited", `too many requests with this key; try again in ${wait} s`, { retryAfterSeconds: wait });
    return { slug, actor: `apikey:${key.id}`, canWrite: key.scope === "write", isOwner: false, canManageIntegrations: key.scope === "write" };
  };
}

/** Resolves the caller's access to the business named in the path, or throws 401/403. */
export function resolveAccess(
  methods: readonly AccessMethod[],
  req: Request,
  res: Response,
  options: { write?: boolean; owner?: boolean; integrations?: boolean } = {},
): BusinessAccess {
  const slug = String(req.params.slug);
  const token = bearerToken(req.headers.authorization);
  if (!token) throw new KontorError("unauthorized", "send `Authorization: Bearer <session token or API key>`");
  let access: BusinessAccess | undefined;
  for (const method of methods) {
    access = method(token, slug);
    if (access) break;
  }
  if (!access) throw new KontorError("unauthorized", "the token is not a session token or an API key of this Kontor");
  if (options.write && !access.canWrite) throw new KontorError("forbidden", "this API key may only read; create a key with the write scope");
  if (options.owner && !access.isOwner) throw new KontorError("forbidden", "only the business's owners may do this");
  if (options.integrations && !access.canManageIntegrations) {
    throw new KontorError("forbidden", "only owners, or API keys with the write scope, manage webhooks");
  }
  res.locals.access = access;
  return access;
}
