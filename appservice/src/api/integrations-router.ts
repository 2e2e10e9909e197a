import { Router, type Request } from "express";
import { z } from "zod";
import { KontorError } from "../errors/codes.ts";
import { apiKeyJson, type ApiKeyRepository } from "../integrations/api-keys.ts";
import { parseRequest } from "../validation/parse-request.ts";
import { newWebhookSecret } from "../webhooks/signing.ts";
import { type Webhook, webhookEventTypes, type WebhookRepository } from "../webhooks/webhook-repository.ts";
import { webhookUrlProblem } from "../webhooks/webhook-url.ts";
import { type AccessMethod, resolveAccess } from "./business-access.ts";
import { jsonBody } from "./request-body.ts";

export interface IntegrationsRouterDeps {
  access: readonly AccessMethod[];
  apiKeys: ApiKeyRepository;
  webhooks: WebhookRepository;
  allowedPrivateNetworks: readonly string[];
  /** A webhook turned back on: look at its queued deliveries. */
  wakeDeliveries: () => void;
}

const parse = parseRequest;

export const apiKeyBody = z.object({ name: z.string().trim().min(1).max(80).default("API key"), scope: z.enum(["read", "write"]).default("read") }).strict();
const webhookBody = z
  .object({
    url: z.string().max(2000),
    events: z.array(z.enum(webhookEventTypes)).min(1).max(3).default([...webhookEventTypes]),
    description: z.string().trim().max(200).optional(),
  })
  .strict();
const webhookPatch = z.object({ enabled: z.boolean().optional(), events: z.array(z.enum(webhookEventTypes)).min(1).max(3).optional() }).strict();
const deliveriesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(25), before: z.coerce.number().int().min(1).optional() }).strict();

export function webhookJson(webhook: Webhook): Record<string, unknown> {
  return {
    id: webhook.id,
    url: webhook.url,
    events: webhook.events,
    description: webhook.description ?? null,
    enabled: webhook.enabled,
    disabled_reason: webhook.disabledReason ?? null,
    failing_since: webhook.failingSince ? new Date(webhook.failingSince).toISOString() : null,
    created_at: new Date(webhook.createdAt).toISOString(),
  };
}

/** API keys (owners, in the web client) and webhooks (owners and write keys). */
export function integrationsRouter(deps: IntegrationsRouterDeps): Router {
  const router = Router();
  const webhookOf = (req: Request, slug: string): Webhook => {
    const webhook = deps.webhooks.get(String(req.params.id));
    if (!webhook || webhook.businessSlug !== slug) throw new KontorError("not_found", `no webhook "${String(req.params.id)}" in "${slug}"`);
    return webhook;
  };

  router.get("/businesses/:slug/api-keys", (req, res) => {
    const access = resolveAccess(deps.access, req, res, { owner: true });
    res.json({ api_keys: deps.apiKeys.list(access.slug).map(apiKeyJson) });
  });

  router.post("/businesses/:slug/api-keys", jsonBody(), (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    const body = parse(apiKeyBody, req.body);
    const { key, secret } = deps.apiKeys.create(access.slug, { ...body, createdBy: access.actor });
    res.status(201).json({ ...apiKeyJson(key), key: secret, note: "Store this key now: Kontor shows it only once." });
  });

  router.delete("/businesses/:slug/api-keys/:id", (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    if (!deps.apiKeys.revoke(access.slug, String(req.params.id))) throw new KontorError("not_found", "no such active API key");
    res.status(204).end();
  });

  router.get("/businesses/:slug/webhooks", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    res.json({ webhooks: deps.webhooks.list(access.slug).map(webhookJson) });
  });

  router.post("/businesses/:slug/webhooks", jsonBody(), (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, integrations: true });
    const body = parse(webhookBody, req.body);
    const problem = webhookUrlProblem(body.url, deps.allowedPrivateNetworks);
    if (problem) throw new KontorError("invalid_request", problem, { problems: [problem] });
    if (deps.webhooks.list(access.slug).length >= 10) throw new KontorError("conflict", "a business can have at most 10 webhooks");
    const secret = newWebhookSecret();
    const webhook = deps.webhooks.create({ businessSlug: access.slug, url: body.url, events: body.events, description: body.description, secret });
    res.status(201).json({ ...webhookJson(webhook), secret, note: "Store this secret now: Kontor shows it only once." });
  });

  router.patch("/businesses/:slug/webhooks/:id", jsonBody(), (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, integrations: true });
    const webhook = webhookOf(req, access.slug);
    const body = parse(webhookPatch, req.body);
    if (body.enabled !== undefined) deps.webhooks.setEnabled(webhook.id, body.enabled, body.enabled ? undefined : "turned off by the business");
    if (body.events) deps.webhooks.setEvents(webhook.id, body.events);
    if (body.enabled) deps.wakeDeliveries();
    res.json(webhookJson(webhookOf(req, access.slug)));
  });

  router.delete("/businesses/:slug/webhooks/:id", (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, integrations: true });
    webhookOf(req, access.slug);
    deps.webhooks.delete(access.slug, String(req.params.id));
    res.status(204).end();
  });

  router.get("/businesses/:slug/webhooks/:id/deliveries", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    const webhook = webhookOf(req, access.slug);
    const query = parse(deliveriesQuery, req.query);
    const page = deps.webhooks.deliveries(webhook.id, { limit: query.limit, beforeSeq: query.before });
    const iso = (value: number | undefined) => (value === undefined ? null : new Date(value).toISOString());
    res.json({
      deliveries: page.map(({ delivery, attempts }) => ({
        id: delivery.id,
        seq: delivery.seq,
        event_type: delivery.eventType,
        status: delivery.status,
        attempts: attempts.map((attempt) => ({
          attempt: attempt.attempt,
          at: iso(attempt.at),
          status_code: attempt.statusCode ?? null,
          error: attempt.error ?? null,
          duration_ms: attempt.durationMs,
        })),
        next_attempt_at: delivery.status === "pending" ? iso(delivery.nextAttemptAt) : null,
        created_at: iso(delivery.createdAt),
        delivered_at: iso(delivery.deliveredAt),
      })),
      next_before: page.length === query.limit ? (page.at(-1)?.delivery.seq ?? null) : null,
    });
  });

  return router;
}
