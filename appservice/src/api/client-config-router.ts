import { Router } from "express";
import { KontorError } from "../errors/codes.ts";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import { HomeserverUnreachableError, MatrixApiError, type HomeserverClient } from "../matrix/homeserver-client.ts";
import { slugSchema } from "../businesses/profile.ts";

export interface ClientConfigDeps {
  homeserver: { serverName: string; publicUrl: string };
  businesses: BusinessRepository;
  client: HomeserverClient;
}

interface CachedImage {
  body: Buffer;
  contentType: string;
  logo: string;
  at: number;
}

/**
 * What the web client needs before anyone signs in: this Kontor's
 * homeserver (the default for sign-in and registration), and business logos
 * served without Matrix credentials (the homeserver only serves media to
 * signed-in users).
 */
export function clientConfigRouter(deps: ClientConfigDeps): Router {
  const router = Router();
  const cache = new Map<string, CachedImage>();

  router.get("/client-config", (_req, res) => {
    res.setHeader("cache-control", "public, max-age=300");
    res.json({ homeserver: { server_name: deps.homeserver.serverName, base_url: deps.homeserver.publicUrl } });
  });

  router.get("/businesses/:slug/logo", async (req, res) => {
    const slug = String(req.params.slug);
    const business = slugSchema.safeParse(slug).success ? deps.businesses.get(slug) : undefined;
    const logo = business?.setupState === "ready" ? business.profile.logo : undefined;
    const match = logo ? /^mxc:\/\/([^/]+)\/([A-Za-z0-9_-]+)$/.exec(logo) : null;
    if (!match) throw new KontorError("not_found", `"${slug}" has no logo`);
    let image = cache.get(slug);
    if (!image || image.logo !== logo || Date.now() - image.at > 3_600_000) {
      const path = `/_matrix/client/v1/media/thumbnail/${encodeURIComponent(match[1] ?? "")}/${encodeURIComponent(match[2] ?? "")}`;
      try {
        const response = await fetch(`${deps.client.baseUrl}${path}?width=256&height=256&method=scale`, {
          headers: { authorization: `Bearer ${deps.client.asToken}` },
          signal: AbortSignal.timeout(10_000),
        });
        if (!response.ok) throw new MatrixApiError("GET", path, response.status, "M_UNKNOWN", await response.text(), undefined);
        image = { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "image/png", logo: logo as string, at: Date.now() };
      } catch (error) {
        if (error instanceof MatrixApiError) throw new KontorError("not_found", `the logo of "${slug}" is not available`);
        throw new HomeserverUnreachableError((error as Error).message);
      }
      if (cache.size > 500) cache.delete(cache.keys().next().value as string);
      cache.set(slug, image);
    }
    if (!/^image\/(png|jpeg|webp|gif)$/.test(image.contentType)) throw new KontorError("not_found", `the logo of "${slug}" is not an image`);
    res.setHeader("content-type", image.contentType);
    res.setHeader("cache-control", "public, max-age=3600");
    res.end(image.body);
  });

  return router;
}
