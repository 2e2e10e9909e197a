import { Router, type Request } from "express";
import { z } from "zod";
import { staffRoleSchema, userIdSchema } from "../businesses/validate-profile.ts";
import type { BusinessService } from "../businesses/business-service.ts";
import { adminView } from "../businesses/views.ts";
import { parseRequest } from "../validation/parse-request.ts";
import { jsonBody, readImageBody } from "./request-body.ts";

const listQuery = z
  .object({
    status: z.enum(["active", "suspended"]).optional(),
    after: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const parse = parseRequest;

function slugOf(req: Request): string {
  return String(req.params.slug);
}

/** The operator API for businesses and their staff, under /api/v1/admin. */
export function adminBusinessesRouter(businesses: BusinessService): Router {
  const router = Router();
  const view = (slug: string) => adminView(businesses.get(slug), businesses.ids(slug), businesses.staff(slug));

  router.get("/businesses", (req, res) => {
    const query = parse(listQuery, req.query);
    const records = businesses.list({ limit: query.limit, afterSlug: query.after, status: query.status });
    res.json({
      businesses: records.map((record) => adminView(record, businesses.ids(record.profile.slug), businesses.staff(record.profile.slug))),
      next_after: records.length === query.limit ? records.at(-1)?.profile.slug : null,
    });
  });

  router.post("/businesses", jsonBody(), async (req, res) => {
    const record = await businesses.create(req.body);
    res.status(201).json(view(record.profile.slug));
  });

  router.get("/businesses/:slug", (req, res) => {
    res.json(view(slugOf(req)));
  });

  router.patch("/businesses/:slug", jsonBody(), async (req, res) => {
    await businesses.update(slugOf(req), req.body);
    res.json(view(slugOf(req)));
  });

  router.put("/businesses/:slug/logo", async (req, res) => {
    businesses.get(slugOf(req));
    const image = await readImageBody(req);
    await businesses.setLogo(slugOf(req), image.bytes, image.contentType);
    res.json(view(slugOf(req)));
  });

  router.post("/businesses/:slug/suspend", async (req, res) => {
    await businesses.suspend(slugOf(req));
    res.json(view(slugOf(req)));
  });

  router.post("/businesses/:slug/resume", async (req, res) => {
    await businesses.resume(slugOf(req));
    res.json(view(slugOf(req)));
  });

  router.delete("/businesses/:slug", async (req, res) => {
    await businesses.delete(slugOf(req));
    res.status(204).end();
  });

  router.get("/businesses/:slug/staff", (req, res) => {
    res.json({ staff: view(slugOf(req)).staff });
  });

  router.put("/businesses/:slug/staff/:userId", jsonBody(), async (req, res) => {
    const userId = parse(userIdSchema, req.params.userId, "userId");
    const { role } = parse(z.object({ role: staffRoleSchema }).strict(), req.body);
    await businesses.addStaff(slugOf(req), userId, role);
    res.json({ staff: view(slugOf(req)).staff });
  });

  router.delete("/businesses/:slug/staff/:userId", async (req, res) => {
    await businesses.removeStaff(slugOf(req), String(req.params.userId));
    res.json({ staff: view(slugOf(req)).staff });
  });

  return router;
}
