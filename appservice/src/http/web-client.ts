import express, { type Request, type Response, Router } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface WebClientOptions {
  clientDir: string;
  homeserverUrl: string;
}

/**
 * Security headers for every page: a strict Content-Security-Policy (no
 * inline script, no plugins, no framing) that still lets the client talk to
 * Matrix homeservers over HTTPS and to this Kontor's own homeserver.
 */
export function securityHeaders(homeserverUrl: string) {
  const homeserverOrigin = new URL(homeserverUrl).origin;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: https: ${homeserverOrigin}`,
    `media-src 'self' blob: https: ${homeserverOrigin}`,
    `connect-src 'self' https: ${homeserverOrigin}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return (_req: Request, res: Response, next: () => void): void => {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    next();
  };
}

/** Serves the built web client; unknown paths get index.html so client-side routes work on reload. */
export function webClientRouter(options: WebClientOptions): Router {
  const router = Router();
  const index = join(options.clientDir, "index.html");
  router.use(express.static(options.clientDir, { index: false, maxAge: "1h", fallthrough: true }));
  router.get("/{*path}", (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type("text/plain")
        .send(`The Kontor web client is not built yet (${index} is missing). Run \`npm run build\` or \`npm start\`.`);
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
