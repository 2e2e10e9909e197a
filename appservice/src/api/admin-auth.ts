import type { NextFunction, Request, Response } from "express";
import { KontorError } from "../errors/codes.ts";
import { bearerToken, secretsEqual } from "../http/secrets.ts";

/** Lets a request through only with the install's operator token (`admin.token` in kontor.yaml). */
export function requireAdminToken(adminToken: string) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const presented = bearerToken(req.headers.authorization);
    if (presented === undefined) {
      next(new KontorError("unauthorized", "the operator API needs `Authorization: Bearer <admin token>` (admin.token in kontor.yaml)"));
    } else if (!secretsEqual(presented, adminToken)) {
      next(new KontorError("forbidden", "the admin token is not valid for this install"));
    } else {
      next();
    }
  };
}
