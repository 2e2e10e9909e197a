import { Router } from "express";
import { openIdTokenSchema, type OpenIdVerifierOptions, verifyOpenIdToken } from "../auth/openid.ts";
import { requireSession, sessionUser } from "../auth/session-auth.ts";
import type { SessionRepository } from "../auth/session-repository.ts";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import { KontorError } from "../errors/codes.ts";
import { bearerToken } from "../http/secrets.ts";
import type { RateLimiter } from "../http/rate-limit.ts";
import { rateLimitByAddress } from "../http/rate-limit.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { jsonBody } from "./request-body.ts";

export interface SessionRouterDeps {
  sessions: SessionRepository;
  businesses: BusinessRepository;
  verifier: OpenIdVerifierOptions;
  limiter: RateLimiter;
  ttlMs?: number;
}

/**
 * Sign-in for the web client without passwords reaching Kontor: the client
 * asks its homeserver for an OpenID token, Kontor checks it with that
 * homeserver and answers with a short-lived session token.
 */
export function sessionRouter(deps: SessionRouterDeps): Router {
  const router = Router();
  const ttlMs = deps.ttlMs ?? 60 * 60_000;

  router.post("/session", rateLimitByAddress(deps.limiter), jsonBody(4096), async (req, res) => {
    const parsed = openIdTokenSchema.safeParse((req.body as { openid?: unknown }).openid ?? req.body);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error.issues, "openid");
      throw new KontorError("invalid_request", problems.join("; "), { problems });
    }
    const userId = await verifyOpenIdToken(parsed.data, deps.verifier);
    const session = deps.sessions.create(userId, Math.min(ttlMs, parsed.data.expires_in * 1000 + ttlMs));
    res.status(201).json({ session_token: session.token, user_id: userId, expires_at: new Date(session.expiresAt).toISOString() });
  });

  router.delete("/session", (req, res) => {
    const token = bearerToken(req.headers.authorization);
    if (token?.startsWith("ks_")) deps.sessions.delete(token);
    res.status(204).end();
  });

  router.get("/me", requireSession(deps.sessions), (_req, res) => {
    const userId = sessionUser(res);
    const businesses = deps.businesses.businessesOfStaff(userId).flatMap(({ slug, role }) => {
      const record = deps.businesses.get(slug);
      return record && record.setupState === "ready" ? [{ slug, role, name: record.profile.name, mxid: record.userId }] : [];
    });
    res.json({ user_id: userId, businesses });
  });

  return router;
}
