import express, { type Express } from "express";
import { requireAdminToken } from "./api/admin-auth.ts";
import { adminBusinessesRouter } from "./api/admin-businesses-router.ts";
import { adminSettingsRouter } from "./api/admin-settings-router.ts";
import { adminApiKeysRouter } from "./api/admin-api-keys-router.ts";
import { apiKeyAccess, sessionAccess } from "./api/business-access.ts";
import { integrationsRouter } from "./api/integrations-router.ts";
import { ApiKeyRepository } from "./integrations/api-keys.ts";
import { IdempotencyStore } from "./integrations/idempotency.ts";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher.ts";
import { WebhookEvents } from "./webhooks/webhook-events.ts";
import { WebhookRepository } from "./webhooks/webhook-repository.ts";
import { UserIntent } from "./matrix/user-intent.ts";
import { businessConversationsRouter } from "./api/business-conversations-router.ts";
import { businessSettingsRouter } from "./api/business-settings-router.ts";
import { businessesRouter } from "./api/businesses-router.ts";
import { clientConfigRouter } from "./api/client-config-router.ts";
import { customerConversationsRouter } from "./api/customer-conversations-router.ts";
import { sessionRouter } from "./api/session-router.ts";
import { SessionRepository } from "./auth/session-repository.ts";
import { BusinessReplies } from "./conversations/business-replies.ts";
import { CannedReplyRepository } from "./conversations/canned-replies.ts";
import { guardedFetch } from "./http/ssrf-guard.ts";
import { directoryRouter } from "./api/directory-router.ts";
import { apiErrorMiddleware, apiNotFound } from "./api/errors.ts";
import { loadOpenApiOperations, validateAgainstOpenApi } from "./api/openapi-validator.ts";
import { jsonBodies } from "./api/request-body.ts";
import { HealthChecks } from "./api/health-checks.ts";
import { healthRouter } from "./api/health-router.ts";
import { BusinessRepository } from "./businesses/business-repository.ts";
import { BusinessService } from "./businesses/business-service.ts";
import { namespacesOf, slugOfBusinessAlias } from "./businesses/identifiers.ts";
import { BusinessProvisioner } from "./businesses/provisioning.ts";
import type { KontorConfig } from "./config/schema.ts";
import { closeConversationsOf } from "./conversations/conversation-closer.ts";
import { applyStaffChange } from "./conversations/staff-membership.ts";
import { ConversationRepository } from "./conversations/conversation-repository.ts";
import { ConversationService } from "./conversations/conversation-service.ts";
import { ConversationStarter } from "./conversations/conversation-starter.ts";
import { MessageRepository } from "./conversations/message-repository.ts";
import { SettingsRepository } from "./conversations/settings-repository.ts";
import { StaffRooms } from "./conversations/staff-room.ts";
import { DirectoryIndex } from "./directory/search-index.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { securityHeaders, webClientRouter } from "./http/web-client.ts";
import type { Logger } from "./logging/logger.ts";
import { EventProcessor } from "./matrix/event-processor.ts";
import { HomeserverAdmin } from "./matrix/homeserver-admin.ts";
import { buildHomeserverApp } from "./matrix/homeserver-app.ts";
import { HomeserverClient } from "./matrix/homeserver-client.ts";
import { TransactionGaps } from "./matrix/transaction-gaps.ts";
import { SelfPing } from "./matrix/self-ping.ts";
import { CustomerRoomHandler } from "./relay/customer-room-handler.ts";
import { EphemeralRelay } from "./relay/ephemeral-relay.ts";
import { EventDispatcher } from "./relay/event-dispatcher.ts";
import type { RelayDeps } from "./relay/relay-deps.ts";
import { RelayedEventRepository } from "./relay/relayed-events.ts";
import { RelaySender } from "./relay/relay-sender.ts";
import { StaffRoomHandler } from "./relay/staff-room-handler.ts";
import type { SqliteDatabase } from "./store/database.ts";
import { InboxRepository } from "./store/inbox-repository.ts";
import { migrations } from "./store/migrations/index.ts";

