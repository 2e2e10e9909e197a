import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localDateAt } from "../../src/hours/evaluate.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { createBusiness, isText, joinStaffRoom, kindOf, openDirectChat } from "../harness/conversation-fixture.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { MatrixTestClient } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess;

beforeAll(async () => {
  kontor = await startKontor(homeserver);
});
afterAll(() => kontor.stop());

describe("away messages", () => {
  it("tell a customer of a closed business when it opens next, once per closed period", async () => {
    const agent = await MatrixTestClient.register(homeserver, "agent");
    // Closed all of today (a special day), open on every other day from 09:00.
    const today = localDateAt({ timeZone: "Europe/Berlin", weekly: {}, special: [] }, new Date());
    const business = await createBusiness(homeserver, { hours: "mo-su 09:00-17:00", special: [`${today} closed`], staff: [agent] });
    const customer = await MatrixTestClient.register(homeserver, "early", { displayName: "Early Bird" });
    const room = await openDirectChat(customer, business);
    const staffRoom = await joinStaffRoom(agent, "Early Bird");

    await customer.sendText(room, "Are you there?");
    const away = await customer.waitForEvent(room, (event) => kindOf(event) === "away", "the away message");
    expect(away.sender).toBe(business.mxid);
    expect(String(away.content.body)).toMatch(/^We are closed right now\. We will be back tomorrow at 09:00 and answer you then\.$/);
    await customer.sendText(room, "Hello?");
    await agent.waitForEvent(staffRoom, isText("Hello?"), "the second message");
    await customer.sendText(room, "Anyone?");
    await agent.waitForEvent(staffRoom, isText("Anyone?"), "the third message");
    await customer.sync(200);
    expect((customer.timelines.get(room) ?? []).filter((event) => kindOf(event) === "away")).toHaveLength(1);
    expect((agent.timelines.get(staffRoom) ?? []).filter((event) => kindOf(event) === "away")).toHaveLength(1);
  });

  it("use the business's own greeting and sign replies with the agent's name when asked", async () => {
    const agent = await MatrixTestClient.register(homeserver, "signer", { displayName: "Ben" });
    const business = await createBusiness(homeserver, { staff: [agent] });
    await kontorJson(homeserver, ["business", "settings", business.slug, "--greeting", "Welcome to {business}!", "--sign-replies"]);
    const customer = await MatrixTestClient.register(homeserver, "signed", { displayName: "Signed Customer" });
    const room = await openDirectChat(customer, business);
    const greeting = await customer.waitForEvent(room, (event) => kindOf(event) === "greeting", "the greeting");
    expect(greeting.content.body).toBe("Welcome to Corner Shop!");
    const staffRoom = await joinStaffRoom(agent, "Signed Customer");
    await agent.sendText(staffRoom, "We open at nine.");
    const signed = await customer.waitForEvent(room, isText("Ben: We open at nine."), "the signed reply");
    expect(signed.content.formatted_body).toBe("<strong>Ben</strong>: We open at nine.");
  });
});

describe("starting conversations", () => {
  it("invites a customer who joins the profile room into a private conversation", async () => {
    const agent = await MatrixTestClient.register(homeserver, "agent");
    const business = await createBusiness(homeserver, { staff: [agent] });
    const customer = await MatrixTestClient.register(homeserver, "walker", { displayName: "Walk In" });
    await customer.join(business.roomId);
    const invited = await customer.waitForInvite((_roomId, state) => state.some((event) => event.sender === business.mxid));
    await customer.join(invited);
    await customer.waitForEvent(invited, (event) => kindOf(event) === "greeting", "the greeting");
    const staffRoom = await joinStaffRoom(agent, "Walk In");
    await customer.sendText(invited, "Hi from the profile room");
    await agent.waitForEvent(staffRoom, isText("Hi from the profile room"), "the message");

    // Joining the profile room again does not open a second conversation.
    await customer.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(business.roomId)}/leave`, {});
    await customer.join(business.roomId);
    await customer.waitForEvent(invited, (event) => kindOf(event) === "notice" && event.sender === business.mxid, "the welcome back");
    expect([...customer.invites.keys()]).toEqual([]);
  });

  it("declines with a notice while the business is suspended", async () => {
    const business = await createBusiness(homeserver);
    await kontorJson(homeserver, ["business", "suspend", business.slug]);
    const customer = await MatrixTestClient.register(homeserver, "turned-away");
    const room = await openDirectChat(customer, business);
    const notice = await customer.waitForEvent(room, (event) => event.sender === business.mxid && event.type === "m.room.message", "the notice");
    expect(String(notice.content.body)).toMatch(/is not accepting messages through Kontor/);
    await customer.waitForEvent(room, (event) => event.type === "m.room.member" && event.state_key === business.mxid && event.content.membership === "leave", "the business leaving");
  });

  it("tells a customer who turns on encryption what to do, and flags the conversation", async () => {
    const agent = await MatrixTestClient.register(homeserver, "agent");
    const business = await createBusiness(homeserver, { staff: [agent] });
    const customer = await MatrixTestClient.register(homeserver, "secret", { displayName: "Secret Sam" });
    const room = await openDirectChat(customer, business);
    const staffRoom = await joinStaffRoom(agent, "Secret Sam");
    await customer.waitForEvent(room, (event) => kindOf(event) === "greeting", "the greeting");
    await customer.sendState(room, "m.room.encryption", "", { algorithm: "m.megolm.v1.aes-sha2" });
    const notice = await customer.waitForEvent(room, (event) => kindOf(event) === "notice", "the encryption notice");
    expect(String(notice.content.body)).toMatch(/cannot read encrypted messages/);
    await agent.waitForEvent(staffRoom, (event) => String(event.content.body ?? "").includes("turned on encryption"), "the warning for staff");
    await expect
      .poll(async () => (await agent.request<{ encrypted: boolean }>("GET", `/_matrix/client/v3/rooms/${encodeURIComponent(staffRoom)}/state/eu.kontor.conversation/`)).encrypted)
      .toBe(true);
  });
});

describe("deleting a business with conversations", () => {
  it("tells the customer, leaves the customer their room, and removes the staff room from the homeserver", async () => {
    const agent = await MatrixTestClient.register(homeserver, "closing-agent");
    const business = await createBusiness(homeserver, { staff: [agent] });
    const customer = await MatrixTestClient.register(homeserver, "last-customer", { displayName: "Last Customer" });
    const room = await openDirectChat(customer, business);
    const staffRoom = await joinStaffRoom(agent, "Last Customer");
    await customer.sendText(room, "Are you still there next year?");
    await agent.waitForEvent(staffRoom, isText("Are you still there next year?"), "the question");

    await kontorJson(homeserver, ["business", "delete", business.slug, "--yes"]);
    const notice = await customer.waitForEvent(room, (event) => event.sender === business.mxid && String(event.content.body ?? "").includes("can no longer be reached"), "the closing notice");
    expect(String(notice.content.body)).toMatch(/This conversation has ended\.$/);
    await customer.waitForEvent(room, (event) => event.type === "m.room.member" && event.state_key === business.mxid && event.content.membership === "leave", "the business leaving");

    const admin = await MatrixTestClient.register(homeserver, "closing-admin", { admin: true });
    const customerRoom = await admin.request<{ joined_local_members: number }>("GET", `/_synapse/admin/v1/rooms/${encodeURIComponent(room)}`);
    expect(customerRoom.joined_local_members).toBe(1);
    await expect(admin.request("GET", `/_synapse/admin/v1/rooms/${encodeURIComponent(staffRoom)}`)).rejects.toThrow(/404/);
  });
});
