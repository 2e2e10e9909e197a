import { Router } from "express";
import { z } from "zod";
import type { BusinessService } from "../businesses/business-service.ts";
import type { SettingsRepository } from "../conversations/settings-repository.ts";
import { KontorError } from "../errors/codes.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { jsonBody } from "./request-body.ts";

const text = z.string().trim().min(1).max(1000).nullable();
export const settingsChangeSchema = z
  .object({ greeting: text.optional(), away_message: text.optional(), sign_replies: z.boolean().optional() })
  .strict();

export function settingsJson(settings: ReturnType<SettingsRepository["get"]>): Record<string, unknown> {
  return { greeting: settings.greeting ?? null, away_message: settings.awayMessage ?? null, sign_replies: settings.signReplies };
}

/** Applies a validated settings change; `null` resets a text to Kontor's default. */
export function applySettingsChange(settings: SettingsRepository, slug: string, raw: unknown): ReturnType<SettingsRepository["get"]> {
  const parsed = settingsChangeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    throw new KontorError("invalid_request", problems.join("; "), { problems });
  }
  const current = settings.get(slug);
  const change = parsed.data;
  const next = {
    greeting: change.greeting === undefined ? current.greeting : (change.greeting ?? undefined),
    awayMessage: change.away_message === undefined ? current.awayMessage : (change.away_message ?? undefined),
    signReplies: change.sign_replies ?? current.signReplies,
  };
  settings.save(slug, next);
  return settings.get(slug);
}

/** `GET|PATCH /admin/businesses/{slug}/settings`: greeting, away message and signed replies. */
export function adminSettingsRouter(businesses: BusinessService, settings: SettingsRepository): Router {
  const router = Router();
  router.get("/businesses/:slug/settings", (req, res) => {
    const slug = businesses.get(String(req.params.slug)).profile.slug;
    res.json(settingsJson(settings.get(slug)));
  });
  router.patch("/businesses/:slug/settings", jsonBody(), (req, res) => {
    const slug = businesses.get(String(req.params.slug)).profile.slug;
    res.json(settingsJson(applySettingsChange(settings, slug, req.body)));
  });
  return router;
}
