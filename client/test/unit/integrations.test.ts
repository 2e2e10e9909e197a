import { describe, expect, it } from "vitest";
import { createApiKey, fetchApiKeys, revokeApiKey } from "../../src/api/api-keys.ts";
import { ApiError } from "../../src/api/http.ts";
import { createWebhook, fetchDeliveries, fetchWebhooks, setWebhookEnabled, type Delivery, type DeliveryPage } from "../../src/api/webhooks.ts";
import { groupProblems } from "../../src/business/field-problems.ts";
import { DeliveryLog, mergeNewest } from "../../src/integrations/delivery-log.ts";
import { attemptOutcome, formatDuration } from "../../src/integrations/delivery-text.ts";
import { emptyWebhookDraft, localWebhookProblems, toggleEvent, webhookFormFields } from "../../src/integrations/webhook-form-model.ts";
import { fakeFetch } from "./fake-fetch.ts";

const base = "/api/v1/businesses/zum-anker";

function delivery(seq: number, status: Delivery["status"] = "delivered"): Delivery {
  return { id: `msg_${seq}`, seq, eventType: "message.created", status, attempts: [], nextAttemptAt: null, createdAt: "2026-03-04T14:02:00.000Z", deliveredAt: null };
}

describe("the API keys resource", () => {
  it("lists keys, revoked ones with the time they were revoked", async () => {
    const { fetch } = fakeFetch({
      [`GET ${base}/api-keys`]: {
        body: {
          api_keys: [
            { id: "a1", name: "Helpdesk", scope: "write", created_by: "@olga:example.org", created_at: "2026-03-01T10:00:00.000Z", last_used_at: null, revoked_at: null },
            { id: "b2", name: "Old", scope: "read", created_by: "operator", created_at: "2026-01-01T10:00:00.000Z", last_used_at: "2026-02-01T10:00:00.000Z", revoked_at: "2026-02-02T10:00:00.000Z" },
          ],
        },
      },
    });
    const keys = await fetchApiKeys("zum-anker", { fetchImpl: fetch });
    expect(keys.map((key) => [key.name, key.scope, key.revokedAt])).toEqual([
      ["Helpdesk", "write", null],
      ["Old", "read", "2026-02-02T10:00:00.000Z"],
    ]);
  });

  it("creates a key and hands back the secret that is shown once, and revokes with DELETE", async () => {
    const fake = fakeFetch({
      [`POST ${base}/api-keys`]: { status: 201, body: { id: "c3", name: "CRM", scope: "read", created_by: "@olga:example.org", created_at: "2026-03-04T10:00:00.000Z", key: "kk_c3_secret" } },
      [`DELETE ${base}/api-keys/c3`]: { status: 204 },
    });
    const created = await createApiKey("zum-anker", { name: "CRM", scope: "read" }, { fetchImpl: fake.fetch });
    expect(created.secret).toBe("kk_c3_secret");
    expect(created.key.id).toBe("c3");
    expect(fake.calls[0]?.body).toEqual({ name: "CRM", scope: "read" });
    await revokeApiKey("zum-anker", "c3", { fetchImpl: fake.fetch });
    expect(fake.calls.map((call) => call.method)).toEqual(["POST", "DELETE"]);
  });
});

