import { Router } from "express";
import type { HealthChecks } from "./health-checks.ts";

/** `GET /health`: 200 when the homeserver, the ping round trip and the store are fine, 503 otherwise. */
export function healthRouter(checks: HealthChecks): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const report = await checks.report();
    res.status(report.status === "ok" ? 200 : 503).setHeader("cache-control", "no-store").json(report);
  });
  return router;
}
