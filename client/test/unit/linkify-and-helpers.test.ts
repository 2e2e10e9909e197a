import { describe, expect, it } from "vitest";
import { cannedReplyId, profileChange, type EditableProfile } from "../../src/api/business-management.ts";
import { linkify } from "../../src/conversations/linkify.ts";

describe("web addresses in plain messages", () => {
  it("become links, without the sentence's punctuation", () => {
    expect(linkify("See https://example.org/menu. Or http://x.example")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/menu", href: "https://example.org/menu" },
      { kind: "text", text: ". Or " },
      { kind: "link", text: "http://x.example", href: "http://x.example" },
    ]);
  });

  it("leave other schemes as text", () => {
    expect(linkify("javascript:alert(1) ftp://x")).toEqual([{ kind: "text", text: "javascript:alert(1) ftp://x" }]);
  });
});

describe("business settings helpers", () => {
  it("names a new canned reply after its title, uniquely", () => {
    expect(cannedReplyId("Öffnungszeiten & Preise", [])).toBe("offnungszeiten-preise");
    expect(cannedReplyId("Opening hours", ["opening-hours"])).toBe("opening-hours-2");
    expect(cannedReplyId("!!!", [])).toBe("reply");
  });

  it("leaves out empty address parts and clears an emptied website or phone with null", () => {
    const profile: EditableProfile = {
      name: "Zum Anker",
      description: "",
      categories: ["bar"],
      address: { street: "", postcode: "20359", city: "Hamburg", country: "DE" },
      languages: ["de"],
      website: " ",
      phone: "+49 40 123456",
      responseTime: "hours",
      hours: { timeZone: "Europe/Berlin", weekly: {}, special: [] },
    };
    const change = profileChange(profile);
    expect(change.address).toEqual({ postcode: "20359", city: "Hamburg", country: "DE" });
    expect(change.website).toBeNull();
    expect(change.phone).toBe("+49 40 123456");
    expect(profileChange({ ...profile, website: " https://zum-anker.example ", phone: "" })).toMatchObject({ website: "https://zum-anker.example", phone: null });
  });
});
