import express, { type Express } from "express";
import type { KontorConfig } from "./config/schema.ts";
import { requireAdminToken } from "./api/admin-auth.ts";
import { adminBusinessesRouter } from "./api/admin-businesses-router.ts";
import { businessesRouter } from "./api/businesses-router.ts";
import { directoryRouter } from "./api/directory-router.ts";
import { apiErrorMiddleware, apiNotFound } from "./api/errors.ts";
import { BusinessRepository } from "./businesses/business-repository.ts";
import { BusinessService } from "./businesses/business-service.ts";
import { namespacesOf, slugOfBusinessAlias } from "./businesses/identifiers.ts";
import { BusinessProvisioner } from "./businesses/provisioning.ts";
import { DirectoryIndex } from "./directory/search-index.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { HealthChecks } from "./api/health-checks.ts";
import { healthRouter } from "./api/health-router.ts";
import { securityHeaders, webClientRouter } from "./http/web-client.ts";
import type { Logger } from "./logging/logger.ts";
import { buildHomeserverApp, type TransactionListener } from "./matrix/homeserver-app.ts";
import { HomeserverClient } from "./matrix/homeserver-client.ts";
import { SelfPing } from "./matrix/self-ping.ts";
import type { SqliteDatabase } from "./store/database.ts";
import { InboxRepository } from "./store/inbox-repository.ts";
import { migrations } from "./store/migrations/index.ts";

export interface KontorDeps {
  config: KontorConfig;
  db: SqliteDatabase;
  logger: Logger;
  fetch?: typeof fetch;
}

export interface Kontor {
  homeserverApp: Express;
  publicApp: Express;
  client: HomeserverClient;
  selfPing: SelfPing;
  inbox: InboxRepository;
  businesses: BusinessService;
}

/** Builds Kontor's two HTTP apps and the services behind them. Never listens: see main.ts. */
export function buildKontor(deps: KontorDeps, listener?: TransactionListener): Kontor {
  const { config, db, logger } = deps;
  const client = new HomeserverClient({
    baseUrl: config.homeserver.url,
    asToken: config.appservice.asToken,
    logger: logger.child({ module: "homeserver-client" }),
    fetch: deps.fetch,
  });
  const selfPing = new SelfPing({ client, appserviceId: config.appservice.id, logger: logger.child({ module: "self-ping" }) });
  const inbox = new InboxRepository(db);

  const namespaces = namespacesOf(config);
  const directoryIndex = new DirectoryIndex(db);
  const businessRepository = new BusinessRepository(db);
  const businesses = new BusinessService({
    repository: businessRepository,
    provisioner: new BusinessProvisioner({ client, logger: logger.child({ module: "provisioning" }) }),
    directory: directoryIndex,
    namespaces,
    logger: logger.child({ module: "businesses" }),
  });

  const homeserverApp = buildHomeserverApp({
    hsToken: config.appservice.hsToken,
    maxTransactionBytes: config.appservice.maxTransactionBytes,
    inbox,
    logger,
    listener,
    namespace: {
      userExists: (userId) => Promise.resolve(businessRepository.getByUserId(userId)?.setupState === "ready"),
      aliasExists: (alias) => {
        const slug = slugOfBusinessAlias(namespaces, alias);
        return Promise.resolve(slug !== undefined && businessRepository.get(slug)?.setupState === "ready");
      },
    },
  });

  const health = new HealthChecks({ client, selfPing, db, expectedSchemaVersion: migrations.length });
  const api = express.Router();
  api.use(healthRouter(health));
  api.use(directoryRouter({ index: directoryIndex, namespaces, limiter: new RateLimiter(config.http.directoryRateLimit) }));
  api.use(businessesRouter(businesses));
  api.use("/admin", requireAdminToken(config.admin.token), adminBusinessesRouter(businesses));
  api.use(apiNotFound);
  api.use(apiErrorMiddleware(logger.child({ module: "api" })));

  const publicApp = express();
  publicApp.disable("x-powered-by");
  publicApp.set("trust proxy", config.http.trustProxy);
  publicApp.use(securityHeaders(config.homeserver.url));
  publicApp.use("/api/v1", api);
  publicApp.use("/api", apiNotFound, apiErrorMiddleware(logger));
  publicApp.use(webClientRouter({ clientDir: config.http.clientDir, homeserverUrl: config.homeserver.url }));

  return { homeserverApp, publicApp, client, selfPing, inbox, businesses };
}
