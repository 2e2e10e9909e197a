import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { repoRoot } from "../../../scripts/stack/paths.ts";
import { createBusiness, isText, joinStaffRoom, kindOf, openDirectChat, type BusinessFixture } from "../harness/conversation-fixture.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { MatrixTestClient, type TimelineEvent } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess;
let customer: MatrixTestClient;
let agent: MatrixTestClient;
let business: BusinessFixture;
let customerRoom: string;
let staffRoom: string;

const relatesTo = (event: TimelineEvent) => event.content["m.relates_to"] as Record<string, unknown> | undefined;

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  customer = await MatrixTestClient.register(homeserver, "jane", { displayName: "Jane Doe" });
  agent = await MatrixTestClient.register(homeserver, "anna", { displayName: "Anna" });
  business = await createBusiness(homeserver, { name: "Corner Shop", staff: [agent] });
  customerRoom = await openDirectChat(customer, business);
  staffRoom = await joinStaffRoom(agent, "Jane Doe");
});
afterAll(() => kontor.stop());

describe("a conversation started from any Matrix client", () => {
  it("lets the business join the customer's direct chat and greet the customer", async () => {
    const greeting = await customer.waitForEvent(customerRoom, (event) => kindOf(event) === "greeting", "the greeting");
    expect(greeting.sender).toBe(business.mxid);
    expect(greeting.content.msgtype).toBe("m.notice");
    expect(String(greeting.content.body)).toMatch(/Thanks for writing to Corner Shop/);
  });

  it("gives the staff room the customer's name and the conversation's state", async () => {
    const state = await agent.request<Record<string, unknown>>("GET", `/_matrix/client/v3/rooms/${encodeURIComponent(staffRoom)}/state/eu.kontor.conversation/`);
    expect(state).toMatchObject({ customer: customer.userId, status: "open", assignee: null });
  });

  it("carries text, replies, edits, reactions, redactions and images both ways", async () => {
    // Customer -> staff: text, shown by the customer's ghost.
    const hello = await customer.sendText(customerRoom, "Hello, do you have oat milk?");
    const relayedHello = await agent.waitForEvent(staffRoom, isText("Hello, do you have oat milk?"), "the customer's text");
    const ghost = await agent.request<{ displayname: string }>("GET", `/_matrix/client/v3/profile/${encodeURIComponent(relayedHello.sender)}`);
    expect(ghost.displayname).toBe("Jane Doe (customer)");

    // Staff -> customer: a reply, sent by the business.
    const answer = await agent.sendEvent(staffRoom, "m.room.message", {
      msgtype: "m.text",
      body: "Yes, two brands.",
      "m.relates_to": { "m.in_reply_to": { event_id: relayedHello.event_id } },
    });
    const relayedAnswer = await customer.waitForEvent(customerRoom, isText("Yes, two brands."), "the business's answer");
    expect(relayedAnswer.sender).toBe(business.mxid);
    expect(relatesTo(relayedAnswer)).toEqual({ "m.in_reply_to": { event_id: hello } });

    // Customer edits their first message.
    await customer.sendEvent(customerRoom, "m.room.message", {
      msgtype: "m.text",
      body: "* Hello, do you have oat milk today?",
      "m.new_content": { msgtype: "m.text", body: "Hello, do you have oat milk today?" },
      "m.relates_to": { rel_type: "m.replace", event_id: hello },
    });
    const edit = await agent.waitForEvent(staffRoom, (event) => relatesTo(event)?.rel_type === "m.replace", "the edit");
    expect(relatesTo(edit)?.event_id).toBe(relayedHello.event_id);
    expect(edit.content["m.new_content"]).toMatchObject({ body: "Hello, do you have oat milk today?" });

    // Customer reacts to the business's answer: the reaction lands on the agent's message.
    await customer.sendEvent(customerRoom, "m.reaction", { "m.relates_to": { rel_type: "m.annotation", event_id: relayedAnswer.event_id, key: "👍" } });
    const reaction = await agent.waitForEvent(staffRoom, (event) => event.type === "m.reaction", "the reaction");
    expect(relatesTo(reaction)).toEqual({ rel_type: "m.annotation", event_id: answer, key: "👍" });

    // Customer sends an image (by its mxc URI).
    const png = readFileSync(join(repoRoot, "appservice", "src", "demo", "logos", "zum-anker.png"));
    const upload = await fetch(`${homeserver.homeserverUrl}/_matrix/media/v3/upload?filename=photo.png`, {
      method: "POST",
      headers: { authorization: `Bearer ${customer.accessToken}`, "content-type": "image/png" },
      body: png,
    });
    const { content_uri } = (await upload.json()) as { content_uri: string };
    await customer.sendEvent(customerRoom, "m.room.message", { msgtype: "m.image", body: "photo.png", url: content_uri, info: { mimetype: "image/png", size: png.length, w: 256, h: 256 } });
    const image = await agent.waitForEvent(staffRoom, (event) => event.content.msgtype === "m.image", "the image");
    expect(image.content).toMatchObject({ url: content_uri, body: "photo.png", info: { mimetype: "image/png", w: 256, h: 256 } });

    // Customer redacts a message: the relayed copy is redacted too.
    const oops = await customer.sendText(customerRoom, "oops, wrong chat");
    const relayedOops = await agent.waitForEvent(staffRoom, isText("oops, wrong chat"), "the message to redact");
    await customer.redact(customerRoom, oops);
    await agent.waitForEvent(staffRoom, (event) => event.type === "m.room.redaction" && (event.redacts ?? event.content.redacts) === relayedOops.event_id, "the redaction");

    // Staff edit their answer: the customer sees the edit of the business's message.
    await agent.sendEvent(staffRoom, "m.room.message", {
      msgtype: "m.text",
      body: "* Yes, three brands.",
      "m.new_content": { msgtype: "m.text", body: "Yes, three brands." },
      "m.relates_to": { rel_type: "m.replace", event_id: answer },
    });
    const staffEdit = await customer.waitForEvent(customerRoom, (event) => event.sender === business.mxid && relatesTo(event)?.rel_type === "m.replace", "the staff edit");
    expect(relatesTo(staffEdit)?.event_id).toBe(relayedAnswer.event_id);
  });

  it("keeps internal notes and commands from the customer", async () => {
    await agent.sendText(staffRoom, "!note She is a regular, give her the discount");
    const anchor = await agent.sendText(staffRoom, "anchor message");
    await agent.sendEvent(staffRoom, "m.room.message", { msgtype: "m.text", body: "thread note", "m.relates_to": { rel_type: "m.thread", event_id: anchor } });
    await agent.sendText(staffRoom, "!help");
    const help = await agent.waitForEvent(staffRoom, (event) => event.sender === business.mxid && String(event.content.body).includes("!assign"), "the help");
    expect(help.content.msgtype).toBe("m.notice");
    await agent.sendText(staffRoom, "after the notes");
    await customer.waitForEvent(customerRoom, isText("after the notes"), "the message after the notes");
    const bodies = (customer.timelines.get(customerRoom) ?? []).map((event) => String(event.content.body ?? ""));
    expect(bodies.filter((body) => /discount|thread note|!help|!assign/.test(body))).toEqual([]);
  });

  it("runs staff commands: assign, label, resolve; a customer message reopens", async () => {
    const state = () => agent.request<Record<string, unknown>>("GET", `/_matrix/client/v3/rooms/${encodeURIComponent(staffRoom)}/state/eu.kontor.conversation/`);
    await agent.sendText(staffRoom, "!assign me");
    await agent.sendText(staffRoom, "!label +vip +oat-milk");
    await agent.sendText(staffRoom, "!resolve");
    await agent.waitForEvent(staffRoom, (event) => event.sender === business.mxid && String(event.content.body).startsWith("Resolved"), "the resolve answer");
    expect(await state()).toMatchObject({ status: "resolved", assignee: agent.userId, labels: ["oat-milk", "vip"] });
    expect(typeof (await state()).first_response_at).toBe("string");

    await customer.sendText(customerRoom, "One more question");
    await agent.waitForEvent(staffRoom, isText("One more question"), "the new customer message");
    await expect.poll(async () => (await state()).status, { timeout: 10_000 }).toBe("open");
  });

  it("shows the customer's read receipt in the staff room", async () => {
    const message = await agent.sendText(staffRoom, "Please confirm you read this");
    const relayed = await customer.waitForEvent(customerRoom, isText("Please confirm you read this"), "the message to read");
    await customer.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(customerRoom)}/receipt/m.read/${encodeURIComponent(relayed.event_id)}`, {});
    await agent.waitFor(
      "the ghost's read receipt",
      () =>
        (agent.ephemeral.get(staffRoom) ?? []).find(
          (event) => event.type === "m.receipt" && Object.keys(event.content).includes(message),
        ),
    );
  });
});

describe("receipts and typing", () => {
  it("show staff reading as the business's receipt in the customer room", async () => {
    const question = await customer.sendText(customerRoom, "Did you read this?");
    const relayed = await agent.waitForEvent(staffRoom, isText("Did you read this?"), "the question");
    await agent.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(staffRoom)}/receipt/m.read/${encodeURIComponent(relayed.event_id)}`, {});
    await customer.waitFor("the business's read receipt", () =>
      (customer.ephemeral.get(customerRoom) ?? []).find((event) => {
        const readers = (event.content[question] as { "m.read"?: Record<string, unknown> } | undefined)?.["m.read"] ?? {};
        return event.type === "m.receipt" && business.mxid in readers ? event : undefined;
      }),
    );
  });

  it("carry typing over both ways", async () => {
    const typing = (client: MatrixTestClient, roomId: string, on: boolean) =>
      client.request("PUT", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/typing/${encodeURIComponent(client.userId)}`, on ? { typing: true, timeout: 10_000 } : { typing: false });
    const typers = (client: MatrixTestClient, roomId: string) =>
      (client.ephemeral.get(roomId) ?? []).filter((event) => event.type === "m.typing").map((event) => event.content.user_ids as string[]);

    await typing(customer, customerRoom, true);
    await agent.waitFor("the ghost typing", () => typers(agent, staffRoom).find((ids) => ids.some((id) => id.startsWith("@customer_"))));
    await typing(customer, customerRoom, false);
    await typing(agent, staffRoom, true);
    await customer.waitFor("the business typing", () => typers(customer, customerRoom).find((ids) => ids.includes(business.mxid)));
    await typing(agent, staffRoom, false);
  });
});

describe("permissions", () => {
  it("ignores what anyone but the customer writes in a customer room", async () => {
    const stranger = await MatrixTestClient.register(homeserver, "stranger");
    await customer.invite(customerRoom, stranger.userId);
    await stranger.join(customerRoom);
    await stranger.sendText(customerRoom, "I am not the customer");
    await customer.sendText(customerRoom, "marker after the stranger");
    await agent.waitForEvent(staffRoom, isText("marker after the stranger"), "the customer's marker");
    expect((agent.timelines.get(staffRoom) ?? []).some(isText("I am not the customer"))).toBe(false);
  });

  it("keeps customers out of staff rooms", async () => {
    await expect(customer.join(staffRoom)).rejects.toThrow(/403/);
  });
});
