import { describe, expect, it } from "vitest";
import { parseCustomSnooze, snoozeUntil, toDateTimeLocal } from "../../src/conversations/snooze.ts";

// Wednesday, 4 March 2026, 15:20 on the local clock.
const wednesday = new Date(2026, 2, 4, 15, 20);

describe("snoozing a conversation", () => {
  it("offers an hour from now", () => {
    expect(snoozeUntil("one-hour", wednesday)).toEqual(new Date(2026, 2, 4, 16, 20));
  });

  it("offers tomorrow at nine", () => {
    expect(snoozeUntil("tomorrow", wednesday)).toEqual(new Date(2026, 2, 5, 9, 0));
  });

  it("offers next Monday at nine, a full week ahead when it is Monday already", () => {
    expect(snoozeUntil("next-monday", wednesday)).toEqual(new Date(2026, 2, 9, 9, 0));
    expect(snoozeUntil("next-monday", new Date(2026, 2, 9, 8, 0))).toEqual(new Date(2026, 2, 16, 9, 0));
    expect(snoozeUntil("next-monday", new Date(2026, 2, 8, 23, 0))).toEqual(new Date(2026, 2, 9, 9, 0));
  });

  it("takes a custom date and time in the future", () => {
    expect(parseCustomSnooze("2026-03-10T08:30", wednesday)).toEqual({ ok: true, until: new Date(2026, 2, 10, 8, 30) });
    expect(parseCustomSnooze("2026-03-01T08:30", wednesday)).toEqual({ ok: false, problem: "past" });
    expect(parseCustomSnooze("", wednesday)).toEqual({ ok: false, problem: "empty" });
    expect(parseCustomSnooze("2026-02-30T08:30", wednesday)).toEqual({ ok: false, problem: "invalid" });
  });

  it("fills the custom field on the local clock", () => {
    expect(toDateTimeLocal(new Date(2026, 0, 2, 3, 4))).toBe("2026-01-02T03:04");
  });
});
