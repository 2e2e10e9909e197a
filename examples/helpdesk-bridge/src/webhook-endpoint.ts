import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { EventHandler } from "./helpdesk.ts";
import { parseKontorEvent } from "./kontor-event.ts";
import type { Logger } from "./log.ts";
import type { RecentWebhookIds } from "./recent-webhook-ids.ts";
import type { ReplyQueue } from "./reply-queue.ts";
import { verifyWebhook } from "./verify.ts";

/** Where Kontor posts webhooks: register `http(s)://<bridge>/kontor/webhooks`. */
export const webhookPath = "/kontor/webhooks";

/** Kontor's webhooks are small; a larger body is not one of them. */
const maxBodyBytes = 1024 * 1024;

export interface WebhookEndpointDeps {
  secret: string;
  business: string;
  recentIds: RecentWebhookIds;
  handlers: Partial<Record<string, EventHandler>>;
  replies: ReplyQueue;
  logger: Logger;
  /** The current time in unix seconds; tests set it. */
  now?: () => number;
}

/**
 * The HTTP side: read the raw body, verify it, hand the event to its
 * handler, answer 204 at once, then send the handler's replies. Kontor
 * counts any answer but 2xx as a failure and delivers again later.
 */
export function webhookEndpoint(deps: WebhookEndpointDeps): RequestListener {
  const { logger } = deps;

  const receive = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (new URL(req.url ?? "/", "http://bridge").pathname !== webhookPath) return answer(res, 404, "not_found", `Kontor webhooks go to POST ${webhookPath}`);
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return answer(res, 405, "method_not_allowed", `Kontor webhooks go to POST ${webhookPath}`);
    }
    const body = Number(req.headers["content-length"] ?? 0) > maxBodyBytes ? undefined : await readBody(req);
    if (!body) {
      res.setHeader("connection", "close");
      return answer(res, 413, "too_large", `a webhook body is at most ${maxBodyBytes} bytes`);
    }

    const verification = verifyWebhook(req.headers, body, { secret: deps.secret, recentIds: deps.recentIds, now: deps.now });
    if (!verification.ok) {
      logger.warn("refused a webhook", { reason: verification.reason, webhookId: req.headers["webhook-id"], from: req.socket.remoteAddress });
      return answer(res, verification.status, verification.reason, verification.message);
    }
    // Handled again all the same: the handlers are idempotent, and the first time may not have got as far.
    if (verification.redelivery) logger.info("Kontor delivered a webhook again", { webhookId: verification.id });

    const event = parseKontorEvent(body.toString("utf8"));
    if (!event) return answer(res, 400, "bad_payload", "the body is not a Kontor webhook event");
    if (event.business !== deps.business) {
      // Signed with our secret, so Kontor sent it; refusing would only make Kontor retry.
      logger.warn("ignored a webhook for another business", { webhookId: verification.id, business: event.business });
      return answer(res, 204);
    }
    const handler = deps.handlers[event.type];
    const replies = handler ? handler(event, { webhookId: verification.id }) : [];
    answer(res, 204);
    for (const reply of replies) deps.replies.send(reply);
  };

  return (req, res) => {
    receive(req, res).catch((error: unknown) => {
      logger.error("handling a webhook failed; Kontor will deliver it again", { webhookId: req.headers["webhook-id"], error });
      if (!res.headersSent) answer(res, 500, "internal", "the bridge failed; Kontor will retry");
      else res.destroy();
    });
  };
}

function answer(res: ServerResponse, status: number, error?: string, message?: string): void {
  if (!error) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error, message }));
}

/** The raw body, or undefined when it grows too large (reading stops there). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
