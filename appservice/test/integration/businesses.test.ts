import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { kontorJson, runKontorCli } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { MatrixTestClient } from "../harness/matrix-test-client.ts";

const homeserver = inject("homeserver");
let kontor: ManagedProcess;
let visitor: MatrixTestClient;

type Business = { slug: string; name: string; mxid: string; alias: string; room_id: string; staff_space_id: string; status: string };

beforeAll(async () => {
  kontor = await startKontor(homeserver);
  visitor = await MatrixTestClient.register(homeserver, "visitor");
});
afterAll(() => kontor.stop());

const enc = encodeURIComponent;
let counter = 0;
const newSlug = (base: string) => `${base}-${Date.now().toString(36)}${(counter += 1)}`;

async function publicRoomIds(client: MatrixTestClient): Promise<string[]> {
  const ids: string[] = [];
  let since: string | undefined;
  do {
    const page = await client.request<{ chunk: { room_id: string }[]; next_batch?: string }>(
      "POST",
      "/_matrix/client/v3/publicRooms",
      { limit: 100, ...(since ? { since } : {}) },
    );
    ids.push(...page.chunk.map((room) => room.room_id));
    since = page.next_batch;
  } while (since);
  return ids;
}

describe("kontor business create", () => {
  let business: Business;
  const slug = newSlug("baeckerei");

  beforeAll(async () => {
    business = await kontorJson<Business>(homeserver, [
      "business", "create", "--slug", slug, "--name", "Bäckerei Müller", "--category", "bakery", "--category", "cafe",
      "--city", "München", "--country", "DE", "--description", "Sauerteigbrot und Brezn", "--timezone", "Europe/Berlin",
      "--hours", "mo-fr 07:00-18:00; sa 07:00-12:00", "--language", "de", "--response-time", "hour",
    ]);
  });

  it("names the business's Matrix user, alias and profile room", () => {
    expect(business.mxid).toBe(`@biz_${slug}:${homeserver.serverName}`);
    expect(business.alias).toBe(`#biz_${slug}:${homeserver.serverName}`);
    expect(business.room_id).toMatch(/^!/);
    expect(business.staff_space_id).toMatch(/^!/);
  });

  it("makes the alias resolve to the profile room", async () => {
    const resolved = await visitor.request<{ room_id: string }>("GET", `/_matrix/client/v3/directory/room/${enc(business.alias)}`);
    expect(resolved.room_id).toBe(business.room_id);
  });

  it("lists the profile room in the homeserver's room directory", async () => {
    expect(await publicRoomIds(visitor)).toContain(business.room_id);
  });

  it("writes the profile as a state event anyone can read", async () => {
    const state = await visitor.request<Record<string, unknown>>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/eu.kontor.business/`);
    expect(state).toMatchObject({
      version: 1,
      slug,
      user_id: business.mxid,
      name: "Bäckerei Müller",
      categories: ["bakery", "cafe"],
      address: { city: "München", country: "DE" },
      languages: ["de"],
      response_time: "hour",
      status: "active",
      hours: { timeZone: "Europe/Berlin", weekly: { mon: [{ open: "07:00", close: "18:00" }], sat: [{ open: "07:00", close: "12:00" }] } },
    });
  });

  it("gives the room a name, a topic with category, city, today's hours and response time, and readable history", async () => {
    const name = await visitor.request<{ name: string }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/m.room.name/`);
    const topic = await visitor.request<{ topic: string }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/m.room.topic/`);
    const history = await visitor.request<{ history_visibility: string }>(
      "GET",
      `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/m.room.history_visibility/`,
    );
    expect(name.name).toBe("Bäckerei Müller");
    expect(topic.topic).toMatch(/^Bäckerei · München · Heute: .+ · Antwortet meist innerhalb einer Stunde$/);
    expect(history.history_visibility).toBe("world_readable");
  });

  it("gives the virtual user the business's display name", async () => {
    await visitor.join(business.room_id);
    const profile = await visitor.request<{ displayname: string }>("GET", `/_matrix/client/v3/profile/${enc(business.mxid)}`);
    expect(profile.displayname).toBe("Bäckerei Müller");
  });

  it("lets only the business post in its profile room", async () => {
    await visitor.join(business.room_id);
    await expect(visitor.sendText(business.room_id, "hello")).rejects.toThrow(/403/);
  });

  it("refuses the same slug a second time, clearly", async () => {
    const again = await runKontorCli(homeserver, ["business", "create", "--slug", slug, "--name", "Other"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`the slug "${slug}" is taken by "Bäckerei Müller"`);
  });

  it("is found through the directory API, insensitive to case and diacritics", async () => {
    for (const q of ["munchen", "MÜNCHEN", "bäck", "brezn"]) {
      const response = await fetch(`${homeserver.publicUrl}/api/v1/directory?q=${enc(q)}&limit=50`);
      expect(response.status, q).toBe(200);
      const body = (await response.json()) as { results: { slug: string; mxid: string; opening: { open_now: boolean } }[] };
      expect(body.results.map((result) => result.slug), q).toContain(slug);
    }
  });

  it("shows its public profile with the opening state computed", async () => {
    const response = await fetch(`${homeserver.publicUrl}/api/v1/businesses/${slug}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & { opening: Record<string, unknown> };
    expect(body).toMatchObject({ slug, name: "Bäckerei Müller", mxid: business.mxid, alias: business.alias, room_id: business.room_id });
    expect(typeof body.opening.open_now).toBe("boolean");
    expect(body.opening.open_now ? body.opening.closes_at : body.opening.next_opening).toMatch(/^\d{4}-/);
  });
});

