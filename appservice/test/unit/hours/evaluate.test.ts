import { describe, expect, it } from "vitest";
import { localDateAt, openIntervals, openingState, slotsOn } from "../../../src/hours/evaluate.ts";
import { at, hoursOf, slots, weekdaysNineToFive } from "./fixtures.ts";

// Europe/Berlin is UTC+1 in January and March before the 29th, UTC+2 in summer.

describe("split shifts", () => {
  const splitShift = hoursOf({ mon: slots("08:00-12:30", "14:00-18:00") });

  it("is open in the morning shift and closes at the end of it", () => {
    expect(openingState(splitShift, at("2026-01-12T09:00:00Z"))).toEqual({ open: true, closesAt: at("2026-01-12T11:30:00Z") });
  });

  it("is closed over lunch and opens again at 14:00 the same day", () => {
    expect(openingState(splitShift, at("2026-01-12T12:00:00Z"))).toEqual({
      open: false,
      nextOpening: at("2026-01-12T13:00:00Z"),
      nextOpeningSlot: { date: "2026-01-12", open: "14:00" },
    });
  });

  it("opens at the exact opening minute and is closed at the exact closing minute", () => {
    expect(openingState(splitShift, at("2026-01-12T13:00:00Z")).open).toBe(true);
    expect(openingState(splitShift, at("2026-01-12T17:00:00Z")).open).toBe(false);
  });

  it("after the last shift of the week looks ahead to next Monday", () => {
    expect(openingState(splitShift, at("2026-01-12T18:00:00Z")).nextOpening).toEqual(at("2026-01-19T07:00:00Z"));
  });
});

describe("merged periods", () => {
  it("treats back-to-back slots as one open period", () => {
    const hours = hoursOf({ mon: slots("08:00-12:00", "12:00-14:00") });
    expect(openingState(hours, at("2026-01-12T09:00:00Z")).closesAt).toEqual(at("2026-01-12T13:00:00Z"));
  });

  it("carries an evening slot into a slot that opens at midnight the next day", () => {
    const hours = hoursOf({ fri: slots("18:00-24:00"), sat: slots("00:00-03:00") });
    expect(openingState(hours, at("2026-01-16T20:00:00Z")).closesAt).toEqual(at("2026-01-17T02:00:00Z"));
  });

  it("carries an overnight slot into the next day's slot that starts when it ends", () => {
    const hours = hoursOf({ fri: slots("18:00-02:00"), sat: slots("02:00-06:00") });
    expect(openingState(hours, at("2026-01-16T20:00:00Z")).closesAt).toEqual(at("2026-01-17T05:00:00Z"));
  });

  it("reports no closing time for a business that is always open", () => {
    const always = hoursOf(Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, slots("00:00-24:00")])));
    expect(openingState(always, at("2026-01-12T09:00:00Z"))).toEqual({ open: true });
  });

  it("closes an always-open business at the start of a special closed day", () => {
    const always = hoursOf(Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, slots("00:00-24:00")])), {
      special: [{ date: "2026-12-24", slots: [] }],
    });
    expect(openingState(always, at("2026-12-20T09:00:00Z")).closesAt).toEqual(at("2026-12-23T23:00:00Z"));
  });
});

describe("slots across midnight", () => {
  const barHours = hoursOf({ fri: slots("18:00-02:00"), sat: slots("10:00-14:00") });

  it("is still open at 01:00 on Saturday for a Friday 18:00-02:00 slot", () => {
    expect(openingState(barHours, at("2026-01-17T00:00:00Z"))).toEqual({ open: true, closesAt: at("2026-01-17T01:00:00Z") });
  });

  it("is closed at 02:30 on Saturday and opens again at 10:00", () => {
    expect(openingState(barHours, at("2026-01-17T01:30:00Z"))).toEqual({
      open: false,
      nextOpening: at("2026-01-17T09:00:00Z"),
      nextOpeningSlot: { date: "2026-01-17", open: "10:00" },
    });
  });
});

