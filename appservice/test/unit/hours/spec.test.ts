import { describe, expect, it } from "vitest";
import { formatSpecialDaySpec, formatWeeklySpec, parseSpecialDaySpec, parseWeeklySpec } from "../../../src/hours/spec.ts";
import { slots } from "./fixtures.ts";

function weeklyOf(spec: string) {
  const parsed = parseWeeklySpec(spec);
  if (!parsed.ok) throw new Error(`expected "${spec}" to parse: ${parsed.problem}`);
  return parsed.weekly;
}

function weeklyProblem(spec: string): string {
  const parsed = parseWeeklySpec(spec);
  if (parsed.ok) throw new Error(`expected "${spec}" to be refused`);
  return parsed.problem;
}

describe("weekly spec", () => {
  it("reads day ranges with split shifts and closed days", () => {
    expect(weeklyOf("mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed")).toEqual({
      mon: slots("08:00-12:30", "14:00-18:00"),
      tue: slots("08:00-12:30", "14:00-18:00"),
      wed: slots("08:00-12:30", "14:00-18:00"),
      thu: slots("08:00-12:30", "14:00-18:00"),
      fri: slots("08:00-12:30", "14:00-18:00"),
      sat: slots("09:00-13:00"),
      sun: [],
    });
  });

  it("reads lists of days and leaves the other days out", () => {
    expect(weeklyOf("mo,we,fr 09:00-17:00")).toEqual({ mon: slots("09:00-17:00"), wed: slots("09:00-17:00"), fri: slots("09:00-17:00") });
  });

  it("reads overnight slots and all-day opening", () => {
    expect(weeklyOf("fr-sa 18:00-02:00")).toEqual({ fri: slots("18:00-02:00"), sat: slots("18:00-02:00") });
    expect(Object.values(weeklyOf("mo-su 00:00-24:00"))).toEqual(Array.from({ length: 7 }, () => slots("00:00-24:00")));
  });

  it("reads ranges that wrap around the weekend", () => {
    expect(Object.keys(weeklyOf("sa-mo 10:00-14:00"))).toEqual(["sat", "sun", "mon"]);
  });

  it("ignores case, extra spaces and accepts full and three-letter day names", () => {
    expect(weeklyOf(" Monday - WED 8:00 - 12:00 , 13:00-17:00 ;sun CLOSED; ")).toEqual({
      mon: slots("08:00-12:00", "13:00-17:00"),
      tue: slots("08:00-12:00", "13:00-17:00"),
      wed: slots("08:00-12:00", "13:00-17:00"),
      sun: [],
    });
  });

  it("refuses a day listed twice", () => {
    expect(weeklyProblem("mo-fr 09:00-17:00; fr 10:00-12:00")).toBe(
      'fr is listed twice; give each day once, e.g. "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed"',
    );
  });

  it("refuses an unknown day and shows the day codes", () => {
    expect(weeklyProblem("mo-xy 09:00-17:00")).toBe(
      '"mo-xy" is not a day or a range of days; use mo tu we th fr sa su (or monday, ...), e.g. "mo-fr" or "mo,we,fr"',
    );
  });

  it("refuses a group without hours and shows the expected form", () => {
    expect(weeklyProblem("mo-fr")).toBe(
      '"mo-fr" should be days then hours or "closed", e.g. "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed"',
    );
  });

  it("refuses a time that does not exist", () => {
    expect(weeklyProblem("mo 09:00-25:00")).toBe('"09:00-25:00" is not a time slot; write HH:MM-HH:MM between 00:00 and 24:00, e.g. "08:00-12:30"');
  });

  it("refuses overlapping and zero-length slots with the rule's own message", () => {
    expect(weeklyProblem("mo 08:00-12:00,11:00-14:00")).toBe("mo: slots 08:00-12:00 and 11:00-14:00 overlap");
    expect(weeklyProblem("fr 18:00-02:00; sa 01:00-05:00")).toBe("fr: slot 18:00-02:00 runs into sa and overlaps its slot 01:00-05:00");
    expect(weeklyProblem("mo 09:00-09:00")).toBe("mo: slot 09:00-09:00 opens and closes at the same time; for open all day write 00:00-24:00");
  });

  it("refuses an empty spec", () => {
    expect(weeklyProblem("  ")).toMatch(/^no opening hours given; write days then hours, e\.g\. /);
  });
});

