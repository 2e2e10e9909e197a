import type { Request, Response } from "express";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import { KontorError } from "../errors/codes.ts";
import { bearerToken } from "../http/secrets.ts";
import type { SessionRepository } from "../auth/session-repository.ts";

/** Who acts on a business's data through the API, and what they may do. */
export interface BusinessAccess {
  slug: string;
  /** A Matrix user ID for people; "apikey:<id>" for integrations. */
  actor: string;
  canWrite: boolean;
  isOwner: boolean;
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
    return { slug, actor: session.userId, canWrite: true, isOwner: role === "owner" };
  };
}

/** Resolves the caller's access to the business named in the path, or throws 401/403. */
export function resolveAccess(methods: readonly AccessMethod[], req: Request, res: Response, options: { write?: boolean; owner?: boolean } = {}): BusinessAccess {
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
  res.locals.access = access;
  return access;
}
