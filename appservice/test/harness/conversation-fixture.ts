import { kontorJson } from "./kontor-cli.ts";
import { type MatrixTestClient, type TimelineEvent } from "./matrix-test-client.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

export interface BusinessFixture {
  slug: string;
  mxid: string;
  roomId: string;
  staffSpaceId: string;
}

let counter = 0;

/** Creates a business with the CLI (open around the clock unless `hours` is given) and adds the staff. */
export async function createBusiness(
  homeserver: TestHomeserverInfo,
  options: { name?: string; hours?: string; special?: string[]; staff?: MatrixTestClient[]; language?: string } = {},
): Promise<BusinessFixture> {
  counter += 1;
  const slug = `shop-${Date.now().toString(36)}${counter}`;
  const args = ["business", "create", "--slug", slug, "--name", options.name ?? "Corner Shop", "--language", options.language ?? "en"];
  args.push("--hours", options.hours ?? "mo-su 00:00-24:00");
  for (const special of options.special ?? []) args.push("--special", special);
  const business = await kontorJson<{ mxid: string; room_id: string; staff_space_id: string }>(homeserver, args);
  for (const member of options.staff ?? []) {
    await kontorJson(homeserver, ["staff", "add", "--business", slug, "--user", member.userId, "--role", "agent"]);
  }
  return { slug, mxid: business.mxid, roomId: business.room_id, staffSpaceId: business.staff_space_id };
}

/** A customer opens a direct chat with the business, as Element does. */
export async function openDirectChat(customer: MatrixTestClient, business: BusinessFixture): Promise<string> {
  return customer.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [business.mxid] });
}

/** Waits until a staff member is invited to the staff room of a customer's conversation, joins it, and returns its ID. */
export async function joinStaffRoom(agent: MatrixTestClient, customerName: string): Promise<string> {
  const roomId = await agent.waitForInvite((_roomId, state) =>
    state.some((event) => event.type === "m.room.name" && String(event.content.name).startsWith(customerName)),
  );
  await agent.join(roomId);
  return roomId;
}

export const isText = (body: string) => (event: TimelineEvent) => event.type === "m.room.message" && event.content.body === body;
export const kindOf = (event: TimelineEvent) => event.content["eu.kontor.kind"];
