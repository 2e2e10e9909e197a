import { describe, expect, it } from "vitest";
import type { OpeningState } from "../../src/api/opening.ts";
import { openingChangesAt, openingDetail } from "../../src/business/opening-text.ts";
import { translate, type Language } from "../../src/i18n/messages.ts";

function opening(change: Partial<OpeningState>): OpeningState {
  return {
    openNow: false,
    closesAt: null,
    nextOpening: null,
    today: { date: "2026-12-04", slots: [], text: "" },
    timeZone: "Europe/Berlin",
    ...change,
  };
}

/** 2026-12-04 is a Friday; Berlin is UTC+1 in December. */
function say(state: OpeningState, nowIso: string, language: Language = "en", locale = "en-GB"): string {
  const detail = openingDetail(state, new Date(nowIso), locale);
  return translate(language, detail.key, detail.params);
}

describe("when a business closes or opens, in words", () => {
  it("counts down the last hour before closing", () => {
    expect(say(opening({ openNow: true, closesAt: "2026-12-04T17:30:00Z" }), "2026-12-04T17:05:00Z")).toBe("Closes in 25 minutes");
  });

  it("gives the closing time later the same day, in the business's time zone", () => {
    const state = opening({ openNow: true, closesAt: "2026-12-04T17:30:00Z" });
    expect(say(state, "2026-12-04T09:00:00Z")).toBe("Closes at 18:30");
    expect(say(state, "2026-12-04T09:00:00Z", "de", "de")).toBe("Schließt um 18:30 Uhr");
    expect(say(state, "2026-12-04T09:00:00Z", "en", "en-US")).toMatch(/^Closes at 6:30\sPM$/);
  });

  it("says that a slot past midnight closes tomorrow", () => {
    const state = opening({ openNow: true, closesAt: "2026-12-05T02:00:00Z" });
    expect(say(state, "2026-12-04T20:30:00Z")).toBe("Closes tomorrow at 03:00");
    expect(say(state, "2026-12-04T20:30:00Z", "de", "de")).toBe("Schließt morgen um 03:00 Uhr");
  });

  it("counts down to an opening within the hour, else names today or tomorrow", () => {
    const state = opening({ nextOpening: "2026-12-04T13:00:00Z" });
    expect(say(state, "2026-12-04T12:15:00Z")).toBe("Opens in 45 minutes");
    expect(say(state, "2026-12-04T10:00:00Z")).toBe("Opens today at 14:00");
    expect(say(opening({ nextOpening: "2026-12-05T06:00:00Z" }), "2026-12-04T20:00:00Z", "de", "de")).toBe("Öffnet morgen um 07:00 Uhr");
  });

  it("names the weekday within the coming week, and the full date beyond", () => {
    expect(say(opening({ nextOpening: "2026-12-07T07:00:00Z" }), "2026-12-04T20:00:00Z")).toBe("Opens on Monday at 08:00");
    expect(say(opening({ nextOpening: "2027-01-04T08:00:00Z" }), "2026-12-23T20:00:00Z", "de", "de")).toBe(
      "Öffnet am Montag, 4. Januar 2027 um 09:00 Uhr",
    );
  });

  it("handles businesses that never close, or have no opening planned", () => {
    expect(say(opening({ openNow: true }), "2026-12-04T12:00:00Z")).toBe("Open around the clock");
    expect(say(opening({}), "2026-12-04T12:00:00Z")).toBe("No opening hours are planned at the moment.");
  });

  it("knows when the state goes out of date", () => {
    expect(openingChangesAt(opening({ openNow: true, closesAt: "2026-12-04T17:30:00Z" }))?.toISOString()).toBe("2026-12-04T17:30:00.000Z");
    expect(openingChangesAt(opening({}))).toBeUndefined();
  });
});