export interface KontorDeps {
  config: KontorConfig;
  db: SqliteDatabase;
  logger: Logger;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface Kontor {
  homeserverApp: Express;
  publicApp: Express;
  client: HomeserverClient;
  selfPing: SelfPing;
  inbox: InboxRepository;
  processor: EventProcessor;
  businesses: BusinessService;
  conversations: ConversationService;
  webhookDispatcher: WebhookDispatcher;
}

/** Builds Kontor: its services, the event processor and the two HTTP apps. Never listens: see main.ts. */
export function buildKontor(deps: KontorDeps): Kontor {
  const { config, db, logger } = deps;
  const now = deps.now ?? Date.now;
  const client = new HomeserverClient({
    baseUrl: config.homeserver.url,
    asToken: config.appservice.asToken,
    logger: logger.child({ module: "homeserver-client" }),
    fetch: deps.fetch,
  });
  const homeserverAdmin = new HomeserverAdmin({
    client,
    registrationSharedSecret: config.homeserver.registrationSharedSecret,
    logger: logger.child({ module: "homeserver-admin" }),
  });
  const namespaces = namespacesOf(config);
  const selfPing = new SelfPing({ client, appserviceId: config.appservice.id, logger: logger.child({ module: "self-ping" }) });
  const inbox = new InboxRepository(db);
  const gaps = new TransactionGaps({ startAfter: inbox.highestTransactionNumber(), logger: logger.child({ module: "transaction-gaps" }) });
  const businessRepository = new BusinessRepository(db);
  const conversationRepository = new ConversationRepository(db);
  const directoryIndex = new DirectoryIndex(db);

  const businesses = new BusinessService({
    repository: businessRepository,
    provisioner: new BusinessProvisioner({ client, logger: logger.child({ module: "provisioning" }) }),
    directory: directoryIndex,
    namespaces,
    logger: logger.child({ module: "businesses" }),
    beforeDelete: (record) => closeConversationsOf(record, { client, conversations: conversationRepository, logger }),
    purgeRoom: (roomId) => homeserverAdmin.purgeRoom(roomId),
    staffChanged: (record, userId, change) => applyStaffChange(record, userId, change, { client, conversations: conversationRepository, logger }),
  });

  const staffRooms = new StaffRooms(client, namespaces);
  const conversations = new ConversationService({
    conversations: conversationRepository,
    businesses: businessRepository,
    staffRooms,
    logger: logger.child({ module: "conversations" }),
    now,
    atomic: (work) => db.transaction(work)(),
  });
  const settings = new SettingsRepository(db);
  const messages = new MessageRepository(db);
  const relayed = new RelayedEventRepository(db);
  const webhooks = new WebhookRepository(db);
  const webhookDispatcher = new WebhookDispatcher({
    webhooks,
    fetcher: guardedFetch({ cidrs: config.outbound.allowedPrivateNetworks }),
    logger: logger.child({ module: "webhooks" }),
    retryScheduleSeconds: config.webhooks.retryScheduleSeconds,
    timeoutMs: config.webhooks.timeoutSeconds * 1000,
    onDisabled: async (webhook, reason) => {
      const business = businessRepository.get(webhook.businessSlug);
      if (!business?.staffSpaceId) return;
      const text = `⚠ Kontor turned off the webhook ${webhook.url}: ${reason}. Fix the endpoint, then turn the webhook on again in the business settings or with PATCH /api/v1/businesses/${webhook.businessSlug}/webhooks/${webhook.id}.`;
      await new UserIntent(client, business.userId).sendEvent(business.staffSpaceId, "m.room.message", { msgtype: "m.notice", body: text }, `kontor.webhook-off.${webhook.id}.${Date.now()}`);
    },
  });
  const webhookEvents = new WebhookEvents(webhooks, (id) => conversationRepository.get(id), () => webhookDispatcher.wake(), now);
  conversations.onChange((change) => webhookEvents.conversationChanged(change));
  messages.onInsert((message) => webhookEvents.messageCreated(message));
  const starter = new ConversationStarter({
    client,
    namespaces,
    businesses: businessRepository,
    conversations: conversationRepository,
    service: conversations,
    staffRooms,
    settings,
    messages,
    logger: logger.child({ module: "conversation-start" }),
    now,
  });
  const relayDeps: RelayDeps = {
    client,
    namespaces,
    businesses: businessRepository,
    conversations: conversationRepository,
    service: conversations,
    starter,
    relayed,
    sender: new RelaySender(client, relayed),
    messages,
    settings,
    logger: logger.child({ module: "relay" }),
    publicUrl: config.http.publicUrl,
    now,
  };
  const dispatcher = new EventDispatcher(relayDeps, {
    customerRooms: new CustomerRoomHandler(relayDeps),
    staffRooms: new StaffRoomHandler(relayDeps),
  });
  const processor = new EventProcessor({
    inbox,
    handle: (event, context) => dispatcher.handle(event, context),
    releasedUpTo: () => gaps.releasedUpTo(),
    logger: logger.child({ module: "event-processor" }),
  });
  const ephemeral = new EphemeralRelay(relayDeps);

  const homeserverApp = buildHomeserverApp({
    hsToken: config.appservice.hsToken,
    maxTransactionBytes: config.appservice.maxTransactionBytes,
    inbox,
    gaps,
    logger,
    listener: { eventsStored: () => processor.wake(), ephemeral: (events) => ephemeral.handle(events) },
    namespace: {
      userExists: (userId) => Promise.resolve(businessRepository.getByUserId(userId)?.setupState === "ready"),
      aliasExists: (alias) => {
        const slug = slugOfBusinessAlias(namespaces, alias);
        return Promise.resolve(slug !== undefined && businessRepository.get(slug)?.setupState === "ready");
      },
    },
  });

  const apiKeys = new ApiKeyRepository(db);
  const health = new HealthChecks({ client, selfPing, db, expectedSchemaVersion: migrations.length });
  const api = express.Router();
  api.use(jsonBodies(), validateAgainstOpenApi(loadOpenApiOperations()));
  api.use(healthRouter(health));
  api.use(directoryRouter({ index: directoryIndex, namespaces, limiter: new RateLimiter(config.http.directoryRateLimit) }));
  api.use(businessesRouter(businesses));
  const homeserverPublicUrl = config.homeserver.publicUrl ?? config.homeserver.url;
  api.use(clientConfigRouter({ homeserver: { serverName: config.homeserver.serverName, publicUrl: homeserverPublicUrl }, businesses: businessRepository, client }));
  const sessions = new SessionRepository(db);
  const remoteFetch = guardedFetch({ cidrs: config.outbound.allowedPrivateNetworks });
  api.use(
    sessionRouter({
      sessions,
      businesses: businessRepository,
      verifier: { own: { serverName: config.homeserver.serverName, url: config.homeserver.url }, localFetch: deps.fetch ?? fetch, remoteFetch },
      limiter: new RateLimiter({ burst: 20, perSecond: 1 }),
    }),
  );
  api.use(customerConversationsRouter({ sessions, businesses: businessRepository, conversations: conversationRepository, starter, client }));
  const access = [sessionAccess(sessions, businessRepository), apiKeyAccess(apiKeys, new RateLimiter(config.api.keyRateLimit))];
  api.use(
    businessConversationsRouter({
      access,
      businesses: businessRepository,
      conversations: conversationRepository,
      service: conversations,
      messages,
      replies: new BusinessReplies({ client, service: conversations, messages, settings, relayed, now }),
      idempotency: new IdempotencyStore(db),
    }),
  );
  api.use(
    integrationsRouter({ access, apiKeys, webhooks, allowedPrivateNetworks: config.outbound.allowedPrivateNetworks, wakeDeliveries: () => webhookDispatcher.wake() }),
  );
  api.use(businessSettingsRouter({ access, businesses, repository: businessRepository, settings, cannedReplies: new CannedReplyRepository(db) }));
  api.use("/admin", requireAdminToken(config.admin.token), adminBusinessesRouter(businesses), adminSettingsRouter(businesses, settings), adminApiKeysRouter(businesses, apiKeys));
  api.use(apiNotFound);
  api.use(apiErrorMiddleware(logger.child({ module: "api" })));

  const publicApp = express();
  publicApp.disable("x-powered-by");
  publicApp.set("trust proxy", config.http.trustProxy);
  publicApp.use(securityHeaders(homeserverPublicUrl));
  publicApp.use("/api/v1", api);
  publicApp.use("/api", apiNotFound, apiErrorMiddleware(logger));
  publicApp.use(webClientRouter({ clientDir: config.http.clientDir, homeserverUrl: homeserverPublicUrl }));

  return { homeserverApp, publicApp, client, selfPing, inbox, processor, businesses, conversations, webhookDispatcher };
}
