import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { helpdeskHandlers } from "./helpdesk.ts";
import { KontorApi } from "./kontor-api.ts";
import { createLogger, type Logger } from "./log.ts";
import { RecentWebhookIds } from "./recent-webhook-ids.ts";
import { ReplyQueue } from "./reply-queue.ts";
import { TicketBook } from "./tickets.ts";
import { webhookEndpoint, webhookPath } from "./webhook-endpoint.ts";

export interface BridgeOptions {
  /** Kontor's public URL, e.g. http://127.0.0.1:8080. */
  kontorApiUrl: string;
  /** A write API key of the business: `kk_...`. */
  apiKey: string;
  /** The business's slug. */
  business: string;
  /** The webhook's secret: `whsec_...`. */
  webhookSecret: string;
  /** 3000 unless given; 0 lets the system choose a free port. */
  port?: number;
  /** 127.0.0.1 unless given. */
  host?: string;
  logger?: Logger;
  /** Pauses before retrying a reply Kontor did not take; see ReplyQueue. */
  replyRetryDelaysMs?: readonly number[];
}

export interface RunningBridge {
  server: Server;
  /** The URL to register as the webhook's `url`. */
  webhookUrl: string;
  tickets: TicketBook;
  /** Resolves when every reply handed over so far was sent or given up (tests wait on it). */
  repliesSent(): Promise<void>;
  /** Stops listening, then waits for the replies being sent. */
  close(): Promise<void>;
}

/** Builds the bridge and listens; `main.ts` calls it with the environment's settings, tests with their own. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const logger = options.logger ?? createLogger("helpdesk-bridge");
  const tickets = new TicketBook();
  const api = new KontorApi({ baseUrl: options.kontorApiUrl.replace(/\/+$/, ""), apiKey: options.apiKey, business: options.business });
  const replies = new ReplyQueue({ api, logger: logger.child("replies"), retryDelaysMs: options.replyRetryDelaysMs });
  const server = createServer(
    webhookEndpoint({
      secret: options.webhookSecret,
      business: options.business,
      recentIds: new RecentWebhookIds(),
      handlers: helpdeskHandlers(tickets, logger.child("tickets")),
      replies,
      logger: logger.child("webhooks"),
    }),
  );

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    server,
    webhookUrl: `http://${urlHost}:${port}${webhookPath}`,
    tickets,
    repliesSent: () => replies.idle(),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await replies.close();
    },
  };
}