describe("the webhooks resource", () => {
  it("reads webhooks with the reason Kontor turned one off", async () => {
    const { fetch } = fakeFetch({
      [`GET ${base}/webhooks`]: {
        body: {
          webhooks: [
            { id: "w1", url: "https://crm.example/hook", events: ["message.created", "something.else"], description: null, enabled: false, disabled_reason: "a delivery failed 13 times", failing_since: null, created_at: "2026-03-01T10:00:00.000Z" },
          ],
        },
      },
    });
    const [webhook] = await fetchWebhooks("zum-anker", { fetchImpl: fetch });
    expect(webhook).toMatchObject({ id: "w1", events: ["message.created"], enabled: false, disabledReason: "a delivery failed 13 times" });
  });

  it("sends the description only when there is one, and returns the secret", async () => {
    const fake = fakeFetch({
      [`POST ${base}/webhooks`]: { status: 201, body: { id: "w2", url: "https://crm.example/hook", events: ["conversation.created"], enabled: true, created_at: "2026-03-04T10:00:00.000Z", secret: "whsec_abc" } },
    });
    const created = await createWebhook("zum-anker", { url: " https://crm.example/hook ", events: ["conversation.created"], description: "  " }, { fetchImpl: fake.fetch });
    expect(fake.calls[0]?.body).toEqual({ url: "https://crm.example/hook", events: ["conversation.created"] });
    expect(created.secret).toBe("whsec_abc");
  });

  it("reports the API's objection to an address as a problem of the url field", async () => {
    const problem = "url: must use https:// (plain http only to networks allowed in outbound.allowedPrivateNetworks)";
    const { fetch } = fakeFetch({ [`POST ${base}/webhooks`]: { status: 400, body: { error: { code: "invalid_request", message: problem, details: { problems: [problem] } } } } });
    const error = await createWebhook("zum-anker", { url: "http://crm.example/hook", events: ["message.created"], description: "" }, { fetchImpl: fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const failure = (error as ApiError).failure;
    expect(failure.kind).toBe("invalid");
    const grouped = groupProblems(failure.kind === "invalid" ? failure.problems : [], webhookFormFields);
    expect(grouped.byField.url).toEqual(["must use https:// (plain http only to networks allowed in outbound.allowedPrivateNetworks)"]);
  });

  it("turns a webhook on with PATCH and pages the delivery log with before", async () => {
    const fake = fakeFetch({
      [`PATCH ${base}/webhooks/w1`]: { body: { id: "w1", url: "https://crm.example/hook", events: ["message.created"], enabled: true, created_at: "2026-03-01T10:00:00.000Z" } },
      [`GET ${base}/webhooks/w1/deliveries?limit=25&before=40`]: {
        body: {
          deliveries: [{ id: "msg_39", seq: 39, event_type: "message.created", status: "failed", attempts: [{ attempt: 1, at: "2026-03-04T14:02:00.000Z", status_code: 500, error: "HTTP 500", duration_ms: 12 }], next_attempt_at: null, created_at: "2026-03-04T14:02:00.000Z", delivered_at: null }],
          next_before: null,
        },
      },
    });
    expect((await setWebhookEnabled("zum-anker", "w1", true, { fetchImpl: fake.fetch })).enabled).toBe(true);
    expect(fake.calls[0]?.body).toEqual({ enabled: true });
    const page = await fetchDeliveries("zum-anker", "w1", { limit: 25, before: 40 }, { fetchImpl: fake.fetch });
    expect(page.nextBefore).toBeNull();
    expect(page.deliveries[0]).toMatchObject({ seq: 39, status: "failed", attempts: [{ attempt: 1, statusCode: 500, error: "HTTP 500", durationMs: 12 }] });
  });
});

describe("the delivery log", () => {
  it("loads the newest page first and older pages on request", async () => {
    const pages: Record<string, DeliveryPage> = {
      newest: { deliveries: [delivery(5), delivery(4)], nextBefore: 4 },
      "4": { deliveries: [delivery(3), delivery(2)], nextBefore: 2 },
      "2": { deliveries: [delivery(1)], nextBefore: null },
    };
    const log = new DeliveryLog(async (before) => pages[before === undefined ? "newest" : String(before)]!);
    await log.refresh();
    expect(log.state.deliveries.map((item) => item.seq)).toEqual([5, 4]);
    await log.loadOlder();
    await log.loadOlder();
    expect(log.state.deliveries.map((item) => item.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(log.state.nextBefore).toBeNull();
  });

  it("keeps older pages below a refreshed newest page, with its cursor", () => {
    const shown = { deliveries: [delivery(5, "pending"), delivery(4), delivery(3), delivery(2)], nextBefore: 2 };
    const merged = mergeNewest(shown, { deliveries: [delivery(6), delivery(5)], nextBefore: 5 });
    expect(merged.deliveries.map((item) => [item.seq, item.status])).toEqual([
      [6, "delivered"],
      [5, "delivered"],
      [4, "delivered"],
      [3, "delivered"],
      [2, "delivered"],
    ]);
    expect(merged.nextBefore).toBe(2);
    expect(mergeNewest(shown, { deliveries: [delivery(1)], nextBefore: null })).toEqual({ deliveries: [delivery(1)], nextBefore: null });
  });

  it("keeps what it showed and remembers the failure when a refresh fails", async () => {
    let fail = false;
    const log = new DeliveryLog(async () => {
      if (fail) throw new ApiError({ kind: "network" }, "offline");
      return { deliveries: [delivery(1)], nextBefore: null };
    });
    await log.refresh();
    fail = true;
    await log.refresh();
    expect(log.state.deliveries).toHaveLength(1);
    expect(log.state.failure).toEqual({ kind: "network" });
  });
});

describe("the webhook form's own checks", () => {
  it("wants an address and at least one event; the https rule is the API's", () => {
    expect(localWebhookProblems({ ...emptyWebhookDraft(), events: [] })).toEqual({ url: "url-missing", events: "events-missing" });
    expect(localWebhookProblems({ ...emptyWebhookDraft(), url: "crm.example/hook" })).toEqual({ url: "url-invalid" });
    expect(localWebhookProblems({ ...emptyWebhookDraft(), url: "http://crm.example/hook" })).toEqual({});
  });

  it("keeps the chosen events in the API's order", () => {
    expect(toggleEvent(["message.created"], "conversation.created", true)).toEqual(["conversation.created", "message.created"]);
    expect(toggleEvent(["conversation.created", "message.created"], "conversation.created", false)).toEqual(["message.created"]);
  });
});

describe("delivery attempts in words", () => {
  it("names the receiver's status, or what kept an answer from arriving", () => {
    expect(attemptOutcome({ statusCode: 204, error: null })).toEqual({ ok: true, text: "HTTP 204" });
    expect(attemptOutcome({ statusCode: 500, error: "HTTP 500" })).toEqual({ ok: false, text: "HTTP 500" });
    expect(attemptOutcome({ statusCode: null, error: "connect ECONNREFUSED 127.0.0.1:9" })).toEqual({ ok: false, text: "connect ECONNREFUSED 127.0.0.1:9" });
    expect(formatDuration(34, "en-GB")).toBe("34 ms");
    expect(formatDuration(1_240, "de-DE")).toBe("1,2 s");
  });
});
