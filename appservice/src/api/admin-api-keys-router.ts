import { Router } from "express";
import type { BusinessService } from "../businesses/business-service.ts";
import { KontorError } from "../errors/codes.ts";
import { apiKeyJson, type ApiKeyRepository } from "../integrations/api-keys.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { apiKeyBody } from "./integrations-router.ts";
import { jsonBody } from "./request-body.ts";

/** The operator's view of API keys: `kontor apikey create|list|revoke`. */
export function adminApiKeysRouter(businesses: BusinessService, apiKeys: ApiKeyRepository): Router {
  const router = Router();
  router.get("/businesses/:slug/api-keys", (req, res) => {
    const slug = businesses.get(String(req.params.slug)).profile.slug;
    res.json({ api_keys: apiKeys.list(slug).map(apiKeyJson) });
  });
  router.post("/businesses/:slug/api-keys", jsonBody(), (req, res) => {
    const slug = businesses.get(String(req.params.slug)).profile.slug;
    const body = apiKeyBody.safeParse(req.body);
    if (!body.success) {
      const problems = describeIssues(body.error.issues);
      throw new KontorError("invalid_request", problems.join("; "), { problems });
    }
    const { key, secret } = apiKeys.create(slug, { ...body.data, createdBy: "operator" });
    res.status(201).json({ ...apiKeyJson(key), key: secret });
  });
  router.delete("/businesses/:slug/api-keys/:id", (req, res) => {
    const slug = businesses.get(String(req.params.slug)).profile.slug;
    if (!apiKeys.revoke(slug, String(req.params.id))) throw new KontorError("not_found", `no active API key "${String(req.params.id)}" for "${slug}"`);
    res.status(204).end();
  });
  return router;
}
