import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { createBusiness, isText, joinStaffRoom, openDirectChat, type BusinessFixture } from "../harness/conversation-fixture.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { kontorApi } from "../harness/kontor-session.ts";
import { MatrixTestClient } from "../harness/matrix-test-client.ts";
import { WebhookReceiver } from "../harness/webhook-receiver.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess | undefined;
let shopA: BusinessFixture;
let shopB: BusinessFixture;
let keyA: string;
let readKeyA: string;
let keyB: string;
let conversationA: string;
let conversationB: string;
let customer: MatrixTestClient;
let customerRoomA: string;
const receiver = new WebhookReceiver();

const apiKey = async (slug: string, scope: "read" | "write") =>
  (await kontorJson<{ key: string }>(homeserver, ["apikey", "create", "--business", slug, "--scope", scope])).key;

async function conversationIdOf(key: string, slug: string): Promise<string> {
  const api = kontorApi(homeserver.publicUrl, key);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = (await api<{ conversations: { id: string }[] }>("GET", `/businesses/${slug}/conversations`)).body.conversations[0]?.id;
    if (id) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no conversation appeared for ${slug}`);
}

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  await receiver.start();
  const agent = await MatrixTestClient.register(homeserver, "agent");
  shopA = await createBusiness(homeserver, { name: "Shop A", staff: [agent] });
  shopB = await createBusiness(homeserver, { name: "Shop B" });
  [keyA, readKeyA, keyB] = [await apiKey(shopA.slug, "write"), await apiKey(shopA.slug, "read"), await apiKey(shopB.slug, "write")];
  customer = await MatrixTestClient.register(homeserver, "integrator-customer", { displayName: "Ivy" });
  customerRoomA = await openDirectChat(customer, shopA);
  await openDirectChat(customer, shopB);
  conversationA = await conversationIdOf(keyA, shopA.slug);
  conversationB = await conversationIdOf(keyB, shopB.slug);
});
afterAll(async () => {
  await kontor?.stop();
  await receiver.stop();
});

describe("API keys", () => {
  it("never open another business's data, on any endpoint", async () => {
    const withKeyA = kontorApi(homeserver.publicUrl, keyA);
    const attempts: [string, string, unknown?][] = [
      ["GET", `/businesses/${shopB.slug}/conversations`],
      ["GET", `/businesses/${shopB.slug}/conversations/${conversationB}`],
      ["GET", `/businesses/${shopB.slug}/conversations/${conversationB}/messages`],
      ["POST", `/businesses/${shopB.slug}/conversations/${conversationB}/messages`, { body: "hijack" }],
      ["POST", `/businesses/${shopB.slug}/conversations/${conversationB}/notes`, { body: "hijack" }],
      ["PATCH", `/businesses/${shopB.slug}/conversations/${conversationB}`, { status: "resolved" }],
      ["GET", `/businesses/${shopB.slug}/webhooks`],
      ["POST", `/businesses/${shopB.slug}/webhooks`, { url: receiver.url }],
      ["GET", `/businesses/${shopB.slug}/canned-replies`],
      ["GET", `/businesses/${shopB.slug}/staff`],
      // Business A's path with business B's conversation: not found, not leaked.
      ["GET", `/businesses/${shopA.slug}/conversations/${conversationB}`],
      ["PATCH", `/businesses/${shopA.slug}/conversations/${conversationB}`, { status: "resolved" }],
    ];
    for (const [method, path, body] of attempts) {
      const response = await withKeyA<{ error: { code: string } }>(method, path, body);
      expect([403, 404], `${method} ${path}`).toContain(response.status);
    }
    const b = await kontorApi(homeserver.publicUrl, keyB)<{ status: string }>("GET", `/businesses/${shopB.slug}/conversations/${conversationB}`);
    expect(b.body.status).toBe("open");
  });

  it("keep to their scope: a read key reads but cannot send or change", async () => {
    const read = kontorApi(homeserver.publicUrl, readKeyA);
    expect((await read("GET", `/businesses/${shopA.slug}/conversations/${conversationA}`)).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", `/businesses/${shopA.slug}/conversations/${conversationA}/messages`, { body: "no" }],
      ["PATCH", `/businesses/${shopA.slug}/conversations/${conversationA}`, { status: "resolved" }],
      ["POST", `/businesses/${shopA.slug}/webhooks`, { url: receiver.url }],
    ] as const) {
      expect((await read(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it("stop working when revoked", async () => {
    const doomed = await apiKey(shopA.slug, "read");
    const id = /^kk_([a-z0-9]+)_/.exec(doomed)?.[1] as string;
    await kontorJson(homeserver, ["apikey", "revoke", "--business", shopA.slug, id]);
    expect((await kontorApi(homeserver.publicUrl, doomed)("GET", `/businesses/${shopA.slug}/conversations`)).status).toBe(401);
  });

  it("are rate-limited with 429 and Retry-After", async () => {
    const limited = await apiKey(shopA.slug, "read");
    let response: Response | undefined;
    for (let i = 0; i < 200; i += 1) {
      response = await fetch(`${homeserver.publicUrl}/api/v1/businesses/${shopA.slug}/conversations?limit=1`, { headers: { authorization: `Bearer ${limited}` } });
      if (response.status === 429) break;
    }
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});

describe("sending through the API", () => {
  it("sends once for a repeated Idempotency-Key", async () => {
    const api = kontorApi(homeserver.publicUrl, keyA);
    const path = `/businesses/${shopA.slug}/conversations/${conversationA}/messages`;
    const first = await api<{ id: string }>("POST", path, { body: "Your parcel is on its way.", agent: "Helpdesk" }, { "idempotency-key": "parcel-1" });
    const second = await fetch(`${homeserver.publicUrl}/api/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${keyA}`, "content-type": "application/json", "idempotency-key": "parcel-1" },
      body: JSON.stringify({ body: "Your parcel is on its way.", agent: "Helpdesk" }),
    });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(((await second.json()) as { id: string }).id).toBe(first.body.id);
    const conflict = await api("POST", path, { body: "Something else" }, { "idempotency-key": "parcel-1" });
    expect(conflict.status).toBe(409);
    await customer.waitForEvent(customerRoomA, isText("Your parcel is on its way."), "the API reply");
    await customer.sync(300);
    expect((customer.timelines.get(customerRoomA) ?? []).filter(isText("Your parcel is on its way."))).toHaveLength(1);
  });
});

describe("webhooks", () => {
  let secret: string;
  let webhookId: string;

  it("refuse addresses that are not public", async () => {
    const api = kontorApi(homeserver.publicUrl, keyA);
    for (const url of ["http://10.0.0.5/hook", "http://169.254.169.254/latest", "http://[fd00::1]/x", "https://192.168.1.1/x", "ftp://example.org/x", "http://[::ffff:10.0.0.1]/x"]) {
      const response = await api<{ error: { code: string; message: string } }>("POST", `/businesses/${shopA.slug}/webhooks`, { url });
      expect(response.status, url).toBe(400);
    }
  });

  it("deliver signed events in order: a customer message, a business reply, a status change", async () => {
    const api = kontorApi(homeserver.publicUrl, keyA);
    const created = await api<{ id: string; secret: string }>("POST", `/businesses/${shopA.slug}/webhooks`, { url: receiver.url });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    ({ id: webhookId, secret } = created.body);

    await customer.sendText(customerRoomA, "Where is my order?");
    await api("POST", `/businesses/${shopA.slug}/conversations/${conversationA}/messages`, { body: "Checking now." });
    await api("PATCH", `/businesses/${shopA.slug}/conversations/${conversationA}`, { status: "resolved" });
    await expect.poll(() => receiver.of("conversation.updated").some((w) => (w.json.data.conversation as { status: string }).status === "resolved"), { timeout: 15_000 }).toBe(true);

    const bodies = receiver.of("message.created").map((w) => (w.json.data.message as { body: string; kind: string }).body);
    expect(bodies.indexOf("Where is my order?")).toBeLessThan(bodies.indexOf("Checking now."));
    for (const webhook of receiver.received) {
      const id = String(webhook.headers["webhook-id"]);
      const timestamp = String(webhook.headers["webhook-timestamp"]);
      const expected = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64")).update(`${id}.${timestamp}.${webhook.body}`).digest("base64");
      expect(webhook.headers["webhook-signature"]).toBe(`v1,${expected}`);
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60);
    }
    const customerMessage = receiver.of("message.created").find((w) => (w.json.data.message as { body: string }).body === "Where is my order?");
    expect(customerMessage?.json).toMatchObject({ business: shopA.slug, data: { conversation: { id: conversationA }, message: { kind: "customer" } } });
  });

  it("retry a failing endpoint, log every attempt, and survive a restart of the appservice", async () => {
    receiver.status = 503;
    const api = kontorApi(homeserver.publicUrl, keyA);
    await api("POST", `/businesses/${shopA.slug}/conversations/${conversationA}/notes`, { body: "while the helpdesk is down" });
    await expect
      .poll(async () => {
        const log = await api<{ deliveries: { attempts: unknown[]; status: string }[] }>("GET", `/businesses/${shopA.slug}/webhooks/${webhookId}/deliveries?limit=1`);
        return log.body.deliveries[0]?.attempts.length ?? 0;
      }, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);

    await kontor?.kill();
    kontor = undefined;
    receiver.status = 200;
    kontor = await startKontor(homeserver);
    await expect
      .poll(() => receiver.of("message.created").some((w) => (w.json.data.message as { body: string }).body === "while the helpdesk is down"), { timeout: 15_000 })
      .toBe(true);
    const log = await api<{ deliveries: { status: string; attempts: { status_code: number | null }[] }[] }>("GET", `/businesses/${shopA.slug}/webhooks/${webhookId}/deliveries?limit=1`);
    expect(log.body.deliveries[0]?.status).toBe("delivered");
    expect(log.body.deliveries[0]?.attempts.map((a) => a.status_code)).toEqual(expect.arrayContaining([503, 200]));
  });

  it("do not follow redirects, and turn off an endpoint that keeps failing, telling the business", async () => {
    receiver.status = 302;
    const api = kontorApi(homeserver.publicUrl, keyA);
    await api("POST", `/businesses/${shopA.slug}/conversations/${conversationA}/notes`, { body: "into the void" });
    await expect
      .poll(async () => (await api<{ enabled: boolean; disabled_reason: string | null }[]>("GET", `/businesses/${shopA.slug}/webhooks`)).body, { timeout: 20_000 })
      .toMatchObject({ webhooks: [{ id: webhookId, enabled: false, disabled_reason: expect.stringMatching(/redirect 302/) }] });
    const staff = await MatrixTestClient.register(homeserver, "owner-watch");
    await kontorJson(homeserver, ["staff", "add", "--business", shopA.slug, "--user", staff.userId, "--role", "owner"]);
    await staff.waitForInvite((roomId) => roomId === shopA.staffSpaceId);
    await staff.join(shopA.staffSpaceId);
    const history = await staff.history(shopA.staffSpaceId);
    expect(history.some((event) => String(event.content.body ?? "").includes("turned off the webhook"))).toBe(true);
    receiver.status = 200;
  });
});

describe("staff rooms", () => {
  it("still relay while integrations run (sanity)", async () => {
    const agent = await MatrixTestClient.register(homeserver, "late-agent");
    await kontorJson(homeserver, ["staff", "add", "--business", shopB.slug, "--user", agent.userId]);
    const room = await openDirectChat(await MatrixTestClient.register(homeserver, "late", { displayName: "Late Customer" }), shopB);
    expect(room).toMatch(/^!/);
    await joinStaffRoom(agent, "Late Customer");
  });
});
