import { describe, expect, it } from "vitest";
import {
  dateIn,
  formatCalendarDate,
  formatClock,
  formatTimeIn,
  intlLocale,
  languageName,
  regionName,
  weekdayName,
  weekdayOfDate,
} from "../../src/i18n/format.ts";

describe("formatting for the user's locale", () => {
  it("uses the browser's regional variant of the UI language", () => {
    expect(intlLocale("en", ["de-DE", "en-GB"])).toBe("en-GB");
    expect(intlLocale("de", ["en-US"])).toBe("de");
  });

  it("writes 24-hour times with two-digit hours, and 12-hour times the locale's way", () => {
    expect(formatClock("06:30", "en-GB")).toBe("06:30");
    expect(formatClock("18:30", "de")).toBe("18:30");
    expect(formatClock("18:30", "en-US")).toMatch(/^6:30\sPM$/);
    expect(formatClock("24:00", "de")).toBe("00:00");
  });

  it("shows an instant on the business's clock", () => {
    expect(formatTimeIn(new Date("2026-12-05T02:00:00Z"), "de", "Europe/Berlin")).toBe("03:00");
    expect(dateIn(new Date("2026-12-04T23:30:00Z"), "Europe/Berlin")).toBe("2026-12-05");
  });

  it("names weekdays in the UI language", () => {
    expect(weekdayName("mon", "en")).toBe("Monday");
    expect(weekdayName("sun", "de")).toBe("Sonntag");
    expect(weekdayOfDate("2026-12-04")).toBe("fri");
    expect(weekdayOfDate("not a date")).toBeUndefined();
  });

  it("names the year of a date only when it is not the current one", () => {
    expect(formatCalendarDate("2026-12-24", "en-GB", 2026)).toBe("Thursday 24 December");
    expect(formatCalendarDate("2027-01-01", "de", 2026)).toBe("Freitag, 1. Januar 2027");
  });

  it("names languages and countries, falling back to the code", () => {
    expect(languageName("tr", "de")).toBe("Türkisch");
    expect(regionName("pl", "en")).toBe("Poland");
    expect(languageName("qqq", "en")).toBe("qqq");
  });
});
