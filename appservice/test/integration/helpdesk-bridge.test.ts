import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBridge, type RunningBridge } from "../../../examples/helpdesk-bridge/src/bridge.ts";
import { type LogRecord, recordingLogger } from "../../../examples/helpdesk-bridge/src/log.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { freePort } from "../../../scripts/stack/ports.ts";
import { newWebhookSecret, signWebhook } from "../../src/webhooks/signing.ts";
import { createBusiness, kindOf, openDirectChat, type BusinessFixture } from "../harness/conversation-fixture.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { kontorApi } from "../harness/kontor-session.ts";
import { MatrixTestClient, type TimelineEvent } from "../harness/matrix-test-client.ts";

/** A webhook as it crossed the network between Kontor and the bridge. */
interface Crossing {
  headers: Record<string, string>;
  body: string;
  bridgeStatus: number;
  /** The bridge's answer never reached Kontor, which therefore delivers the webhook again. */
  lost: boolean;
}

/**
 * The network between Kontor and the bridge: forwards every webhook, keeps a
 * copy (as an eavesdropper could), and loses the bridge's answer to the first
 * customer message, as a dropped connection would.
 */
async function startLossyLink(bridgeUrl: string) {
  const crossings: Crossing[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const name of ["content-type", "webhook-id", "webhook-timestamp", "webhook-signature"]) headers[name] = String(req.headers[name]);
      void fetch(bridgeUrl, { method: "POST", headers, body }).then(async (response) => {
        await response.body?.cancel();
        const event = JSON.parse(body) as { type: string; data: { message?: { kind: string } } };
        const lost = event.type === "message.created" && event.data.message?.kind === "customer" && !crossings.some((crossing) => crossing.lost);
        crossings.push({ headers, body, bridgeStatus: response.status, lost });
        res.writeHead(lost ? 503 : response.status).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kontor/webhooks`,
    crossings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const homeserver = inject("homeserver");
const acknowledgement = "Thanks! Your request is ticket #1; an agent will reply soon.";
let kontor: ManagedProcess;
let business: BusinessFixture;
let customer: MatrixTestClient;
let link: Awaited<ReturnType<typeof startLossyLink>>;
let bridge: RunningBridge;
let apiKey: string;
let webhookSecret: string;
let customerRoom: string;
const logs: LogRecord[] = [];

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  business = await createBusiness(homeserver, { name: "Helpdesk Shop" });
  customer = await MatrixTestClient.register(homeserver, "helpdeskcustomer", { displayName: "Hanna Kunde" });
  ({ key: apiKey } = await kontorJson<{ key: string }>(homeserver, ["apikey", "create", "--business", business.slug, "--scope", "write"]));

  const bridgePort = await freePort();
  link = await startLossyLink(`http://127.0.0.1:${bridgePort}/kontor/webhooks`);
  const api = kontorApi(homeserver.publicUrl, apiKey);
  const webhook = await api<{ secret: string }>("POST", `/businesses/${business.slug}/webhooks`, { url: link.url, events: ["conversation.created", "message.created", "conversation.updated"] });
  expect(webhook.status).toBe(201);
  webhookSecret = webhook.body.secret;
  bridge = await startBridge({
    kontorApiUrl: homeserver.publicUrl,
    apiKey,
    business: business.slug,
    webhookSecret,
    port: bridgePort,
    logger: recordingLogger("bridge", (record) => logs.push(record)),
  });
});
afterAll(async () => {
  await bridge?.close();
  await link?.close();
  await kontor?.stop();
});

const fromBusiness = (body: string) => (event: TimelineEvent) => event.type === "m.room.message" && event.sender === business.mxid && event.content.body === body;
const customerMessages = () => link.crossings.filter((crossing) => crossing.body.includes('"kind":"customer"'));

describe("a helpdesk connected through the API and webhooks", () => {
  it("answers a customer's request once, with a ticket number, even when the customer writes twice and a webhook arrives twice", async () => {
    customerRoom = await openDirectChat(customer, business);
    await customer.waitForEvent(customerRoom, (event) => kindOf(event) === "greeting", "the greeting");
    await customer.sendText(customerRoom, "My order has not arrived.");
    const answer = await customer.waitForEvent(customerRoom, fromBusiness(acknowledgement), "the helpdesk's answer");
    expect(answer.content.msgtype).toBe("m.text");

    await customer.sendText(customerRoom, "It was order 1234.");
    // The second message queues behind Kontor's redelivery of the first (one conversation's events arrive in order).
    await expect.poll(() => bridge.tickets.list()[0]?.messages.map((message) => message.body), { timeout: 25_000, interval: 200 }).toEqual([
      "My order has not arrived.",
      "It was order 1234.",
    ]);
    await bridge.repliesSent();

    const [lost] = customerMessages();
    expect(lost).toMatchObject({ lost: true, bridgeStatus: 204 });
    const firstId = lost!.headers["webhook-id"];
    // Kontor delivered the first message again, signed anew. (An attempt within the same second carries the same
    // timestamp and signature, so the bridge cannot tell it from a replay and refuses it; Kontor then tries again.)
    const redelivered = customerMessages().filter((crossing) => crossing.headers["webhook-id"] === firstId && !crossing.lost);
    expect(redelivered.at(-1)?.bridgeStatus).toBe(204);
    expect(redelivered.at(-1)?.headers["webhook-timestamp"]).not.toBe(lost!.headers["webhook-timestamp"]);
    expect(customerMessages().filter((crossing) => crossing.headers["webhook-id"] !== firstId)).toHaveLength(1);

    const answers = (await customer.history(customerRoom)).filter((event) => event.sender === business.mxid && String(event.content.body).startsWith("Thanks!"));
    expect(answers.map((event) => event.content.body)).toEqual([acknowledgement]);
  });

  it("sends no second answer when a restarted bridge, which forgot its tickets, gets the webhook again", async () => {
    const restarted = await startBridge({
      kontorApiUrl: homeserver.publicUrl,
      apiKey,
      business: business.slug,
      webhookSecret,
      port: 0,
      logger: recordingLogger("restarted", (record) => logs.push(record)),
    });
    try {
      const [first] = customerMessages();
      const id = first!.headers["webhook-id"]!;
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await fetch(restarted.webhookUrl, {
        method: "POST",
        headers: { ...first!.headers, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(webhookSecret, id, timestamp, first!.body) },
        body: first!.body,
      });
      expect(response.status).toBe(204);
      await restarted.repliesSent();
    } finally {
      await restarted.close();
    }
    // The same Idempotency-Key (from the webhook-id): Kontor answers with the message it sent the first time.
    expect(logs).toContainEqual(expect.objectContaining({ module: "restarted/replies", message: "answered ticket #1", fields: expect.objectContaining({ replayed: true }) }));
    const answers = (await customer.history(customerRoom)).filter((event) => event.sender === business.mxid && String(event.content.body).startsWith("Thanks!"));
    expect(answers).toHaveLength(1);
  });

  it("refuses a forged webhook and a replayed one sent straight to the bridge", async () => {
    const logged = logs.length;
    const captured = customerMessages().at(-1)!;
    const forgedBody = captured.body.replace("It was order 1234.", "Refund me 1000 EUR.");
    const forged = await fetch(bridge.webhookUrl, { method: "POST", headers: captured.headers, body: forgedBody });
    expect(forged.status).toBe(401);

    const id = "msg_forged";
    const timestamp = Math.floor(Date.now() / 1000);
    const wrongSecret = await fetch(bridge.webhookUrl, {
      method: "POST",
      headers: { ...captured.headers, "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(newWebhookSecret(), id, timestamp, forgedBody) },
      body: forgedBody,
    });
    expect(wrongSecret.status).toBe(401);

    const replayed = await fetch(bridge.webhookUrl, { method: "POST", headers: captured.headers, body: captured.body });
    expect(replayed.status).toBe(401);

    const unsigned = await fetch(bridge.webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: captured.body });
    expect(unsigned.status).toBe(400);

    expect(bridge.tickets.list()).toHaveLength(1);
    expect(bridge.tickets.list()[0]!.messages).toHaveLength(2);
    expect(logs.slice(logged).filter((record) => record.message === "refused a webhook").map((record) => record.fields.reason)).toEqual(["bad_signature", "bad_signature", "replayed", "missing_headers"]);
  });
});
