import { describe, expect, it } from "vitest";
import { groupProblems, normalizePath, splitProblem } from "../../src/business/field-problems.ts";

const fields = ["name", "website", "address.country", "hours.timeZone", "hours.weekly.mon", "hours.special.2", "hours"];

describe("putting API problems next to their fields", () => {
  it("reads the path in front of each problem", () => {
    expect(splitProblem("website: must start with https://")).toEqual({ path: "website", message: "must start with https://" });
    expect(normalizePath("hours.special[2].date")).toBe("hours.special.2.date");
    expect(splitProblem("something went wrong")).toEqual({ path: "", message: "something went wrong" });
  });

  it("files each problem under the most specific field shown", () => {
    const grouped = groupProblems(
      [
        "name: must not be empty",
        "address.country: must be a two-letter country code such as DE",
        "hours.weekly.mon: slots 09:00-13:00 and 12:00-18:00 overlap",
        "hours.weekly.mon.0.close: must be a time HH:MM between 00:00 and 24:00",
        "hours.special[2].date: 2026-02-30 is not a real date",
        "visibility: unknown",
      ],
      fields,
    );
    expect(grouped.byField).toEqual({
      name: ["must not be empty"],
      "address.country": ["must be a two-letter country code such as DE"],
      "hours.weekly.mon": ["slots 09:00-13:00 and 12:00-18:00 overlap", "0.close: must be a time HH:MM between 00:00 and 24:00"],
      "hours.special.2": ["date: 2026-02-30 is not a real date"],
    });
    expect(grouped.other).toEqual(["visibility: unknown"]);
  });

  it("falls back to the error message when the API lists no problems", () => {
    const grouped = groupProblems(undefined, fields, 'the business profile is invalid: hours.timeZone: "Europe/Berln" is not a known IANA time zone; website: must start with https://');
    expect(grouped.byField).toEqual({ "hours.timeZone": ['"Europe/Berln" is not a known IANA time zone'], website: ["must start with https://"] });
  });
});
