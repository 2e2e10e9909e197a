import { Router, type Request } from "express";
import { describeResponseTime, type TextLocale } from "../businesses/profile-room-content.ts";
import { businessIdentifiers, type Namespaces } from "../businesses/identifiers.ts";
import { openingJson } from "../businesses/views.ts";
import { parseDirectoryQuery } from "../directory/query.ts";
import { type DirectoryIndex, InvalidCursorError } from "../directory/search-index.ts";
import type { DirectoryEntry } from "../directory/entry.ts";
import { KontorError } from "../errors/codes.ts";
import { openingState } from "../hours/evaluate.ts";
import { rateLimitByAddress, type RateLimiter } from "../http/rate-limit.ts";

export interface DirectoryRouterDeps {
  index: DirectoryIndex;
  namespaces: Namespaces;
  limiter: RateLimiter;
  now?: () => Date;
}

/** The language for texts in results, from Accept-Language: German or English. */
function acceptedLocale(req: Request): TextLocale {
  return req.acceptsLanguages("en", "de") === "de" ? "de" : "en";
}

/**
 * `GET /directory`: public, read-only search over listed businesses, limited
 * per client address. Each result carries its opening state, computed in
 * the business's own time zone.
 */
export function directoryRouter(deps: DirectoryRouterDeps): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());
  router.get("/directory", rateLimitByAddress(deps.limiter), (req, res) => {
    const parsed = parseDirectoryQuery(req.query as Record<string, unknown>);
    if (!parsed.ok) throw new KontorError("invalid_request", parsed.problems.join("; "), { problems: parsed.problems });
    const at = now();
    const locale = acceptedLocale(req);
    let page;
    try {
      page = deps.index.search(parsed.query, { isOpenNow: (entry) => openingState(entry.hours, at).open });
    } catch (error) {
      if (error instanceof InvalidCursorError) throw new KontorError("invalid_request", `cursor: ${error.message}; start again without a cursor`);
      throw error;
    }
    res.setHeader("cache-control", "no-store");
    res.json({
      results: page.results.map((entry) => resultJson(entry, deps.namespaces, at, locale)),
      next_cursor: page.nextCursor ?? null,
    });
  });
  return router;
}

function resultJson(entry: DirectoryEntry, namespaces: Namespaces, at: Date, locale: TextLocale): Record<string, unknown> {
  const ids = businessIdentifiers(namespaces, entry.slug);
  return {
    slug: entry.slug,
    name: entry.name,
    categories: entry.categories,
    tags: entry.tags,
    description: entry.description,
    city: entry.city || null,
    country: entry.country || null,
    languages: entry.languages,
    logo: entry.logo ?? null,
    response_time: entry.responseTime,
    response_time_text: describeResponseTime(entry.responseTime, locale),
    mxid: ids.userId,
    alias: ids.profileAlias,
    opening: openingJson(entry.hours, at, locale),
  };
}