describe("special days", () => {
  const christmas = hoursOf(weekdaysNineToFive, {
    special: [
      { date: "2026-12-24", slots: [], note: "Christmas Eve" },
      { date: "2026-12-25", slots: [] },
      { date: "2026-12-31", slots: slots("09:00-12:00") },
    ],
  });

  it("skips closed holidays when looking for the next opening", () => {
    expect(openingState(christmas, at("2026-12-23T17:00:00Z")).nextOpening).toEqual(at("2026-12-28T08:00:00Z"));
  });

  it("is closed all day on a closed holiday that falls on a weekday", () => {
    expect(openingState(christmas, at("2026-12-24T10:00:00Z")).open).toBe(false);
  });

  it("closes early on a short day", () => {
    expect(openingState(christmas, at("2026-12-31T10:00:00Z")).closesAt).toEqual(at("2026-12-31T11:00:00Z"));
    expect(openingState(christmas, at("2026-12-31T12:00:00Z")).nextOpening).toEqual(at("2027-01-01T08:00:00Z"));
  });

  it("keeps the previous night's overnight slot running into a special closed day", () => {
    const hours = hoursOf({ fri: slots("18:00-02:00") }, { special: [{ date: "2026-01-17", slots: [] }] });
    expect(openingState(hours, at("2026-01-17T00:00:00Z"))).toEqual({ open: true, closesAt: at("2026-01-17T01:00:00Z") });
  });

  it("lists a special day's slots instead of the weekday's", () => {
    expect(slotsOn(christmas, "2026-12-31")).toEqual(slots("09:00-12:00"));
    expect(slotsOn(christmas, "2026-12-24")).toEqual([]);
    expect(slotsOn(christmas, "2026-12-23")).toEqual(slots("09:00-17:00"));
    expect(slotsOn(christmas, "2026-12-26")).toEqual([]);
  });

  it("refuses a date that does not exist", () => {
    expect(() => slotsOn(christmas, "2026-02-30")).toThrow(/2026-02-30 is not a real date/);
  });
});

describe("businesses that never open", () => {
  it("has no next opening without any slots", () => {
    expect(openingState(hoursOf({}), at("2026-01-12T09:00:00Z"))).toEqual({ open: false });
  });

  it("has no next opening once its only special opening day has passed", () => {
    const hours = hoursOf({}, { special: [{ date: "2026-01-10", slots: slots("10:00-12:00") }] });
    expect(openingState(hours, at("2026-01-12T09:00:00Z"))).toEqual({ open: false });
  });

  it("looks no further than 400 days ahead", () => {
    const hours = hoursOf({}, { special: [{ date: "2027-06-01", slots: slots("10:00-12:00") }] });
    expect(openingState(hours, at("2026-01-12T09:00:00Z")).nextOpening).toBeUndefined();
    expect(openingState(hours, at("2026-06-01T09:00:00Z")).nextOpening).toEqual(at("2027-06-01T08:00:00Z"));
  });
});

describe("local dates and intervals", () => {
  it("takes the local date in the business's zone, not UTC's", () => {
    const newYork = hoursOf({}, { timeZone: "America/New_York" });
    expect(localDateAt(newYork, at("2026-03-10T03:00:00Z"))).toBe("2026-03-09");
    expect(localDateAt(hoursOf({}, { timeZone: "Asia/Tokyo" }), at("2026-03-09T20:00:00Z"))).toBe("2026-03-10");
  });

  it("lists merged open intervals clipped to the window", () => {
    const hours = hoursOf({ mon: slots("08:00-12:00", "12:00-14:00", "16:00-18:00"), tue: slots("09:00-10:00") });
    expect(openIntervals(hours, at("2026-01-12T08:00:00Z"), at("2026-01-13T12:00:00Z"))).toEqual([
      { start: at("2026-01-12T08:00:00Z"), end: at("2026-01-12T13:00:00Z") },
      { start: at("2026-01-12T15:00:00Z"), end: at("2026-01-12T17:00:00Z") },
      { start: at("2026-01-13T08:00:00Z"), end: at("2026-01-13T09:00:00Z") },
    ]);
  });

  it("includes the part of last night's overnight slot inside the window", () => {
    const hours = hoursOf({ fri: slots("18:00-02:00") });
    expect(openIntervals(hours, at("2026-01-17T00:00:00Z"), at("2026-01-18T00:00:00Z"))).toEqual([
      { start: at("2026-01-17T00:00:00Z"), end: at("2026-01-17T01:00:00Z") },
    ]);
  });

  it("returns nothing for an empty or reversed window", () => {
    const hours = hoursOf(weekdaysNineToFive);
    expect(openIntervals(hours, at("2026-01-12T10:00:00Z"), at("2026-01-12T10:00:00Z"))).toEqual([]);
    expect(openIntervals(hours, at("2026-01-13T10:00:00Z"), at("2026-01-12T10:00:00Z"))).toEqual([]);
  });
});

describe("directory-scale evaluation", () => {
  it("evaluates 10,000 businesses in different zones", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"];
    const businesses = Array.from({ length: 10_000 }, (_, i) =>
      hoursOf(
        { ...weekdaysNineToFive, fri: slots("09:00-12:00", "18:00-02:00"), sat: i % 2 === 0 ? slots("00:00-24:00") : [] },
        { timeZone: zones[i % zones.length], special: i % 7 === 0 ? [{ date: "2026-03-30", slots: [] }] : [] },
      ),
    );
    const now = at("2026-03-28T12:00:00Z");
    const open = businesses.filter((hours) => openingState(hours, now).open).length;
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(10_000);
  });
});
