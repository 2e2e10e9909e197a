import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBridge, type RunningBridge } from "../src/bridge.ts";
import { type LogRecord, recordingLogger } from "../src/log.ts";
import { startFakeKontor } from "./fake-kontor.ts";
import { eventBody, newSecret, nowSeconds, signature, webhookHeaders } from "./signed-webhook.ts";

const { secret, key } = newSecret();
let kontor: Awaited<ReturnType<typeof startFakeKontor>>;
let bridge: RunningBridge;
let logs: LogRecord[];
let deliveries = 0;

beforeEach(async () => {
  kontor = await startFakeKontor();
  logs = [];
  bridge = await startBridge({
    kontorApiUrl: kontor.url,
    apiKey: "kk_test",
    business: "corner-shop",
    webhookSecret: secret,
    port: 0,
    logger: recordingLogger("test", (record) => logs.push(record)),
    replyRetryDelaysMs: [10, 10],
  });
});
afterEach(async () => {
  await bridge.close();
  await kontor.close();
});

/** Delivers a webhook as Kontor does; returns the status and the webhook-id it used. */
async function deliver(body: string, options: { id?: string; timestamp?: number } = {}): Promise<{ status: number; id: string }> {
  deliveries += 1;
  const id = options.id ?? `msg_test${deliveries}`;
  const response = await fetch(bridge.webhookUrl, { method: "POST", headers: webhookHeaders(key, id, options.timestamp ?? nowSeconds(), body), body });
  return { status: response.status, id };
}

const ack = (ticket: number) => `Thanks! Your request is ticket #${ticket}; an agent will reply soon.`;

describe("the helpdesk bridge", () => {
  it("answers a customer's first message with the ticket number, as the business, through Kontor's API", async () => {
    expect((await deliver(eventBody("conversation.created"))).status).toBe(204);
    const first = await deliver(eventBody("message.created", { body: "My parcel is late" }));
    expect(first.status).toBe(204);
    await bridge.repliesSent();

    expect(kontor.requests).toEqual([
      {
        method: "POST",
        path: "/api/v1/businesses/corner-shop/conversations/conv-1/messages",
        headers: expect.objectContaining({ authorization: "Bearer kk_test", "idempotency-key": `helpdesk-bridge-ack-${first.id}` }),
        body: { body: ack(1), agent: "Helpdesk" },
      },
    ]);
    expect(bridge.tickets.get("conv-1")).toMatchObject({ number: 1, customer: "Jane Doe", acknowledged: true, messages: [{ body: "My parcel is late" }] });
  });

  it("adds later messages to the ticket without answering again, and numbers each conversation's ticket", async () => {
    await deliver(eventBody("message.created", { body: "Hello" }));
    await deliver(eventBody("message.created", { body: "Order 1234" }));
    await deliver(eventBody("message.created", { conversation: "conv-2", body: "Other question" }));
    await bridge.repliesSent();

    expect(kontor.requests.map((request) => request.body)).toEqual([
      { body: ack(1), agent: "Helpdesk" },
      { body: ack(2), agent: "Helpdesk" },
    ]);
    expect(bridge.tickets.get("conv-1")?.messages.map((message) => message.body)).toEqual(["Hello", "Order 1234"]);
  });

  it("does not take replies, staff notes or greetings for requests", async () => {
    for (const kind of ["business", "note", "auto"]) await deliver(eventBody("message.created", { kind }));
    await deliver(eventBody("conversation.updated"));
    await deliver(eventBody("some.future.event"));
    await bridge.repliesSent();
    expect(kontor.requests).toEqual([]);
  });

  it("answers Kontor's redelivery of a webhook with 204 and does not answer the customer twice", async () => {
    const body = eventBody("message.created");
    const first = await deliver(body, { timestamp: nowSeconds() - 15 });
    const again = await deliver(body, { id: first.id });
    await bridge.repliesSent();
    expect(again.status).toBe(204);
    expect(kontor.requests).toHaveLength(1);
    expect(logs).toContainEqual(expect.objectContaining({ message: "Kontor delivered a webhook again" }));
  });

  it("retries a reply Kontor could not take, with the same Idempotency-Key", async () => {
    kontor.failNext(503);
    await deliver(eventBody("message.created"));
    await bridge.repliesSent();
    expect(kontor.requests).toHaveLength(2);
    expect(new Set(kontor.requests.map((request) => request.headers["idempotency-key"])).size).toBe(1);
    expect(kontor.sentCount()).toBe(1);
    expect(logs).toContainEqual(expect.objectContaining({ level: "info", message: "answered ticket #1" }));
  });

  it("logs a reply it gave up on as an error, for an agent to answer by hand", async () => {
    kontor.failNext(503, 503, 503);
    await deliver(eventBody("message.created"));
    await bridge.repliesSent();
    expect(kontor.requests).toHaveLength(3);
    expect(logs).toContainEqual(expect.objectContaining({ level: "error", message: "could not answer ticket #1; answer the customer by hand" }));
  });

  it("does not retry a reply Kontor refused for good", async () => {
    kontor.failNext(403);
    await deliver(eventBody("message.created"));
    await bridge.repliesSent();
    expect(kontor.requests).toHaveLength(1);
    expect(logs.filter((record) => record.level === "error")).toHaveLength(1);
  });

  it("ignores a webhook for another business", async () => {
    expect((await deliver(eventBody("message.created", { business: "other-shop" }))).status).toBe(204);
    await bridge.repliesSent();
    expect(kontor.requests).toEqual([]);
  });
});

describe("requests that are not genuine Kontor webhooks", () => {
  const body = eventBody("message.created");
  const post = (headers: Record<string, string>, payload = body, path = new URL(bridge.webhookUrl).pathname) =>
    fetch(new URL(path, bridge.webhookUrl), { method: "POST", headers, body: payload });

  it("answers 400 when the webhook headers are missing", async () => {
    const response = await post({ "content-type": "application/json" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "missing_headers" });
  });

  it("answers 401 to a forged signature, a stale timestamp and a replay, and does nothing", async () => {
    const now = nowSeconds();
    expect((await post({ ...webhookHeaders(key, "msg_a", now, body), "webhook-signature": signature(newSecret().key, "msg_a", now, body) })).status).toBe(401);
    expect((await post(webhookHeaders(key, "msg_b", now - 600, body))).status).toBe(401);
    const genuine = webhookHeaders(key, "msg_c", now, body);
    expect((await post(genuine)).status).toBe(204);
    expect((await post(genuine)).status).toBe(401);
    await bridge.repliesSent();
    expect(kontor.requests).toHaveLength(1);
    expect(logs.filter((record) => record.message === "refused a webhook").map((record) => record.fields.reason)).toEqual(["bad_signature", "stale", "replayed"]);
  });

  it("answers 400 to a signed body that is not a Kontor event", async () => {
    expect((await post(webhookHeaders(key, "msg_d", nowSeconds(), "[1,2]"), "[1,2]")).status).toBe(400);
  });

  it("answers 404 elsewhere and 405 to other methods", async () => {
    expect((await post(webhookHeaders(key, "msg_e", nowSeconds(), body), body, "/other")).status).toBe(404);
    expect((await fetch(bridge.webhookUrl)).status).toBe(405);
  });
});
