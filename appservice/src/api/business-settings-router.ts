import { Router } from "express";
import { z } from "zod";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import type { BusinessService } from "../businesses/business-service.ts";
import { adminView } from "../businesses/views.ts";
import type { CannedReplyRepository } from "../conversations/canned-replies.ts";
import type { SettingsRepository } from "../conversations/settings-repository.ts";
import { KontorError } from "../errors/codes.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { applySettingsChange, settingsJson } from "./admin-settings-router.ts";
import { type AccessMethod, resolveAccess } from "./business-access.ts";
import { jsonBody } from "./request-body.ts";

export interface BusinessSettingsDeps {
  access: readonly AccessMethod[];
  businesses: BusinessService;
  repository: BusinessRepository;
  settings: SettingsRepository;
  cannedReplies: CannedReplyRepository;
}

const cannedReply = z.object({ title: z.string().trim().min(1).max(80), body: z.string().trim().min(1).max(5000) }).strict();
const cannedId = z.string().regex(/^[a-z0-9-]{1,40}$/, "must be 1 to 40 characters of a-z, 0-9 and -");

/**
 * What staff manage from the web client: the business profile and opening
 * hours, conversation settings, canned replies (owners change them; every
 * staff member reads them) and the staff list.
 */
export function businessSettingsRouter(deps: BusinessSettingsDeps): Router {
  const router = Router();

  router.get("/businesses/:slug/manage", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    const record = deps.businesses.get(access.slug);
    res.json({
      business: adminView(record, deps.businesses.ids(access.slug), deps.repository.staff(access.slug)),
      settings: settingsJson(deps.settings.get(access.slug)),
      role: access.isOwner ? "owner" : "agent",
    });
  });

  router.patch("/businesses/:slug/profile", jsonBody(), async (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    const record = await deps.businesses.update(access.slug, req.body);
    res.json(adminView(record, deps.businesses.ids(access.slug), deps.repository.staff(access.slug)));
  });

  router.patch("/businesses/:slug/settings", jsonBody(), (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    res.json(settingsJson(applySettingsChange(deps.settings, access.slug, req.body)));
  });

  router.get("/businesses/:slug/staff", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    res.json({ staff: deps.repository.staff(access.slug).map((member) => ({ user_id: member.userId, role: member.role })) });
  });

  router.get("/businesses/:slug/canned-replies", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    res.json({ canned_replies: deps.cannedReplies.list(access.slug).map(({ id, title, body }) => ({ id, title, body })) });
  });

  router.put("/businesses/:slug/canned-replies/:id", jsonBody(), (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    const id = cannedId.safeParse(req.params.id);
    const body = cannedReply.safeParse(req.body);
    if (!id.success || !body.success) {
      const problems = [...(id.success ? [] : describeIssues(id.error.issues, "id")), ...(body.success ? [] : describeIssues(body.error.issues))];
      throw new KontorError("invalid_request", problems.join("; "), { problems });
    }
    if (deps.cannedReplies.count(access.slug) >= 200 && !deps.cannedReplies.list(access.slug).some((reply) => reply.id === id.data)) {
      throw new KontorError("conflict", "a business can keep at most 200 canned replies");
    }
    deps.cannedReplies.save(access.slug, { id: id.data, ...body.data });
    res.json({ id: id.data, ...body.data });
  });

  router.delete("/businesses/:slug/canned-replies/:id", (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true, owner: true });
    if (!deps.cannedReplies.delete(access.slug, String(req.params.id))) throw new KontorError("not_found", "no such canned reply");
    res.status(204).end();
  });

  return router;
}
