import type { DeliveryAttempt } from "../api/webhooks.ts";

/**
 * How a delivery attempt went, in the receiver's own terms: its HTTP status,
 * or what kept an answer from arriving ("connect ECONNREFUSED ...").
 */
export function attemptOutcome(attempt: Pick<DeliveryAttempt, "statusCode" | "error">): { ok: boolean; text: string } {
  const ok = attempt.error === null && attempt.statusCode !== null && attempt.statusCode >= 200 && attempt.statusCode < 300;
  if (attempt.error) return { ok, text: attempt.error };
  return { ok, text: attempt.statusCode === null ? "—" : `HTTP ${attempt.statusCode}` };
}

/** "34 ms", "1.2 s" ("1,2 s" in German): SI symbols read the same in every language. */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return `${new Intl.NumberFormat(locale).format(Math.round(ms))} ms`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

/** "14:02:07": attempts seconds apart need the seconds. */
export function formatTimeWithSeconds(instant: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone }).format(instant);
}
