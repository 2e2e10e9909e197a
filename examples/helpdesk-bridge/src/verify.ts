import { createHmac, timingSafeEqual } from "node:crypto";
import type { RecentWebhookIds } from "./recent-webhook-ids.ts";

/** How far a webhook's timestamp may be from our clock, either way: 5 minutes, as Standard Webhooks suggests. */
export const toleranceSeconds = 5 * 60;

export type VerificationFailure = "missing_headers" | "malformed_timestamp" | "bad_signature" | "stale" | "future" | "replayed";

export type Verification =
  | { ok: true; id: string; timestamp: number; redelivery: boolean }
  | { ok: false; status: 400 | 401; reason: VerificationFailure; message: string };

export interface VerifyOptions {
  /** The webhook's secret: `whsec_` and the base64 of the HMAC key. */
  secret: string;
  recentIds: RecentWebhookIds;
  /** The current time in unix seconds; tests set it. */
  now?: () => number;
}

type Headers = Record<string, string | string[] | undefined>;

const failure = (status: 400 | 401, reason: VerificationFailure, message: string): Verification => ({ ok: false, status, reason, message });

/**
 * Checks that a webhook comes from Kontor, now, for the first time
 * (Standard Webhooks, https://www.standardwebhooks.com):
 *
 *  - `webhook-signature` holds one or more space-separated `v1,<base64>`
 *    signatures (several while a secret is being rotated); one must be the
 *    HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`,
 *    compared in constant time;
 *  - `webhook-timestamp` (unix seconds) is within 5 minutes of our clock;
 *  - the request was not accepted before (see RecentWebhookIds).
 *
 * `body` must be the raw bytes as received: parsing and serialising JSON
 * again changes them and breaks the signature.
 */
export function verifyWebhook(headers: Headers, body: Buffer | string, options: VerifyOptions): Verification {
  const id = headerOf(headers, "webhook-id");
  const timestampText = headerOf(headers, "webhook-timestamp");
  const signatures = headerOf(headers, "webhook-signature");
  if (!id || !timestampText || !signatures) {
    const missing = (["webhook-id", "webhook-timestamp", "webhook-signature"] as const).filter((name) => !headerOf(headers, name));
    return failure(400, "missing_headers", `missing ${missing.join(", ")}: not a Kontor webhook`);
  }
  if (!/^\d{1,15}$/.test(timestampText)) return failure(400, "malformed_timestamp", "webhook-timestamp must be unix seconds");

  const timestamp = Number(timestampText);
  const now = Math.floor(options.now?.() ?? Date.now() / 1000);
  if (timestamp < now - toleranceSeconds) return failure(401, "stale", `webhook-timestamp is more than ${toleranceSeconds} s old`);
  if (timestamp > now + toleranceSeconds) return failure(401, "future", `webhook-timestamp is more than ${toleranceSeconds} s in the future`);

  const expected = Buffer.from(sign(options.secret, id, timestampText, body));
  const matches = signatures
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    // timingSafeEqual wants equal lengths; a signature's length is no secret.
    .some((entry) => {
      const candidate = Buffer.from(entry.slice("v1,".length));
      return candidate.length === expected.length && timingSafeEqual(candidate, expected);
    });
  if (!matches) return failure(401, "bad_signature", "no valid v1 signature: the secret is wrong or the request was changed");

  // Only signed requests are remembered, so forged ones cannot crowd out real IDs.
  const sighting = options.recentIds.record(id, timestamp);
  if (sighting === "replay") return failure(401, "replayed", "this request was received before");
  return { ok: true, id, timestamp, redelivery: sighting === "redelivery" };
}

function sign(secret: string, id: string, timestamp: string, body: Buffer | string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest("base64");
}

function headerOf(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
