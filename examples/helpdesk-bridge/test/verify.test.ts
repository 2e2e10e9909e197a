import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook } from "../../../appservice/src/webhooks/signing.ts";
import { RecentWebhookIds } from "../src/recent-webhook-ids.ts";
import { toleranceSeconds, verifyWebhook, type Verification } from "../src/verify.ts";
import { eventBody, newSecret, signature } from "./signed-webhook.ts";

const { secret, key } = newSecret();
const now = 1_750_000_000;
const body = eventBody("message.created");

const headersOf = (id: string, timestamp: number | string, signatures: string) => ({
  "webhook-id": id,
  "webhook-timestamp": String(timestamp),
  "webhook-signature": signatures,
});
const verify = (headers: Record<string, string | undefined>, payload = body, recentIds = new RecentWebhookIds()): Verification =>
  verifyWebhook(headers, Buffer.from(payload), { secret, recentIds, now: () => now });
const signed = (id = "msg_1", timestamp = now, payload = body) => headersOf(id, timestamp, signature(key, id, timestamp, payload));

describe("verifying a webhook", () => {
  it("accepts a webhook signed with the secret, just sent", () => {
    expect(verify(signed())).toEqual({ ok: true, id: "msg_1", timestamp: now, redelivery: false });
  });

  it("accepts what Kontor's own signing code produces, byte for byte on non-ASCII bodies", () => {
    const kontorSecret = newWebhookSecret();
    const headers = headersOf("msg_kontor", now, signWebhook(kontorSecret, "msg_kontor", now, body));
    const result = verifyWebhook(headers, Buffer.from(body, "utf8"), { secret: kontorSecret, recentIds: new RecentWebhookIds(), now: () => now });
    expect(result.ok).toBe(true);
  });

  describe("refuses a forged webhook with 401", () => {
    const forgeries: [string, Record<string, string>, string?][] = [
      ["signed with another secret", headersOf("msg_1", now, signature(newSecret().key, "msg_1", now, body))],
      ["with a changed body", signed(), body.replace("commande", "facture")],
      ["with a changed webhook-id", { ...signed("msg_1"), "webhook-id": "msg_2" }],
      ["with a changed webhook-timestamp", { ...signed("msg_1", now), "webhook-timestamp": String(now - 1) }],
      ["with a truncated signature", headersOf("msg_1", now, signature(key, "msg_1", now, body).slice(0, -4))],
      ["with the right signature under another version", headersOf("msg_1", now, signature(key, "msg_1", now, body).replace("v1,", "v2,"))],
      ["with a signature that is not one", headersOf("msg_1", now, "trust-me")],
    ];
    it.each(forgeries)("%s", (_case, headers, payload) => {
      expect(verify(headers, payload)).toMatchObject({ ok: false, status: 401, reason: "bad_signature" });
    });
  });

  it("refuses a webhook signed more than 5 minutes ago, or more than 5 minutes ahead", () => {
    expect(verify(signed("msg_old", now - toleranceSeconds - 1))).toMatchObject({ ok: false, status: 401, reason: "stale" });
    expect(verify(signed("msg_ahead", now + toleranceSeconds + 1))).toMatchObject({ ok: false, status: 401, reason: "future" });
    expect(verify(signed("msg_edge", now - toleranceSeconds)).ok).toBe(true);
    expect(verify(signed("msg_skew", now + 30)).ok).toBe(true);
  });

  it("refuses the same request a second time (a replay)", () => {
    const recentIds = new RecentWebhookIds();
    expect(verify(signed(), body, recentIds).ok).toBe(true);
    expect(verify(signed(), body, recentIds)).toMatchObject({ ok: false, status: 401, reason: "replayed" });
  });

  it("accepts Kontor's redelivery of a webhook (same id, new timestamp and signature) and says it is one", () => {
    const recentIds = new RecentWebhookIds();
    expect(verify(signed("msg_1", now - 12), body, recentIds)).toMatchObject({ ok: true, redelivery: false });
    expect(verify(signed("msg_1", now), body, recentIds)).toMatchObject({ ok: true, redelivery: true });
    expect(verify(signed("msg_1", now - 12), body, recentIds)).toMatchObject({ ok: false, reason: "replayed" });
  });

  it("does not let forged requests mark an id as seen", () => {
    const recentIds = new RecentWebhookIds();
    expect(verify(headersOf("msg_1", now, "v1,forged"), body, recentIds).ok).toBe(false);
    expect(verify(signed("msg_1"), body, recentIds)).toMatchObject({ ok: true, redelivery: false });
  });

  it("accepts several space-separated signatures when one of them is valid (secret rotation)", () => {
    const good = signature(key, "msg_1", now, body);
    const other = signature(newSecret().key, "msg_1", now, body);
    expect(verify(headersOf("msg_1", now, `${other} ${good}`)).ok).toBe(true);
    expect(verify(headersOf("msg_2", now, `${signature(key, "msg_2", now, body)} ${other}`)).ok).toBe(true);
    expect(verify(headersOf("msg_3", now, `v1a,c2lnbmF0dXJl  ${signature(key, "msg_3", now, body)}`)).ok).toBe(true);
    expect(verify(headersOf("msg_4", now, `${other} v1,AAAA`))).toMatchObject({ ok: false, status: 401 });
  });

  describe("answers 400 to malformed headers", () => {
    const good = signed();
    const cases: [string, Record<string, string | undefined>, string][] = [
      ["without webhook-id", { ...good, "webhook-id": undefined }, "missing_headers"],
      ["without webhook-timestamp", { ...good, "webhook-timestamp": undefined }, "missing_headers"],
      ["without webhook-signature", { ...good, "webhook-signature": undefined }, "missing_headers"],
      ["with an empty webhook-signature", { ...good, "webhook-signature": " " }, "missing_headers"],
      ["with a timestamp that is a date", { ...good, "webhook-timestamp": new Date(now * 1000).toISOString() }, "malformed_timestamp"],
      ["with a timestamp in milliseconds written as a float", { ...good, "webhook-timestamp": `${now}.5` }, "malformed_timestamp"],
      ["with a negative timestamp", { ...good, "webhook-timestamp": `-${now}` }, "malformed_timestamp"],
    ];
    it.each(cases)("%s", (_case, headers, reason) => {
      expect(verify(headers)).toMatchObject({ ok: false, status: 400, reason });
    });

    it("names the missing headers", () => {
      const result = verify({});
      expect(result.ok === false && result.message).toMatch(/webhook-id, webhook-timestamp, webhook-signature/);
    });
  });
});

describe("the memory of recent webhook ids", () => {
  it("forgets the oldest ids beyond its capacity", () => {
    const recentIds = new RecentWebhookIds(2);
    expect(recentIds.record("a", 1)).toBe("new");
    expect(recentIds.record("b", 1)).toBe("new");
    expect(recentIds.record("c", 1)).toBe("new");
    expect(recentIds.size).toBe(2);
    expect(recentIds.record("a", 1)).toBe("new");
    expect(recentIds.record("c", 1)).toBe("replay");
  });
});
