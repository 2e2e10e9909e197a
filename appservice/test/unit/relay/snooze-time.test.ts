import { describe, expect, it } from "vitest";
import { parseSnoozeUntil } from "../../../src/relay/snooze-time.ts";

// Friday 4 December 2026, 15:00 in Berlin (14:00 UTC).
const now = Date.parse("2026-12-04T14:00:00Z");
const at = (text: string) => {
  const until = parseSnoozeUntil(text, now, "Europe/Berlin");
  return until === undefined ? undefined : new Date(until).toISOString();
};

describe("snooze times", () => {
  it("read durations", () => {
    expect(at("2h")).toBe("2026-12-04T16:00:00.000Z");
    expect(at("30m")).toBe("2026-12-04T14:30:00.000Z");
    expect(at("1w")).toBe("2026-12-11T14:00:00.000Z");
  });

  it("read days and times in the business's time zone, 09:00 when no time is given", () => {
    expect(at("tomorrow")).toBe("2026-12-05T08:00:00.000Z");
    expect(at("tomorrow 13:30")).toBe("2026-12-05T12:30:00.000Z");
    expect(at("monday 08:00")).toBe("2026-12-07T07:00:00.000Z");
    expect(at("friday")).toBe("2026-12-11T08:00:00.000Z");
    expect(at("2027-01-04 10:00")).toBe("2027-01-04T09:00:00.000Z");
  });

  it("refuse what they cannot read", () => {
    for (const text of ["", "soon", "2x", "tomorrow 25:00", "2026-02-30", "monday at 8"]) expect(at(text), text).toBeUndefined();
  });
});
