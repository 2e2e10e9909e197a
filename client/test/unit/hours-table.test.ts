import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../../src/api/opening.ts";
import { dayLabel, slotLabel, slotView, upcomingSpecialDays, weekRows } from "../../src/business/hours-table.ts";
import { translate, type MessageKey, type MessageParams } from "../../src/i18n/messages.ts";

const t = (key: MessageKey, params?: MessageParams) => translate("en", key, params);

const hours: OpeningHours = {
  timeZone: "Europe/Berlin",
  weekly: {
    tue: [
      { open: "14:00", close: "18:30" },
      { open: "10:00", close: "13:00" },
    ],
    fri: [{ open: "18:00", close: "03:00" }],
    sat: [{ open: "00:00", close: "24:00" }],
    wed: [{ open: "18:00", close: "00:00" }],
  },
  special: [
    { date: "2026-12-31", slots: [{ open: "20:00", close: "04:00" }], note: "Silvester" },
    { date: "2026-12-01", slots: [], note: "past" },
    { date: "2026-12-24", slots: [], note: "Heiligabend" },
  ],
};

describe("the weekly hours table", () => {
  it("lists Monday to Sunday and marks today", () => {
    const rows = weekRows(hours, "2026-12-04");
    expect(rows.map((row) => row.day)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(rows.filter((row) => row.isToday).map((row) => row.day)).toEqual(["fri"]);
  });

  it("shows a split shift as its slots in time order", () => {
    const tuesday = weekRows(hours, undefined)[1]!;
    expect(dayLabel(tuesday.slots, "en-GB", t)).toBe("10:00–13:00, 14:00–18:30");
  });

  it("marks a slot past midnight as ending the next day", () => {
    expect(slotView({ open: "18:00", close: "03:00" }).overnight).toBe(true);
    expect(slotLabel(slotView({ open: "18:00", close: "03:00" }), "en-GB", t)).toBe("18:00–03:00 next day");
  });

  it("does not call a slot that ends at midnight overnight, and shows 00:00–24:00 as all day", () => {
    expect(slotView({ open: "18:00", close: "00:00" }).overnight).toBe(false);
    expect(slotLabel(slotView({ open: "00:00", close: "24:00" }), "en-GB", t)).toBe("Open 24 hours");
  });

  it("says Closed for a day without slots", () => {
    expect(dayLabel([], "en-GB", t)).toBe("Closed");
  });

  it("lists special days from today on, soonest first", () => {
    expect(upcomingSpecialDays(hours, "2026-12-04").map((day) => [day.date, day.note])).toEqual([
      ["2026-12-24", "Heiligabend"],
      ["2026-12-31", "Silvester"],
    ]);
    expect(upcomingSpecialDays(hours, "2026-12-04", 1)).toHaveLength(1);
  });
});
