import { Router } from "express";
import type { BusinessService } from "../businesses/business-service.ts";
import { publicView } from "../businesses/views.ts";
import { KontorError } from "../errors/codes.ts";
import { slugSchema } from "../businesses/profile.ts";
import { textLocaleOf } from "./locale.ts";
import { categories } from "../businesses/categories.ts";

/**
 * `GET /categories`: the category list with labels; `GET /businesses/{slug}`:
 * an active business's public profile with its opening state.
 */
export function businessesRouter(businesses: BusinessService, now: () => Date = () => new Date()): Router {
  const router = Router();
  router.get("/categories", (_req, res) => {
    res.setHeader("cache-control", "public, max-age=3600");
    res.json({ categories: Object.entries(categories).map(([id, labels]) => ({ id, labels })) });
  });
  router.get("/businesses/:slug", (req, res) => {
    const slug = String(req.params.slug);
    if (!slugSchema.safeParse(slug).success) throw new KontorError("invalid_request", `"${slug}" is not a valid business slug`);
    let record;
    try {
      record = businesses.get(slug);
    } catch {
      record = undefined;
    }
    if (!record || record.setupState !== "ready" || record.profile.status !== "active") {
      throw new KontorError("not_found", `no business "${slug}" is available on this Kontor`);
    }
    res.setHeader("cache-control", "public, max-age=30");
    res.json(publicView(record, businesses.ids(slug), now(), textLocaleOf(req.query.lang)));
  });
  return router;
}
