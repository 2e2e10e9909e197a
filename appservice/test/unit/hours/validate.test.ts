import { describe, expect, it } from "vitest";
import { isKnownTimeZone, parseOpeningHours, validateOpeningHours } from "../../../src/hours/validate.ts";
import { hoursOf, slots, weekdaysNineToFive } from "./fixtures.ts";

describe("time zones", () => {
  it("knows IANA zones and UTC, and not misspellings", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("America/Sao_Paulo")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Europe/Berln")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });

  it("suggests the zone a misspelt name probably means", () => {
    expect(validateOpeningHours(hoursOf({}, { timeZone: "Europe/Berln" }))).toEqual([
      'hours.timeZone: "Europe/Berln" is not a known IANA time zone (did you mean Europe/Berlin?)',
    ]);
  });

  it("suggests the full zone name for a bare city", () => {
    expect(validateOpeningHours(hoursOf({}, { timeZone: "Berlin" }))).toEqual([
      'hours.timeZone: "Berlin" is not a known IANA time zone (did you mean Europe/Berlin?)',
    ]);
  });

  it("gives an example when nothing is close", () => {
    expect(validateOpeningHours(hoursOf({}, { timeZone: "Mars/Olympus_Mons" }))).toEqual([
      'hours.timeZone: "Mars/Olympus_Mons" is not a known IANA time zone (e.g. Europe/Berlin)',
    ]);
  });

  it("asks for the IANA spelling of a zone written in the wrong case", () => {
    expect(validateOpeningHours(hoursOf({}, { timeZone: "europe/berlin" }))).toEqual([
      'hours.timeZone: "europe/berlin" is spelled differently from the IANA name; write Europe/Berlin',
    ]);
  });
});

describe("weekly slots", () => {
  it("accepts split shifts, overnight slots and all-day opening", () => {
    const hours = hoursOf({ ...weekdaysNineToFive, mon: slots("08:00-12:30", "14:00-18:00"), fri: slots("18:00-02:00"), sat: slots("02:00-24:00"), sun: slots("00:00-24:00") });
    expect(validateOpeningHours(hours)).toEqual([]);
  });

  it("names two slots of a day that overlap", () => {
    expect(validateOpeningHours(hoursOf({ mon: slots("08:00-12:00", "11:00-14:00") }))).toEqual([
      "hours.weekly.mon: slots 08:00-12:00 and 11:00-14:00 overlap",
    ]);
  });

  it("names an overnight slot that runs into the next day's early slot", () => {
    expect(validateOpeningHours(hoursOf({ fri: slots("18:00-02:00"), sat: slots("01:00-05:00") }))).toEqual([
      "hours.weekly.fri: slot 18:00-02:00 runs into sat and overlaps its slot 01:00-05:00",
    ]);
  });

  it("checks Sunday night against Monday morning", () => {
    expect(validateOpeningHours(hoursOf({ sun: slots("20:00-03:00"), mon: slots("02:00-06:00") }))).toEqual([
      "hours.weekly.sun: slot 20:00-03:00 runs into mon and overlaps its slot 02:00-06:00",
    ]);
  });

  it("refuses a slot that opens and closes at the same time and says how to write all day", () => {
    expect(validateOpeningHours(hoursOf({ tue: slots("09:00-09:00"), wed: slots("00:00-00:00") }))).toEqual([
      "hours.weekly.tue: slot 09:00-09:00 opens and closes at the same time; for open all day write 00:00-24:00",
      "hours.weekly.wed: slot 00:00-00:00 opens and closes at the same time; for open all day write 00:00-24:00",
    ]);
  });
});

describe("special days", () => {
  it("names a date that does not exist by its index", () => {
    const special = [
      { date: "2026-12-24", slots: [] },
      { date: "2026-12-31", slots: slots("09:00-12:00") },
      { date: "2026-02-30", slots: [] },
    ];
    expect(validateOpeningHours(hoursOf({}, { special }))).toEqual(["hours.special[2].date: 2026-02-30 is not a real date"]);
  });

  it("names a date listed twice", () => {
    const special = [
      { date: "2026-12-24", slots: [] },
      { date: "2026-12-24", slots: slots("09:00-12:00") },
    ];
    expect(validateOpeningHours(hoursOf({}, { special }))).toEqual([
      "hours.special[1].date: 2026-12-24 is listed twice (also hours.special[0]); keep one entry per date",
    ]);
  });

  it("names overlapping slots on a special day", () => {
    const special = [{ date: "2026-12-31", slots: slots("09:00-12:00", "11:30-13:00") }];
    expect(validateOpeningHours(hoursOf({}, { special }))).toEqual(["hours.special[0].slots: slots 09:00-12:00 and 11:30-13:00 overlap"]);
  });

  it("names a special overnight slot that runs into the next day's slot", () => {
    const special = [{ date: "2026-12-31", slots: slots("20:00-03:00") }];
    expect(validateOpeningHours(hoursOf({ fri: slots("01:00-05:00") }, { special }))).toEqual([
      "hours.special[0].slots: slot 20:00-03:00 runs into 2027-01-01 and overlaps its slot 01:00-05:00",
    ]);
  });

  it("names a special day's slot that the previous night's slot runs into", () => {
    const special = [{ date: "2026-12-26", slots: slots("01:00-04:00") }];
    expect(validateOpeningHours(hoursOf({ fri: slots("20:00-02:00") }, { special }))).toEqual([
      "hours.special[0].slots: slot 01:00-04:00 overlaps the slot 20:00-02:00 that runs over from fri 2026-12-25",
    ]);
  });
});

describe("parsing raw opening hours", () => {
  it("accepts valid hours and fills in no special days", () => {
    const parsed = parseOpeningHours({ timeZone: "Europe/Berlin", weekly: { mon: [{ open: "09:00", close: "17:00" }] } });
    expect(parsed).toEqual({ ok: true, hours: { timeZone: "Europe/Berlin", weekly: { mon: [{ open: "09:00", close: "17:00" }] }, special: [] } });
  });

  it("names the path of a malformed time", () => {
    const parsed = parseOpeningHours({ timeZone: "Europe/Berlin", weekly: { mon: [{ open: "9", close: "17:00" }] } });
    expect(parsed).toEqual({ ok: false, problems: ["hours.weekly.mon[0].open: must be a time HH:MM between 00:00 and 24:00"] });
  });

  it("names an unknown day key and lists the valid ones", () => {
    const parsed = parseOpeningHours({ timeZone: "Europe/Berlin", weekly: { monday: [] } });
    expect(parsed).toEqual({ ok: false, problems: ['hours.weekly: unknown key "monday"; the days are mon, tue, wed, thu, fri, sat, sun'] });
  });

  it("names a malformed special date by its index", () => {
    const parsed = parseOpeningHours({ timeZone: "Europe/Berlin", weekly: {}, special: [{ date: "24.12.2026", slots: [] }] });
    expect(parsed).toEqual({ ok: false, problems: ["hours.special[0].date: must be a date YYYY-MM-DD"] });
  });

  it("applies the rules after the shape check", () => {
    const parsed = parseOpeningHours({ timeZone: "Europe/Berln", weekly: { mon: [{ open: "08:00", close: "12:00" }, { open: "11:00", close: "14:00" }] } });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'hours.timeZone: "Europe/Berln" is not a known IANA time zone (did you mean Europe/Berlin?)',
        "hours.weekly.mon: slots 08:00-12:00 and 11:00-14:00 overlap",
      ],
    });
  });
});
