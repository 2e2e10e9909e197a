import { describe, expect, inject, it } from "vitest";
import { BusinessRepository } from "../../src/businesses/business-repository.ts";
import { BusinessService } from "../../src/businesses/business-service.ts";
import { namespacesOf } from "../../src/businesses/identifiers.ts";
import { BusinessProvisioner } from "../../src/businesses/provisioning.ts";
import { loadConfigFile } from "../../src/config/load.ts";
import { DirectoryIndex } from "../../src/directory/search-index.ts";
import { silentLogger } from "../../src/logging/logger.ts";
import { HomeserverClient } from "../../src/matrix/homeserver-client.ts";
import { openStore, type SqliteDatabase } from "../../src/store/database.ts";

const homeserver = inject("homeserver");
const config = loadConfigFile(homeserver.kontorConfigPath);

/** The process "dies" right after the homeserver answered a matching request, before Kontor sees the answer. */
function dyingFetch(matches: (url: string, body: string) => boolean): typeof fetch {
  let died = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!died && matches(String(input), typeof init?.body === "string" ? init.body : "")) {
      died = true;
      throw new Error("simulated crash");
    }
    return response;
  };
}

function service(db: SqliteDatabase, fetchImpl: typeof fetch): { service: BusinessService; repository: BusinessRepository } {
  const client = new HomeserverClient({ baseUrl: config.homeserver.url, asToken: config.appservice.asToken, logger: silentLogger, fetch: fetchImpl });
  const repository = new BusinessRepository(db);
  return {
    repository,
    service: new BusinessService({
      repository,
      provisioner: new BusinessProvisioner({ client, logger: silentLogger }),
      directory: new DirectoryIndex(db),
      namespaces: namespacesOf(config),
      logger: silentLogger,
    }),
  };
}

async function joinedRooms(userId: string): Promise<string[]> {
  const response = await fetch(`${config.homeserver.url}/_matrix/client/v3/joined_rooms?user_id=${encodeURIComponent(userId)}`, {
    headers: { authorization: `Bearer ${config.appservice.asToken}` },
  });
  return ((await response.json()) as { joined_rooms: string[] }).joined_rooms;
}

describe("a business creation that dies half-way", () => {
  it.each([
    ["after registering the user", (url: string) => url.includes("/register")],
    ["after the profile room was created", (url: string, body: string) => url.includes("/createRoom") && !body.includes("m.space")],
    ["after the staff space was created", (url: string, body: string) => url.includes("/createRoom") && body.includes("m.space")],
  ])("%s is completed by running it again, with exactly one user, one profile room and one staff space", async (_label, crashPoint) => {
    const { db } = openStore({ path: ":memory:", logger: silentLogger });
    const slug = `resume-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
    const input = { slug, name: "Resumed Bakery", categories: ["bakery"], address: { city: "Wien" } };

    await expect(service(db, dyingFetch(crashPoint)).service.create(input)).rejects.toThrow(/simulated crash/);
    const { service: second, repository } = service(db, fetch);
    const record = await second.create(input);

    expect(record.setupState).toBe("ready");
    const rooms = await joinedRooms(record.userId);
    expect(rooms.sort()).toEqual([record.profileRoomId, record.staffSpaceId].sort());
    expect(repository.list({ limit: 10 }).filter((r) => r.profile.slug === slug)).toHaveLength(1);
    await expect(second.create(input)).rejects.toThrow(/is taken/);
  });
});
