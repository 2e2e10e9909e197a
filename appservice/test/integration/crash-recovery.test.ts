import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { createBusiness, isText, joinStaffRoom, openDirectChat } from "../harness/conversation-fixture.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { MatrixTestClient, type TimelineEvent } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
const perDirection = 150;
let kontor: ManagedProcess | undefined;

beforeAll(async () => {
  kontor = await startKontor(homeserver);
});
afterAll(() => kontor?.stop());

const label = (prefix: string, index: number) => `${prefix}-${String(index).padStart(3, "0")}`;

async function sendAll(client: MatrixTestClient, roomId: string, prefix: string, onSent: (index: number) => Promise<void>): Promise<void> {
  for (let index = 0; index < perDirection; index += 1) {
    await client.sendText(roomId, label(prefix, index));
    await onSent(index);
  }
}

function relayedBodies(timeline: TimelineEvent[], sender: string, prefix: string): string[] {
  return timeline
    .filter((event) => event.type === "m.room.message" && event.sender === sender && String(event.content.body).startsWith(`${prefix}-`))
    .map((event) => String(event.content.body));
}

describe("a crash of the appservice under load", () => {
  it("loses no message and relays none twice, in order, both ways", async () => {
    const agent = await MatrixTestClient.register(homeserver, "agent");
    const business = await createBusiness(homeserver, { staff: [agent] });
    const customer = await MatrixTestClient.register(homeserver, "busy", { displayName: "Busy Customer" });
    const customerRoom = await openDirectChat(customer, business);
    const staffRoom = await joinStaffRoom(agent, "Busy Customer");
    await agent.sendText(staffRoom, "warm-up");
    await customer.waitForEvent(customerRoom, isText("warm-up"), "the warm-up message");
    const ghostId = (await agent.waitForEvent(staffRoom, (event) => event.type === "m.room.member" && String(event.state_key).startsWith("@customer_"), "the ghost")).state_key!;

    let restarted: Promise<ManagedProcess> | undefined;
    const crashOnce = async (index: number) => {
      if (index !== 50 || restarted || !kontor) return;
      const killed = kontor;
      kontor = undefined;
      restarted = killed.kill().then(async () => {
        // Keep writing while Kontor is down; restart it a moment later.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return startKontor(homeserver);
      });
    };
    const started = Date.now();
    await Promise.all([
      sendAll(customer, customerRoom, "c", crashOnce),
      sendAll(agent, staffRoom, "s", crashOnce),
    ]);
    expect(restarted).toBeDefined();
    kontor = await restarted;

    const expectedFromCustomer = Array.from({ length: perDirection }, (_, i) => label("c", i));
    const expectedFromStaff = Array.from({ length: perDirection }, (_, i) => label("s", i));
    await expect
      .poll(async () => relayedBodies(await agent.history(staffRoom), ghostId, "c").length, { timeout: 120_000, interval: 1000 })
      .toBeGreaterThanOrEqual(perDirection);
    await expect
      .poll(async () => relayedBodies(await customer.history(customerRoom), business.mxid, "s").length, { timeout: 120_000, interval: 1000 })
      .toBeGreaterThanOrEqual(perDirection);
    // Give a duplicate, if there were one, time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    expect(relayedBodies(await agent.history(staffRoom), ghostId, "c")).toEqual(expectedFromCustomer);
    expect(relayedBodies(await customer.history(customerRoom), business.mxid, "s")).toEqual(expectedFromStaff);
    console.info(`crash test: ${2 * perDirection} messages relayed across a SIGKILL in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);
});
