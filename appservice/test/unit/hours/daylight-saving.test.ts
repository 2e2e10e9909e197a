import { describe, expect, it } from "vitest";
import { localDateAt, openIntervals, openingState } from "../../../src/hours/evaluate.ts";
import { at, hoursOf, slots } from "./fixtures.ts";

/** Real hours a business is open between two instants. */
function hoursOpen(hours: ReturnType<typeof hoursOf>, from: string, to: string): number {
  return openIntervals(hours, at(from), at(to)).reduce((sum, { start, end }) => sum + (end.getTime() - start.getTime()) / 3_600_000, 0);
}

describe("Europe/Berlin when clocks go forward (29 March 2026, 02:00 becomes 03:00)", () => {
  it("keeps a 01:00-04:00 slot open for two real hours", () => {
    const hours = hoursOf({ sun: slots("01:00-04:00") });
    expect(hoursOpen(hours, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z")).toBe(2);
    expect(openingState(hours, at("2026-03-29T00:30:00Z"))).toEqual({ open: true, closesAt: at("2026-03-29T02:00:00Z") });
  });

  it("opens a slot that starts at the skipped 02:30 when the clock jumps to 03:00", () => {
    const hours = hoursOf({ sun: slots("02:30-05:00") });
    expect(openingState(hours, at("2026-03-28T23:30:00Z"))).toEqual({
      open: false,
      nextOpening: at("2026-03-29T01:00:00Z"),
      nextOpeningSlot: { date: "2026-03-29", open: "02:30" },
    });
    expect(openingState(hours, at("2026-03-29T01:10:00Z")).open).toBe(true);
  });

  it("never opens a slot that lies wholly inside the skipped hour", () => {
    const hours = hoursOf({}, { special: [{ date: "2026-03-29", slots: slots("02:15-02:45") }] });
    expect(openingState(hours, at("2026-03-28T12:00:00Z"))).toEqual({ open: false });
    expect(openIntervals(hours, at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"))).toEqual([]);
  });

  it("uses summer time for a slot later that Sunday", () => {
    const hours = hoursOf({ sun: slots("10:00-12:00") });
    expect(openingState(hours, at("2026-03-29T05:00:00Z")).nextOpening).toEqual(at("2026-03-29T08:00:00Z"));
  });
});

describe("Europe/Berlin when clocks go back (25 October 2026, 03:00 becomes 02:00)", () => {
  it("keeps a 01:00-04:00 slot open for four real hours", () => {
    const hours = hoursOf({ sun: slots("01:00-04:00") });
    expect(hoursOpen(hours, "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z")).toBe(4);
  });

  it("opens a slot at the first of the two 02:30s", () => {
    const hours = hoursOf({ sun: slots("02:30-05:00") });
    expect(openingState(hours, at("2026-10-24T23:00:00Z")).nextOpening).toEqual(at("2026-10-25T00:30:00Z"));
  });

  it("closes a slot at the first of the two 02:30s", () => {
    const hours = hoursOf({ sun: slots("00:00-02:30") });
    expect(openingState(hours, at("2026-10-25T00:00:00Z")).closesAt).toEqual(at("2026-10-25T00:30:00Z"));
    expect(openingState(hours, at("2026-10-25T01:00:00Z")).open).toBe(false);
  });

  it("counts the repeated hour as the same local date", () => {
    const hours = hoursOf({});
    expect(localDateAt(hours, at("2026-10-25T00:30:00Z"))).toBe("2026-10-25");
    expect(localDateAt(hours, at("2026-10-25T01:30:00Z"))).toBe("2026-10-25");
  });
});

describe("Australia/Sydney, where the seasons are the other way round", () => {
  const sydney = (weekly: Parameters<typeof hoursOf>[0]) => hoursOf(weekly, { timeZone: "Australia/Sydney" });

  it("keeps a 01:00-04:00 slot open for two real hours when clocks go forward in October", () => {
    expect(hoursOpen(sydney({ sun: slots("01:00-04:00") }), "2026-10-03T00:00:00Z", "2026-10-04T00:00:00Z")).toBe(2);
  });

  it("opens a slot at the skipped 02:30 when the clock jumps to 03:00", () => {
    expect(openingState(sydney({ sun: slots("02:30-05:00") }), at("2026-10-03T12:00:00Z")).nextOpening).toEqual(at("2026-10-03T16:00:00Z"));
  });

  it("keeps a 01:00-04:00 slot open for four real hours when clocks go back in April", () => {
    expect(hoursOpen(sydney({ sun: slots("01:00-04:00") }), "2026-04-04T00:00:00Z", "2026-04-05T00:00:00Z")).toBe(4);
  });

  it("opens at the first of the two 02:30s in April", () => {
    expect(openingState(sydney({ sun: slots("02:30-05:00") }), at("2026-04-04T12:00:00Z")).nextOpening).toEqual(at("2026-04-04T15:30:00Z"));
  });
});

describe("America/Sao_Paulo, which no longer observes daylight saving time", () => {
  it("opens at the same UTC time in its former summer and winter", () => {
    const hours = hoursOf({ mon: slots("09:00-18:00") }, { timeZone: "America/Sao_Paulo" });
    expect(openingState(hours, at("2026-01-12T00:00:00Z")).nextOpening).toEqual(at("2026-01-12T12:00:00Z"));
    expect(openingState(hours, at("2026-07-13T00:00:00Z")).nextOpening).toEqual(at("2026-07-13T12:00:00Z"));
  });
});
