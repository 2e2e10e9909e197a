import { describe, expect, it } from "vitest";
import { businessIdentifiers, slugOfBusinessAlias, slugOfBusinessUser } from "../../../src/businesses/identifiers.ts";
import { profileRoomTopic, profileStateContent } from "../../../src/businesses/profile-room-content.ts";
import type { BusinessProfile } from "../../../src/businesses/profile.ts";

const namespaces = { serverName: "example.org", businessUserPrefix: "biz_", businessAliasPrefix: "biz_", customerGhostPrefix: "customer_", senderLocalpart: "kontor" };

function profile(overrides: Partial<BusinessProfile> = {}): BusinessProfile {
  return {
    slug: "baeckerei",
    name: "Bäckerei",
    categories: ["bakery"],
    tags: [],
    description: "",
    address: { city: "Köln" },
    languages: ["de", "en"],
    hours: { timeZone: "Europe/Berlin", weekly: { fri: [{ open: "07:00", close: "12:30" }, { open: "14:00", close: "18:00" }] }, special: [] },
    responseTime: "hour",
    visibility: "listed",
    status: "active",
    ...overrides,
  };
}

// Friday, 4 December 2026, 10:00 in Berlin.
const friday = new Date("2026-12-04T09:00:00Z");

describe("the profile room topic", () => {
  it("shows category, city, today's hours and response time in the business's language", () => {
    expect(profileRoomTopic(profile(), friday)).toBe("Bäckerei · Köln · Heute: 07:00–12:30, 14:00–18:00 · Antwortet meist innerhalb einer Stunde");
  });

  it("speaks English for an English-speaking business and says when it is closed today", () => {
    const topic = profileRoomTopic(profile({ languages: ["en"] }), new Date("2026-12-05T09:00:00Z"));
    expect(topic).toBe("Bakery · Köln · Today: closed · Usually replies within an hour");
  });

  it("says a suspended business is not accepting messages", () => {
    expect(profileRoomTopic(profile({ status: "suspended", languages: ["en"] }), friday)).toMatch(/Not accepting messages at the moment$/);
  });
});

describe("the profile state event", () => {
  it("carries coordinates as a geo URI, never as floats", () => {
    const content = profileStateContent(profile({ coordinates: { lat: 50.9375, lon: 6.9603 } }), businessIdentifiers(namespaces, "baeckerei"));
    expect(content.geo).toBe("geo:50.9375,6.9603");
    const numbers: number[] = [];
    JSON.stringify(content, (_key, value: unknown) => {
      if (typeof value === "number") numbers.push(value);
      return value;
    });
    expect(numbers.filter((n) => !Number.isInteger(n))).toEqual([]);
  });
});

describe("business identifiers", () => {
  it("derive the user, the alias and the staff space alias from the slug, and back", () => {
    const ids = businessIdentifiers(namespaces, "baeckerei");
    expect(ids).toEqual({ userId: "@biz_baeckerei:example.org", profileAlias: "#biz_baeckerei:example.org", staffSpaceAlias: "#biz_baeckerei--staff:example.org" });
    expect(slugOfBusinessUser(namespaces, ids.userId)).toBe("baeckerei");
    expect(slugOfBusinessAlias(namespaces, ids.profileAlias)).toBe("baeckerei");
    expect(slugOfBusinessAlias(namespaces, ids.staffSpaceAlias)).toBeUndefined();
    expect(slugOfBusinessUser(namespaces, "@biz_baeckerei:other.org")).toBeUndefined();
  });
});
