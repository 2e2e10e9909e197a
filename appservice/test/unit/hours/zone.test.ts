import { describe, expect, it } from "vitest";
import { instantToLocal, localToInstant, zoneOf } from "../../../src/hours/zone.ts";

/** Local ms of an instant computed the slow, obvious way, to check the cached one against. */
function referenceLocal(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
}

const quarterHour = 15 * 60_000;

describe("wall-clock conversions", () => {
  // Lord Howe shifts by 30 minutes, Chatham sits at +12:45; both stress the per-day cache.
  it.each(["Europe/Berlin", "Australia/Sydney", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu"])(
    "agrees with Intl at every quarter hour of 2026 in %s",
    (timeZone) => {
      const zone = zoneOf(timeZone);
      const formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
      const mismatches: string[] = [];
      for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += quarterHour) {
        const local = instantToLocal(zone, instant);
        if (local !== referenceLocal(formatter, instant)) mismatches.push(`local of ${new Date(instant).toISOString()}`);
        // The second pass through a repeated hour maps back to the first.
        const back = localToInstant(zone, local);
        if (back > instant || instantToLocal(zone, back) !== local) mismatches.push(`instant of ${new Date(instant).toISOString()}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it("throws for a zone Intl does not know", () => {
    expect(() => zoneOf("Europe/Berln")).toThrow(RangeError);
  });
});
