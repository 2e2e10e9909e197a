import { Router, type Request, type Response } from "express";
import { z } from "zod";
import type { BusinessRepository } from "../businesses/business-repository.ts";
import type { BusinessReplies } from "../conversations/business-replies.ts";
import { conversationStatuses, type Conversation } from "../conversations/conversation.ts";
import type { ConversationRepository } from "../conversations/conversation-repository.ts";
import type { ConversationService } from "../conversations/conversation-service.ts";
import type { MessageRepository } from "../conversations/message-repository.ts";
import { conversationJson, messageJson } from "../conversations/views.ts";
import { KontorError } from "../errors/codes.ts";
import { parseRequest } from "../validation/parse-request.ts";
import { type AccessMethod, resolveAccess } from "./business-access.ts";
import { jsonBody } from "./request-body.ts";
import type { IdempotencyStore } from "../integrations/idempotency.ts";

export interface BusinessConversationsDeps {
  access: readonly AccessMethod[];
  businesses: BusinessRepository;
  conversations: ConversationRepository;
  service: ConversationService;
  messages: MessageRepository;
  replies: BusinessReplies;
  idempotency: IdempotencyStore;
}

const parse = parseRequest;

const mxid = z.string().regex(/^@[^\s:]+:[^\s]+$/, "must be a Matrix user ID");
const listQuery = z
  .object({
    status: z.enum(conversationStatuses).optional(),
    assignee: z.union([mxid, z.literal("none")]).optional(),
    label: z.string().max(32).optional(),
    updated_since: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(200).optional(),
  })
  .strict();
const messagesQuery = z.object({ after: z.coerce.number().int().min(0).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();
const textBody = z.object({ body: z.string().trim().min(1, "must not be empty").max(10_000), agent: z.string().trim().min(1).max(100).optional() }).strict();
const patchBody = z
  .object({
    status: z.enum(conversationStatuses).optional(),
    snoozed_until: z.iso.datetime({ offset: true }).optional(),
    assignee: mxid.nullable().optional(),
    labels: z.array(z.string()).max(20).optional(),
  })
  .strict()
  .refine((body) => body.status !== "snoozed" || body.snoozed_until !== undefined, { message: "snoozed_until is required when status is snoozed", path: ["snoozed_until"] });

function encodeCursor(conversation: Conversation): string {
  return Buffer.from(JSON.stringify({ u: conversation.updatedAt, i: conversation.id })).toString("base64url");
}

function decodeCursor(cursor: string): { updatedAt: number; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { u?: unknown; i?: unknown };
    if (typeof value.u === "number" && typeof value.i === "string") return { updatedAt: value.u, id: value.i };
  } catch {
    // fall through
  }
  throw new KontorError("invalid_request", "cursor: not a cursor from this API; start again without one");
}

/** A business's conversations through the REST API: list, read, reply, note, change. */
export function businessConversationsRouter(deps: BusinessConversationsDeps): Router {
  const router = Router();

  const conversationOf = (req: Request, slug: string): Conversation => {
    const conversation = deps.conversations.get(String(req.params.id));
    if (!conversation || conversation.businessSlug !== slug || conversation.setupState !== "active") {
      throw new KontorError("not_found", `no conversation "${String(req.params.id)}" in "${slug}"`);
    }
    return conversation;
  };
  const businessOf = (slug: string) => {
    const business = deps.businesses.get(slug);
    if (!business) throw new KontorError("not_found", `no business "${slug}"`);
    return business;
  };

  router.get("/businesses/:slug/conversations", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    const query = parse(listQuery, req.query);
    const page = deps.conversations.list({
      businessSlug: access.slug,
      status: query.status,
      assignee: query.assignee === "none" ? null : query.assignee,
      label: query.label,
      updatedSince: query.updated_since ? Date.parse(query.updated_since) : undefined,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: query.limit + 1,
    });
    const more = page.length > query.limit;
    const shown = page.slice(0, query.limit);
    res.json({
      conversations: shown.map(conversationJson),
      counts: deps.conversations.counts(access.slug, access.actor),
      next_cursor: more ? encodeCursor(shown.at(-1) as Conversation) : null,
    });
  });

  router.get("/businesses/:slug/conversations/:id", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    res.json(conversationJson(conversationOf(req, access.slug)));
  });

  router.get("/businesses/:slug/conversations/:id/messages", (req, res) => {
    const access = resolveAccess(deps.access, req, res);
    const conversation = conversationOf(req, access.slug);
    const query = parse(messagesQuery, req.query);
    const page = deps.messages.list(conversation.id, { afterSeq: query.after, limit: query.limit + 1, includeNotes: true });
    const more = page.length > query.limit;
    const shown = page.slice(0, query.limit);
    res.json({ messages: shown.map(messageJson), next_after: more ? (shown.at(-1)?.seq ?? null) : null });
  });

  const write = (kind: "reply" | "note") => async (req: Request, res: Response) => {
    const access = resolveAccess(deps.access, req, res, { write: true });
    const conversation = conversationOf(req, access.slug);
    const body = parse(textBody, req.body);
    const idempotencyKey = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : undefined;
    if (idempotencyKey) {
      const start = deps.idempotency.begin(access.slug, `${kind}:${conversation.id}:${idempotencyKey}`, body);
      if (start.kind === "replay") {
        res.status(start.status).setHeader("idempotent-replayed", "true").json(start.body);
        return;
      }
    }
    const request = { body: body.body, agent: body.agent ?? (access.actor.startsWith("@") ? access.actor : undefined), idempotencyKey };
    const business = businessOf(access.slug);
    const message = kind === "reply" ? await deps.replies.reply(conversation, business, request) : await deps.replies.note(conversation, business, request);
    const answer = messageJson(message);
    if (idempotencyKey) deps.idempotency.finish(access.slug, `${kind}:${conversation.id}:${idempotencyKey}`, 201, answer);
    res.status(201).json(answer);
  };
  router.post("/businesses/:slug/conversations/:id/messages", jsonBody(), write("reply"));
  router.post("/businesses/:slug/conversations/:id/notes", jsonBody(), write("note"));

  router.patch("/businesses/:slug/conversations/:id", jsonBody(), async (req, res) => {
    const access = resolveAccess(deps.access, req, res, { write: true });
    const conversation = conversationOf(req, access.slug);
    const body = parse(patchBody, req.body);
    if (body.assignee && !deps.businesses.staffRole(access.slug, body.assignee)) {
      throw new KontorError("invalid_request", `assignee: ${body.assignee} is not staff of "${access.slug}"`);
    }
    let updated = conversation;
    if (body.status === "snoozed") updated = await deps.service.snooze(conversation.id, Date.parse(body.snoozed_until as string));
    else if (body.status) updated = await deps.service.setStatus(conversation.id, body.status);
    if (body.assignee !== undefined) updated = await deps.service.assign(conversation.id, body.assignee ?? undefined);
    if (body.labels) updated = await deps.service.setLabels(conversation.id, () => body.labels as string[]);
    res.json(conversationJson(updated));
  });

  return router;
}
