import { describe, expect, it } from "vitest";
import { validateNewBusiness, validateProfileChange } from "../../../src/businesses/validate-profile.ts";
import { KontorError } from "../../../src/errors/codes.ts";

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof KontorError) return (error.details?.problems as string[]) ?? [];
    throw error;
  }
  throw new Error("expected the input to be refused");
}

describe("validating a new business", () => {
  it("fills in defaults for a minimal business", () => {
    const { slug, fields } = validateNewBusiness({ slug: "baeckerei-schmidt", name: "Bäckerei Schmidt" });
    expect(slug).toBe("baeckerei-schmidt");
    expect(fields).toMatchObject({ categories: [], languages: ["de"], visibility: "listed", responseTime: "hours" });
    expect(fields.hours.timeZone).toBe("Europe/Berlin");
  });

  it.each([
    ["Bäckerei", /slug: must be 3 to 40 characters/],
    ["ab", /slug: must be 3 to 40 characters/],
    ["-bakery", /slug: must be 3 to 40 characters/],
    ["my--shop", /slug: must not contain two hyphens in a row/],
  ])("refuses the malformed slug %s", (slug, message) => {
    expect(problemsOf(() => validateNewBusiness({ slug, name: "X" })).join("\n")).toMatch(message);
  });

  it("names each problem by its field", () => {
    const problems = problemsOf(() =>
      validateNewBusiness({ slug: "shop", name: "", categories: ["spaceship"], website: "ftp://x", address: { country: "Germany" } }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^name: must not be empty/),
        expect.stringMatching(/^categories\.0: is not a known category/),
        expect.stringMatching(/^website: /),
        expect.stringMatching(/^address\.country: must be a two-letter country code/),
      ]),
    );
  });

  it("refuses an unknown time zone and overlapping slots, with what to do", () => {
    const problems = problemsOf(() =>
      validateNewBusiness({
        slug: "shop",
        name: "Shop",
        hours: { timeZone: "Europe/Berln", weekly: { mon: [{ open: "08:00", close: "12:00" }, { open: "11:00", close: "14:00" }] } },
      }),
    );
    expect(problems.join("\n")).toMatch(/hours\.timeZone: .*Europe\/Berlin/);
    expect(problems.join("\n")).toMatch(/hours\.weekly\.mon: .*overlap/);
  });

  it("refuses fields it does not know", () => {
    expect(problemsOf(() => validateNewBusiness({ slug: "shop", name: "Shop", colour: "red" })).join()).toMatch(/colour: unknown key/);
  });
});

describe("validating a profile change", () => {
  it("keeps only the fields that were sent", () => {
    expect(validateProfileChange({ name: "New name" })).toEqual({ name: "New name" });
  });

  it("refuses a change of the slug", () => {
    expect(problemsOf(() => validateProfileChange({ slug: "other" })).join()).toMatch(/slug: unknown key/);
  });
});

describe("clearing optional fields", () => {
  it("accepts null for website, phone and coordinates, and nothing else", () => {
    expect(validateProfileChange({ website: null, phone: null, coordinates: null })).toEqual({ website: null, phone: null, coordinates: null });
    expect(problemsOf(() => validateProfileChange({ name: null })).join()).toMatch(/^name: /);
  });
});
