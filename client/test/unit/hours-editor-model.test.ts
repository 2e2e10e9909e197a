import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../../src/api/opening.ts";
import {
  addSlot,
  addSpecialDay,
  changeSlot,
  copyToWorkdays,
  hoursForSaving,
  localHoursProblems,
  nextSlot,
  removeSlot,
  tidyClock,
} from "../../src/business/hours-editor-model.ts";

const empty: OpeningHours = { timeZone: "Europe/Berlin", weekly: {}, special: [] };

describe("editing opening hours", () => {
  it("opens an empty day from nine to five, and adds a second shift after the first", () => {
    const one = addSlot(empty, "mon");
    expect(one.weekly.mon).toEqual([{ open: "09:00", close: "17:00" }]);
    const split = addSlot(changeSlot(one, "mon", 0, { close: "12:30" }), "mon");
    expect(split.weekly.mon).toEqual([
      { open: "09:00", close: "12:30" },
      { open: "13:30", close: "17:30" },
    ]);
  });

  it("removes a shift and leaves other days alone", () => {
    const hours = addSlot(addSlot(empty, "mon"), "tue");
    expect(removeSlot(hours, "mon", 0).weekly).toEqual({ mon: [], tue: [{ open: "09:00", close: "17:00" }] });
  });

  it("never lets a new shift run past midnight", () => {
    expect(nextSlot([{ open: "18:00", close: "23:30" }])).toEqual({ open: "23:00", close: "24:00" });
  });

  it("copies a day's shifts to Monday to Friday", () => {
    const hours = copyToWorkdays(changeSlot(addSlot(empty, "mon"), "mon", 0, { open: "08:00" }), "mon");
    expect(hours.weekly.fri).toEqual([{ open: "08:00", close: "17:00" }]);
    expect(hours.weekly.sat).toBeUndefined();
  });

  it("adds special days one after another, closed until changed", () => {
    const first = addSpecialDay(empty, "2026-12-24");
    const second = addSpecialDay(first, "2026-12-24");
    expect(second.special).toEqual([
      { date: "2026-12-24", slots: [], note: null },
      { date: "2026-12-25", slots: [], note: null },
    ]);
  });

  it("saves special days in date order, midnight as 24:00 and without empty notes", () => {
    const hours: OpeningHours = {
      timeZone: "Europe/Berlin",
      weekly: { fri: [{ open: "18:00", close: "00:00" }] },
      special: [
        { date: "2026-12-31", slots: [], note: "  " },
        { date: "2026-12-24", slots: [{ open: "07:00", close: "12:00" }], note: " Heiligabend " },
      ],
    };
    expect(hoursForSaving(hours)).toEqual({
      timeZone: "Europe/Berlin",
      weekly: { mon: [], tue: [], wed: [], thu: [], fri: [{ open: "18:00", close: "24:00" }], sat: [], sun: [] },
      special: [
        { date: "2026-12-24", slots: [{ open: "07:00", close: "12:00" }], note: "Heiligabend" },
        { date: "2026-12-31", slots: [] },
      ],
    });
  });

  it("tidies typed times", () => {
    expect(["9", "9:30", "930", "09.30", "18h", "nonsense"].map(tidyClock)).toEqual(["09:00", "09:30", "09:30", "09:30", "18:00", "nonsense"]);
  });
});

describe("mistakes the editor points out before saving", () => {
  it("finds overlapping and zero-length shifts, per day", () => {
    const hours: OpeningHours = {
      ...empty,
      weekly: {
        mon: [
          { open: "09:00", close: "13:00" },
          { open: "12:00", close: "18:00" },
        ],
        tue: [{ open: "10:00", close: "10:00" }],
        wed: [{ open: "00:00", close: "24:00" }],
        thu: [{ open: "25:00", close: "18:00" }],
      },
    };
    expect(localHoursProblems(hours)).toEqual({ "hours.weekly.mon": ["overlap"], "hours.weekly.tue": ["same-time"], "hours.weekly.thu": ["time-invalid"] });
  });

  it("finds special days without a date or listed twice", () => {
    const hours: OpeningHours = {
      ...empty,
      special: [
        { date: "2026-12-24", slots: [], note: null },
        { date: "2026-12-24", slots: [], note: null },
        { date: "", slots: [], note: null },
      ],
    };
    expect(localHoursProblems(hours)).toEqual({ "hours.special.1": ["date-twice"], "hours.special.2": ["date-missing"] });
  });
});
