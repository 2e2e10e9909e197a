/**
 * When a snoozed conversation comes back, on the staff member's own clock.
 * The presets are what people pick most; anything else is a date and time.
 */

export type SnoozePreset = "one-hour" | "tomorrow" | "next-monday";

export const snoozePresets: readonly SnoozePreset[] = ["one-hour", "tomorrow", "next-monday"];

/** The hour a snooze to "tomorrow" or "next Monday" ends: the start of a working day. */
const morningHour = 9;

export function snoozeUntil(preset: SnoozePreset, now: Date): Date {
  switch (preset) {
    case "one-hour":
      return new Date(now.getTime() + 60 * 60_000);
    case "tomorrow":
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, morningHour, 0);
    case "next-monday": {
      // getDay(): 0 is Sunday, 1 is Monday. On a Monday, "next Monday" is a week away.
      const days = ((8 - now.getDay()) % 7) || 7;
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, morningHour, 0);
    }
  }
}

/** The value of an `<input type="datetime-local">` for an instant: "2025-03-04T09:00" on the local clock. */
export function toDateTimeLocal(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

export type CustomSnooze = { ok: true; until: Date } | { ok: false; problem: "empty" | "invalid" | "past" };

/** A custom snooze from a datetime-local value; it must be in the future. */
export function parseCustomSnooze(value: string, now: Date): CustomSnooze {
  if (value.trim() === "") return { ok: false, problem: "empty" };
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return { ok: false, problem: "invalid" };
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const until = new Date(year, month - 1, day, hour, minute);
  if (Number.isNaN(until.getTime()) || until.getMonth() !== month - 1) return { ok: false, problem: "invalid" };
  if (until.getTime() <= now.getTime()) return { ok: false, problem: "past" };
  return { ok: true, until };
}
