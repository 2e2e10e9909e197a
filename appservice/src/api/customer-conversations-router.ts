import { randomUUID } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { requireSession, sessionUser } from "../auth/session-auth.ts";
import type { SessionRepository } from "../auth/session-repository.ts";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import type { ConversationRepository } from "../conversations/conversation-repository.ts";
import type { ConversationStarter } from "../conversations/conversation-starter.ts";
import type { Conversation } from "../conversations/conversation.ts";
import { KontorError } from "../errors/codes.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import { slugSchema } from "../businesses/profile.ts";
import { jsonBody } from "./request-body.ts";

export interface CustomerConversationsDeps {
  sessions: SessionRepository;
  businesses: BusinessRepository;
  conversations: ConversationRepository;
  starter: ConversationStarter;
  client: HomeserverClient;
}

const startBody = z.object({ business: slugSchema }).strict();

/** The signed-in customer's conversations: list them, and start (or reuse) one with a business. */
export function customerConversationsRouter(deps: CustomerConversationsDeps): Router {
  const router = Router();
  router.use("/me/conversations", requireSession(deps.sessions));

  const view = (conversation: Conversation) => {
    const business = deps.businesses.get(conversation.businessSlug);
    return {
      id: conversation.id,
      room_id: conversation.customerRoomId ?? null,
      status: conversation.status,
      business: business ? { slug: business.profile.slug, name: business.profile.name, mxid: business.userId, logo: business.profile.logo ?? null } : null,
      last_message_preview: conversation.lastMessagePreview ?? null,
      updated_at: new Date(conversation.updatedAt).toISOString(),
    };
  };

  router.get("/me/conversations", (_req, res) => {
    res.json({ conversations: deps.conversations.ofCustomer(sessionUser(res)).map(view) });
  });

  router.post("/me/conversations", jsonBody(1024), async (req, res) => {
    const customerId = sessionUser(res);
    const parsed = startBody.safeParse(req.body);
    if (!parsed.success) throw new KontorError("invalid_request", "business: give the slug of the business to write to");
    const business = deps.businesses.get(parsed.data.business);
    if (!business || business.setupState !== "ready") throw new KontorError("not_found", `no business "${parsed.data.business}"`);
    if (business.profile.status !== "active") throw new KontorError("conflict", `${business.profile.name} is not accepting messages at the moment`);

    // Reuse the customer's conversation with this business while they are still in its room.
    const latest = deps.conversations.latestOf(business.profile.slug, customerId);
    if (latest?.customerRoomId && latest.setupState === "active") {
      const member = await new UserIntent(deps.client, business.userId).getState<{ membership?: string }>(latest.customerRoomId, "m.room.member", customerId);
      if (member?.membership === "join" || member?.membership === "invite") {
        res.json({ ...view(latest), created: false });
        return;
      }
    }
    const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"].slice(0, 100) : randomUUID();
    const started = await deps.starter.start({ business, customerId, origin: "api", startKey: `api:${customerId}:${business.profile.slug}:${key}` });
    res.status(201).json({ ...view(started), created: true });
  });

  return router;
}
