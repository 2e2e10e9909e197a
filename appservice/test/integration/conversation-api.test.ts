import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { createBusiness, isText, type BusinessFixture } from "../harness/conversation-fixture.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { kontorApi, kontorSession } from "../harness/kontor-session.ts";
import { MatrixTestClient } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess;
let business: BusinessFixture;
let customer: MatrixTestClient;
let owner: MatrixTestClient;

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  owner = await MatrixTestClient.register(homeserver, "owner", { displayName: "Olga" });
  customer = await MatrixTestClient.register(homeserver, "webcustomer", { displayName: "Web Customer" });
  business = await createBusiness(homeserver, { name: "Web Shop" });
  await kontorJson(homeserver, ["staff", "add", "--business", business.slug, "--user", owner.userId, "--role", "owner"]);
});
afterAll(() => kontor.stop());

describe("signing in with a Matrix OpenID token", () => {
  it("gives a session for the user the homeserver vouches for, and lists the businesses they staff", async () => {
    const api = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, owner));
    const me = await api<{ user_id: string; businesses: { slug: string; role: string }[] }>("GET", "/me");
    expect(me.status).toBe(200);
    expect(me.body.user_id).toBe(owner.userId);
    expect(me.body.businesses).toEqual([expect.objectContaining({ slug: business.slug, role: "owner", name: "Web Shop" })]);
  });

  it("refuses a forged token and requests without a session", async () => {
    const forged = await fetch(`${homeserver.publicUrl}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ openid: { access_token: "forged", token_type: "Bearer", matrix_server_name: homeserver.serverName, expires_in: 3600 } }),
    });
    expect(forged.status).toBe(401);
    expect((await fetch(`${homeserver.publicUrl}/api/v1/me`)).status).toBe(401);
    const api = kontorApi(homeserver.publicUrl, "ks_not-a-session");
    expect((await api("GET", "/me")).status).toBe(401);
  });
});

describe("conversations through the REST API", () => {
  let customerApi: ReturnType<typeof kontorApi>;
  let ownerApi: ReturnType<typeof kontorApi>;
  let conversationId: string;
  let roomId: string;

  beforeAll(async () => {
    customerApi = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, customer));
    ownerApi = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, owner));
  });

  it("starts a conversation for a signed-in customer and reuses it the second time", async () => {
    const started = await customerApi<{ id: string; room_id: string; created: boolean }>("POST", "/me/conversations", { business: business.slug });
    expect(started.status).toBe(201);
    expect(started.body.created).toBe(true);
    conversationId = started.body.id;
    roomId = started.body.room_id;
    await customer.waitForInvite((id) => id === roomId);
    await customer.join(roomId);
    const again = await customerApi<{ id: string; created: boolean }>("POST", "/me/conversations", { business: business.slug });
    expect(again.body).toMatchObject({ id: conversationId, created: false });
    const mine = await customerApi<{ conversations: { id: string; business: { slug: string } }[] }>("GET", "/me/conversations");
    expect(mine.body.conversations).toEqual([expect.objectContaining({ id: conversationId, business: expect.objectContaining({ slug: business.slug }) })]);
  });

  it("lets staff list, read, answer, note and resolve it", async () => {
    await customer.sendText(roomId, "Do you deliver?");
    await expect
      .poll(async () => (await ownerApi<{ messages: { body: string }[] }>("GET", `/businesses/${business.slug}/conversations/${conversationId}/messages`)).body.messages.map((m) => m.body))
      .toContain("Do you deliver?");

    const list = await ownerApi<{ conversations: { id: string; status: string }[]; counts: Record<string, number> }>("GET", `/businesses/${business.slug}/conversations?status=open`);
    expect(list.body.conversations.map((c) => c.id)).toContain(conversationId);
    expect(list.body.counts.open).toBeGreaterThanOrEqual(1);

    const reply = await ownerApi<{ kind: string; body: string }>("POST", `/businesses/${business.slug}/conversations/${conversationId}/messages`, { body: "Yes, within Berlin." }, { "idempotency-key": "reply-1" });
    expect(reply.status).toBe(201);
    await ownerApi("POST", `/businesses/${business.slug}/conversations/${conversationId}/messages`, { body: "Yes, within Berlin." }, { "idempotency-key": "reply-1" });
    await ownerApi("POST", `/businesses/${business.slug}/conversations/${conversationId}/notes`, { body: "Check the delivery zone" });
    await customer.waitForEvent(roomId, isText("Yes, within Berlin."), "the API reply");
    await customer.sendText(roomId, "Great");
    await expect
      .poll(async () => (await ownerApi<{ messages: { body: string }[] }>("GET", `/businesses/${business.slug}/conversations/${conversationId}/messages`)).body.messages.map((m) => m.body))
      .toContain("Great");
    await customer.sync(200);
    const bodies = (customer.timelines.get(roomId) ?? []).map((event) => String(event.content.body ?? ""));
    expect(bodies.filter((body) => body === "Yes, within Berlin.")).toHaveLength(1);
    expect(bodies.some((body) => body.includes("delivery zone"))).toBe(false);

    const resolved = await ownerApi<{ status: string; assignee: string }>("PATCH", `/businesses/${business.slug}/conversations/${conversationId}`, { status: "resolved", assignee: owner.userId });
    expect(resolved.body).toMatchObject({ status: "resolved", assignee: owner.userId });
    const bad = await ownerApi<{ error: { message: string } }>("PATCH", `/businesses/${business.slug}/conversations/${conversationId}`, { status: "snoozed" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/snoozed_until/);
  });

  it("reopens a snoozed conversation when its time comes", async () => {
    const until = new Date(Date.now() + 1500).toISOString();
    const snoozed = await ownerApi<{ status: string }>("PATCH", `/businesses/${business.slug}/conversations/${conversationId}`, { status: "snoozed", snoozed_until: until });
    expect(snoozed.body.status).toBe("snoozed");
    await expect
      .poll(async () => (await ownerApi<{ status: string }>("GET", `/businesses/${business.slug}/conversations/${conversationId}`)).body.status, { timeout: 15_000, interval: 500 })
      .toBe("open");
  });

  it("keeps customers and other users out of a business's conversations", async () => {
    const stranger = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, customer));
    const response = await stranger<{ error: { code: string } }>("GET", `/businesses/${business.slug}/conversations`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });

  it("lets owners change settings and canned replies", async () => {
    const settings = await ownerApi<{ sign_replies: boolean; greeting: string }>("PATCH", `/businesses/${business.slug}/settings`, { sign_replies: true, greeting: "Hi from {business}" });
    expect(settings.body).toMatchObject({ sign_replies: true, greeting: "Hi from {business}" });
    const saved = await ownerApi("PUT", `/businesses/${business.slug}/canned-replies/opening-hours`, { title: "Opening hours", body: "We are open Mon-Fri 9-18." });
    expect(saved.status).toBe(200);
    const listed = await ownerApi<{ canned_replies: { id: string }[] }>("GET", `/businesses/${business.slug}/canned-replies`);
    expect(listed.body.canned_replies.map((reply) => reply.id)).toEqual(["opening-hours"]);
  });
});
