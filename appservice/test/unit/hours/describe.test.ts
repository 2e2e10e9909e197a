import { describe, expect, it } from "vitest";
import { describeDayHours, describeNextOpening, describeToday } from "../../../src/hours/describe.ts";
import { at, hoursOf, slots, weekdaysNineToFive } from "./fixtures.ts";

const berlin = hoursOf(weekdaysNineToFive);
// Monday 12 January 2026, 10:00 in Berlin.
const mondayMorning = at("2026-01-12T09:00:00Z");

describe("next opening in words", () => {
  it.each([
    ["later today", "2026-01-12T13:00:00Z", "today at 14:00", "heute um 14:00 Uhr"],
    ["tomorrow", "2026-01-13T07:00:00Z", "tomorrow at 08:00", "morgen um 08:00 Uhr"],
    ["within six days", "2026-01-16T08:00:00Z", "on Friday at 09:00", "am Freitag um 09:00 Uhr"],
    ["a week or more ahead", "2026-01-19T08:00:00Z", "on Monday, 19 January at 09:00", "am Montag, 19. Januar um 09:00 Uhr"],
  ])("names an opening %s by day and time", (_when, next, english, german) => {
    expect(describeNextOpening(at(next), mondayMorning, berlin, "en")).toBe(english);
    expect(describeNextOpening(at(next), mondayMorning, berlin, "de")).toBe(german);
  });

  it("names the year of an opening in the next year", () => {
    const next = at("2027-01-04T08:00:00Z");
    const now = at("2026-12-23T17:00:00Z");
    expect(describeNextOpening(next, now, berlin, "en")).toBe("on Monday, 4 January 2027 at 09:00");
    expect(describeNextOpening(next, now, berlin, "de")).toBe("am Montag, 4. Januar 2027 um 09:00 Uhr");
  });

  it("counts days in the business's zone rather than in UTC", () => {
    const newYork = hoursOf(weekdaysNineToFive, { timeZone: "America/New_York" });
    // 22:00 on Monday in New York is already Tuesday in UTC.
    expect(describeNextOpening(at("2026-01-13T14:00:00Z"), at("2026-01-13T03:00:00Z"), newYork, "en")).toBe("tomorrow at 09:00");
  });
});

describe("a day's hours in words", () => {
  it("lists split shifts in order", () => {
    expect(describeDayHours(slots("14:00-18:00", "08:00-12:30"), "en")).toBe("08:00–12:30, 14:00–18:00");
  });

  it("says closed for a day without slots", () => {
    expect(describeDayHours([], "en")).toBe("closed");
    expect(describeDayHours([], "de")).toBe("geschlossen");
  });

  it("says open 24 hours for 00:00-24:00", () => {
    expect(describeDayHours(slots("00:00-24:00"), "en")).toBe("open 24 hours");
    expect(describeDayHours(slots("00:00-24:00"), "de")).toBe("durchgehend geöffnet");
  });

  it("shows an overnight slot with its closing time after midnight", () => {
    expect(describeDayHours(slots("18:00-02:00"), "de")).toBe("18:00–02:00");
  });
});

describe("today's hours in words", () => {
  it("uses today's date in the business's zone", () => {
    expect(describeToday(berlin, mondayMorning, "en")).toBe("09:00–17:00");
    // 23:30 UTC on Friday is already Saturday in Berlin.
    expect(describeToday(berlin, at("2026-01-16T23:30:00Z"), "en")).toBe("closed");
  });

  it("uses a special day's hours", () => {
    const christmas = hoursOf(weekdaysNineToFive, { special: [{ date: "2026-12-24", slots: slots("09:00-12:00") }] });
    expect(describeToday(christmas, at("2026-12-24T09:00:00Z"), "de")).toBe("09:00–12:00");
  });
});