describe("formatting weekly hours", () => {
  it("groups consecutive days with the same slots", () => {
    expect(formatWeeklySpec(weeklyOf("mo-fr 08:00-18:00; sa 09:00-13:00"))).toBe("mo-fr 08:00-18:00; sa 09:00-13:00");
  });

  it("groups days with the same slots even when they are not consecutive", () => {
    expect(formatWeeklySpec({ mon: slots("09:00-17:00"), tue: slots("09:00-17:00"), wed: slots("10:00-12:00"), fri: slots("09:00-17:00") })).toBe(
      "mo-tu,fr 09:00-17:00; we 10:00-12:00",
    );
  });

  it("writes a week without any days as closed every day", () => {
    expect(formatWeeklySpec({})).toBe("mo-su closed");
  });

  it.each([
    "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed",
    "mo,we,fr 09:00-17:00",
    "fr-sa 18:00-02:00",
    "mo-su 00:00-24:00",
    "mo 07:00-09:00; tu-th closed; sa-su 10:00-16:00",
  ])("round-trips %s", (spec) => {
    const weekly = weeklyOf(spec);
    expect(formatWeeklySpec(weekly)).toBe(spec);
    expect(weeklyOf(formatWeeklySpec(weekly))).toEqual(weekly);
  });
});

describe("special day spec", () => {
  it("reads a closed day", () => {
    expect(parseSpecialDaySpec("2026-12-24 closed")).toEqual({ ok: true, special: { date: "2026-12-24", slots: [] } });
  });

  it("reads a short day", () => {
    expect(parseSpecialDaySpec("2026-12-31 09:00-12:00")).toEqual({ ok: true, special: { date: "2026-12-31", slots: slots("09:00-12:00") } });
  });

  it("takes the rest of the line as the note", () => {
    expect(parseSpecialDaySpec("2026-12-24 closed Christmas Eve")).toEqual({
      ok: true,
      special: { date: "2026-12-24", slots: [], note: "Christmas Eve" },
    });
    expect(parseSpecialDaySpec("2026-12-26 10:00-12:00, 14:00-16:00 2. Weihnachtstag")).toEqual({
      ok: true,
      special: { date: "2026-12-26", slots: slots("10:00-12:00", "14:00-16:00"), note: "2. Weihnachtstag" },
    });
  });

  it("refuses a date that does not exist", () => {
    expect(parseSpecialDaySpec("2026-02-30 closed")).toEqual({
      ok: false,
      problem: '2026-02-30 is not a real date YYYY-MM-DD, e.g. "2026-12-24 closed Christmas Eve" or "2026-12-31 09:00-12:00"',
    });
  });

  it("refuses a line without hours", () => {
    expect(parseSpecialDaySpec("2026-12-24 Christmas Eve")).toEqual({
      ok: false,
      problem: '"2026-12-24 Christmas Eve" should be a date, then hours or "closed", then an optional note, e.g. "2026-12-24 closed Christmas Eve" or "2026-12-31 09:00-12:00"',
    });
  });

  it("refuses overlapping slots", () => {
    expect(parseSpecialDaySpec("2026-12-31 09:00-12:00,11:00-13:00")).toEqual({ ok: false, problem: "2026-12-31: slots 09:00-12:00 and 11:00-13:00 overlap" });
  });

  it("round-trips through formatting", () => {
    for (const spec of ["2026-12-24 closed Christmas Eve", "2026-12-31 09:00-12:00", "2026-12-26 10:00-12:00,14:00-16:00 2. Weihnachtstag"]) {
      const parsed = parseSpecialDaySpec(spec);
      expect(parsed.ok && formatSpecialDaySpec(parsed.special)).toBe(spec);
    }
  });
});
