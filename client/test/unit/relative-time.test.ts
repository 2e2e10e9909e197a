import { describe, expect, it } from "vitest";
import { formatDayHeading, formatRelativeTime } from "../../src/i18n/relative-time.ts";

const now = new Date("2026-03-04T15:20:00Z");
const zone = "Europe/Berlin";
const at = (iso: string) => new Date(iso);

describe("times of messages and conversations", () => {
  it("says now, then minutes, then the time of day", () => {
    expect(formatRelativeTime(at("2026-03-04T15:19:40Z"), now, "en-GB", zone)).toBe("now");
    expect(formatRelativeTime(at("2026-03-04T15:15:00Z"), now, "en-GB", zone)).toBe("5 min ago");
    expect(formatRelativeTime(at("2026-03-04T15:15:00Z"), now, "de-DE", zone)).toBe("vor 5 Min.");
    expect(formatRelativeTime(at("2026-03-04T08:02:00Z"), now, "en-GB", zone)).toBe("09:02");
  });

  it("says yesterday with the time, then the weekday, then the date", () => {
    expect(formatRelativeTime(at("2026-03-03T13:02:00Z"), now, "en-GB", zone)).toBe("yesterday 14:02");
    expect(formatRelativeTime(at("2026-03-03T13:02:00Z"), now, "de-DE", zone)).toBe("gestern 14:02");
    expect(formatRelativeTime(at("2026-03-01T13:02:00Z"), now, "en-GB", zone)).toBe("Sunday 14:02");
    expect(formatRelativeTime(at("2026-02-20T13:02:00Z"), now, "en-GB", zone)).toBe("20 Feb");
    expect(formatRelativeTime(at("2025-12-20T13:02:00Z"), now, "en-GB", zone)).toBe("20 Dec 2025");
  });

  it("follows the user's clock across midnight", () => {
    // 00:30 in Berlin is still the previous day in UTC.
    expect(formatRelativeTime(at("2026-03-03T23:30:00Z"), at("2026-03-04T02:00:00Z"), "en-GB", zone)).toBe("00:30");
  });

  it("heads days in a conversation", () => {
    expect(formatDayHeading(at("2026-03-04T08:00:00Z"), now, "en-GB", zone)).toBe("Today");
    expect(formatDayHeading(at("2026-03-03T08:00:00Z"), now, "de-DE", zone)).toBe("Gestern");
    expect(formatDayHeading(at("2026-02-20T08:00:00Z"), now, "en-GB", zone)).toBe("Friday 20 February");
  });
});