describe("changing a business", () => {
  let business: Business;
  const slug = newSlug("radwerk");

  beforeAll(async () => {
    business = await kontorJson<Business>(homeserver, ["business", "create", "--slug", slug, "--name", "Radwerk", "--category", "bicycle", "--city", "Leipzig", "--language", "en"]);
    await visitor.join(business.room_id);
  });

  it("carries a new name to the user, the room and the profile state", async () => {
    await kontorJson(homeserver, ["business", "update", slug, "--name", "Radwerk Leipzig", "--city", "Halle"]);
    const profile = await visitor.request<{ displayname: string }>("GET", `/_matrix/client/v3/profile/${enc(business.mxid)}`);
    const name = await visitor.request<{ name: string }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/m.room.name/`);
    const state = await visitor.request<{ name: string; address: { city: string } }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/eu.kontor.business/`);
    const topic = await visitor.request<{ topic: string }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/state/m.room.topic/`);
    expect(profile.displayname).toBe("Radwerk Leipzig");
    expect(name.name).toBe("Radwerk Leipzig");
    expect(state).toMatchObject({ name: "Radwerk Leipzig", address: { city: "Halle" } });
    expect(topic.topic).toMatch(/^Bicycle shop · Halle · Today: /);
  });

  it("refuses an invalid change with the problem named, and changes nothing", async () => {
    const result = await runKontorCli(homeserver, ["business", "update", slug, "--timezone", "Europe/Berln"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/hours\.timeZone/);
    const shown = await kontorJson<{ hours: { timeZone: string } }>(homeserver, ["business", "show", slug]);
    expect(shown.hours.timeZone).toBe("Europe/Berlin");
  });

  it("unlists a suspended business and lists it again when resumed", async () => {
    await kontorJson(homeserver, ["business", "suspend", slug]);
    expect(await publicRoomIds(visitor)).not.toContain(business.room_id);
    const hidden = await fetch(`${homeserver.publicUrl}/api/v1/directory?q=radwerk`);
    expect(((await hidden.json()) as { results: { slug: string }[] }).results.map((r) => r.slug)).not.toContain(slug);
    expect((await fetch(`${homeserver.publicUrl}/api/v1/businesses/${slug}`)).status).toBe(404);

    await kontorJson(homeserver, ["business", "resume", slug]);
    expect(await publicRoomIds(visitor)).toContain(business.room_id);
    const shown = await fetch(`${homeserver.publicUrl}/api/v1/directory?q=radwerk`);
    expect(((await shown.json()) as { results: { slug: string }[] }).results.map((r) => r.slug)).toContain(slug);
  });

  it("adds staff, invites them to the staff space, and removes them", async () => {
    const agent = await MatrixTestClient.register(homeserver, "agent");
    const staff = await kontorJson<{ user_id: string; role: string }[]>(homeserver, ["staff", "add", "--business", slug, "--user", agent.userId, "--role", "agent"]);
    expect(staff).toEqual([expect.objectContaining({ user_id: agent.userId, role: "agent" })]);
    await agent.waitForInvite((roomId) => roomId === business.staff_space_id);
    await agent.join(business.staff_space_id);
    const after = await kontorJson<unknown[]>(homeserver, ["staff", "remove", "--business", slug, "--user", agent.userId]);
    expect(after).toEqual([]);
    const members = await visitor.request<{ joined: Record<string, unknown> }>("GET", `/_matrix/client/v3/rooms/${enc(business.room_id)}/joined_members`);
    expect(Object.keys(members.joined)).not.toContain(agent.userId);
  });

  it("leaves nothing behind when deleted", async () => {
    const refused = await runKontorCli(homeserver, ["business", "delete", slug]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    await kontorJson(homeserver, ["business", "delete", slug, "--yes"]);
    expect(await publicRoomIds(visitor)).not.toContain(business.room_id);
    await expect(visitor.request("GET", `/_matrix/client/v3/directory/room/${enc(business.alias)}`)).rejects.toThrow(/404/);
    // The homeserver keeps nothing of the business's rooms: its admin API no longer knows them.
    const admin = await MatrixTestClient.register(homeserver, "admin", { admin: true });
    for (const roomId of [business.room_id, business.staff_space_id]) {
      await expect(admin.request("GET", `/_synapse/admin/v1/rooms/${enc(roomId)}`)).rejects.toThrow(/404/);
    }
    // ... and it stays so once the events of the closing have been handled.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const roomId of [business.room_id, business.staff_space_id]) {
      await expect(admin.request("GET", `/_synapse/admin/v1/rooms/${enc(roomId)}`)).rejects.toThrow(/404/);
    }
    const shown = await runKontorCli(homeserver, ["business", "show", slug]);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toMatch(/no business/);
    expect((await fetch(`${homeserver.publicUrl}/api/v1/directory?q=radwerk`)).status).toBe(200);
  });
});

describe("kontor demo", () => {
  it("fills the directory with realistic businesses and can run again", async () => {
    const first = await kontorJson<{ slug: string; action: string }[]>(homeserver, ["demo"]);
    expect(first.length).toBeGreaterThanOrEqual(5);
    const second = await kontorJson<{ slug: string; action: string }[]>(homeserver, ["demo"]);
    expect(second.every((entry) => entry.action === "updated")).toBe(true);
    const cafe = (await (await fetch(`${homeserver.publicUrl}/api/v1/directory?q=cafe`)).json()) as { results: { slug: string; logo: string | null }[] };
    expect(cafe.results.map((result) => result.slug)).toContain("cafe-lumiere");
    expect(cafe.results.find((result) => result.slug === "cafe-lumiere")?.logo).toMatch(/^mxc:\/\//);
    const logo = await fetch(`${homeserver.publicUrl}/api/v1/businesses/cafe-lumiere/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toMatch(/^image\//);
    expect((await logo.arrayBuffer()).byteLength).toBeGreaterThan(100);
    const config = (await (await fetch(`${homeserver.publicUrl}/api/v1/client-config`)).json()) as { homeserver: { server_name: string } };
    expect(config.homeserver.server_name).toBe(homeserver.serverName);
    const krakow = (await (await fetch(`${homeserver.publicUrl}/api/v1/directory?city=krakow`)).json()) as { results: { slug: string }[] };
    expect(krakow.results.map((result) => result.slug)).toEqual(["kwiaciarnia-roza"]);
  });
});

describe("the directory API", () => {
  it("refuses bad parameters with a 400 that names them", async () => {
    const response = await fetch(`${homeserver.publicUrl}/api/v1/directory?limit=500&colour=red`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(/limit/);
    expect(body.error.message).toMatch(/colour/);
  });

  it("refuses an oversized query without running it", async () => {
    const response = await fetch(`${homeserver.publicUrl}/api/v1/directory?q=${"a ".repeat(300)}`);
    expect(response.status).toBe(400);
  });
});
