import type { NextFunction, Request, Response } from "express";
import { KontorError } from "../errors/codes.ts";
import { bearerToken } from "../http/secrets.ts";
import type { SessionRepository } from "./session-repository.ts";

/** The signed-in Matrix user of a request, set by `requireSession`. */
export function sessionUser(res: Response): string {
  const userId = res.locals.userId as string | undefined;
  if (!userId) throw new KontorError("unauthorized", "sign in first");
  return userId;
}

/** Lets a request through with a valid session token (`Authorization: Bearer ks_...`). */
export function requireSession(sessions: SessionRepository) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerToken(req.headers.authorization);
    const session = token?.startsWith("ks_") ? sessions.find(token) : undefined;
    if (!session) {
      next(new KontorError("unauthorized", token ? "the session has expired; sign in again" : "sign in first: exchange a Matrix OpenID token at POST /api/v1/session"));
      return;
    }
    res.locals.userId = session.userId;
    next();
  };
}
