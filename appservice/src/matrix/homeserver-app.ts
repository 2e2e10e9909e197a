import express, { type NextFunction, type Request, type Response } from "express";
import { randomUUID } from "node:crypto";
import { KontorError, errorTable } from "../errors/codes.ts";
import { readJsonBody } from "../http/json-body.ts";
import { bearerToken, secretsEqual } from "../http/secrets.ts";
import type { Logger } from "../logging/logger.ts";
import type { InboxRepository } from "../store/inbox-repository.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { transactionIdSchema, transactionSchema, type EphemeralEvent } from "./transaction-schema.ts";
import type { TransactionGaps } from "./transaction-gaps.ts";
import { transactionNumber } from "../store/inbox-repository.ts";

export interface TransactionListener {
  /** Called after a transaction's events are durably stored (not for replays). */
  eventsStored(count: number): void;
  /** Typing and receipts; best effort, never stored. */
  ephemeral(events: readonly EphemeralEvent[]): void;
}

export interface HomeserverAppDeps {
  hsToken: string;
  maxTransactionBytes: number;
  inbox: InboxRepository;
  logger: Logger;
  listener?: TransactionListener;
  /** Watches transaction numbers for gaps the homeserver left (see transaction-gaps.ts). */
  gaps?: TransactionGaps;
  /** Answers the homeserver's questions about users and aliases in Kontor's namespaces. */
  namespace?: { userExists(userId: string): Promise<boolean>; aliasExists(alias: string): Promise<boolean> };
  /** Records pings the homeserver sends, so a self-ping can be traced end to end. */
  onPing?: (transactionId: string | undefined) => void;
}

type Handler = (req: Request, res: Response) => Promise<void> | void;

/** Express 5 forwards rejected promises to the error middleware. */
const route = (handler: Handler) => (req: Request, res: Response) => handler(req, res);

/**
 * The HTTP API the homeserver calls (the application service API). Every
 * request must carry the hs_token; a transaction is acknowledged only after
 * its events are committed to the store.
 */
export function buildHomeserverApp(deps: HomeserverAppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  const logger = deps.logger.child({ module: "homeserver-api" });

  app.use((req: Request, _res: Response, next: NextFunction) => {
    const presented = bearerToken(req.headers.authorization) ?? queryToken(req);
    if (!secretsEqual(presented, deps.hsToken)) {
      next(new KontorError("forbidden", presented ? "the hs_token does not match" : "an hs_token is required"));
      return;
    }
    next();
  });

  app.put(
    "/_matrix/app/v1/transactions/:txnId",
    route(async (req, res) => {
      const txnId = transactionIdSchema.safeParse(req.params.txnId);
      if (!txnId.success) throw new KontorError("invalid_request", "the transaction ID is empty or too long");
      const body = await readJsonBody(req, { limit: deps.maxTransactionBytes });
      const parsed = transactionSchema.safeParse(body);
      if (!parsed.success) {
        throw new KontorError("bad_json", `malformed transaction: ${describeIssues(parsed.error.issues).slice(0, 5).join("; ")}`);
      }
      const { events } = parsed.data;
      const number = transactionNumber(txnId.data);
      if (number !== undefined && deps.gaps?.shouldNudge()) {
        // Refusing one transaction puts Synapse into recovery, which sends
        // its oldest unsent transaction (the missing one) first.
        logger.warn("refusing a transaction once so the homeserver resends the missing one", { txnId: txnId.data });
        throw new KontorError("unavailable", "an earlier transaction is missing; please resend from the oldest unsent one");
      }
      const result = deps.inbox.recordTransaction(txnId.data, events);
      if (number !== undefined) deps.gaps?.record(number);
      if (result.duplicate) {
        logger.debug("replayed transaction ignored", { txnId: txnId.data });
      } else {
        logger.debug("transaction stored", { txnId: txnId.data, events: events.length, stored: result.stored });
        if (result.stored > 0) deps.listener?.eventsStored(result.stored);
      }
      res.json({});
      const ephemeral = parsed.data.ephemeral ?? parsed.data["de.sorunome.msc2409.ephemeral"] ?? [];
      if (!result.duplicate && ephemeral.length > 0) deps.listener?.ephemeral(ephemeral);
    }),
  );

  app.post(
    "/_matrix/app/v1/ping",
    route(async (req, res) => {
      const body = await readJsonBody(req, { limit: 4096 });
      const transactionId =
        typeof body === "object" && body !== null && typeof (body as Record<string, unknown>).transaction_id === "string"
          ? String((body as Record<string, unknown>).transaction_id)
          : undefined;
      logger.debug("ping from the homeserver", { transactionId });
      deps.onPing?.(transactionId);
      res.json({});
    }),
  );

  // Kontor creates its users and rooms when businesses and conversations are
  // created; here it only confirms the ones it knows.
  app.get(
    "/_matrix/app/v1/users/:userId",
    route(async (req, res) => {
      if (await deps.namespace?.userExists(String(req.params.userId))) res.json({});
      else res.status(404).json({ errcode: "M_NOT_FOUND", error: "no such user in Kontor's namespace" });
    }),
  );
  app.get(
    "/_matrix/app/v1/rooms/:alias",
    route(async (req, res) => {
      if (await deps.namespace?.aliasExists(String(req.params.alias))) res.json({});
      else res.status(404).json({ errcode: "M_NOT_FOUND", error: "no such room alias in Kontor's namespace" });
    }),
  );

  app.use((req: Request, _res: Response, next: NextFunction) => {
    next(new KontorError("unrecognized", `unrecognized request: ${req.method} ${req.path}`));
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const kontorError = error instanceof KontorError ? error : undefined;
    if (!kontorError) {
      const incident = randomUUID();
      logger.error("request failed", { incident, method: req.method, path: req.path, error });
      res.status(500).json({ errcode: "M_UNKNOWN", error: `internal error (incident ${incident})` });
      return;
    }
    if (kontorError.status >= 500) logger.error(kontorError.message, { path: req.path });
    else logger.debug("request refused", { path: req.path, code: kontorError.code, reason: kontorError.message });
    res.status(kontorError.status).json({ errcode: errorTable[kontorError.code].errcode, error: kontorError.message });
  });

  return app;
}

function queryToken(req: Request): string | undefined {
  const token = req.query.access_token;
  return typeof token === "string" ? token : undefined;
}
