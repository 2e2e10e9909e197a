import type { NextFunction, Request, Response } from "express";
import { randomUUID } from "node:crypto";
import { KontorError } from "../errors/codes.ts";
import type { Logger } from "../logging/logger.ts";
import { HomeserverUnreachableError, MatrixApiError } from "../matrix/homeserver-client.ts";

/** The one error format of the REST API: `{"error": {"code", "message", "details"?}}`. */
export function apiErrorBody(error: KontorError): { error: { code: string; message: string; details?: unknown } } {
  return {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}

export function apiNotFound(req: Request, _res: Response, next: NextFunction): void {
  next(new KontorError("not_found", `no API route for ${req.method} ${req.originalUrl.split("?")[0]}; see docs/api.md`));
}

export function apiErrorMiddleware(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let kontorError: KontorError;
    if (error instanceof KontorError) {
      kontorError = error;
    } else if (error instanceof HomeserverUnreachableError) {
      kontorError = new KontorError("homeserver_unavailable", `${error.message}; try again when the homeserver is back`);
    } else if (error instanceof MatrixApiError) {
      logger.error("the homeserver refused a request", { method: req.method, path: req.path, error });
      kontorError = new KontorError("homeserver_unavailable", `the homeserver refused: ${error.message}`);
    } else if (isBodyParserError(error)) {
      kontorError = new KontorError(error.status === 413 ? "payload_too_large" : "not_json", error.message);
    } else {
      const incident = randomUUID();
      logger.error("API request failed", { incident, method: req.method, path: req.path, error });
      kontorError = new KontorError("internal", `something went wrong on our side (incident ${incident})`);
    }
    if (kontorError.code === "rate_limited" && kontorError.details?.retryAfterSeconds !== undefined) {
      res.setHeader("Retry-After", String(kontorError.details.retryAfterSeconds));
    }
    res.status(kontorError.status).json(apiErrorBody(kontorError));
  };
}

function isBodyParserError(error: unknown): error is { status: number; message: string; type: string } {
  return typeof error === "object" && error !== null && "type" in error && "status" in error;
}
