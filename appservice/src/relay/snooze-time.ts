import { instantToLocal, localToInstant, zoneOf } from "../hours/zone.ts";

const msPerMinute = 60_000;
const msPerDay = 86_400_000;
const units: Record<string, number> = { m: msPerMinute, min: msPerMinute, h: 60 * msPerMinute, d: msPerDay, w: 7 * msPerDay };
const weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

function clock(text: string | undefined): number | undefined {
  if (text === undefined) return 9 * 60 * msPerMinute;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? (Number(match[1]) * 60 + Number(match[2])) * msPerMinute : undefined;
}

/**
 * When a snooze given as `2h`, `30m`, `3d`, `tomorrow [09:00]`, `monday [08:30]`
 * or `2026-12-07 [08:00]` ends, in the business's time zone. A day without a
 * time means 09:00. Returns undefined for text it cannot read.
 */
export function parseSnoozeUntil(text: string, now: number, timeZone: string): number | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  const [first, second, ...rest] = words;
  if (!first || rest.length > 0) return undefined;
  const duration = /^(\d{1,4})(m|min|h|d|w)$/.exec(first);
  if (duration && second === undefined) return now + Number(duration[1]) * (units[duration[2] ?? ""] ?? 0);

  const zone = zoneOf(timeZone);
  const localNow = instantToLocal(zone, now);
  const today = Math.floor(localNow / msPerDay) * msPerDay;
  const time = clock(second);
  if (time === undefined) return undefined;
  let day: number | undefined;
  if (first === "tomorrow") day = today + msPerDay;
  else if (first === "today") day = today;
  else if (weekdayNames.includes(first)) {
    const todayIndex = (new Date(today).getUTCDay() + 6) % 7;
    const ahead = (weekdayNames.indexOf(first) - todayIndex + 7) % 7 || 7;
    day = today + ahead * msPerDay;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(first)) {
    const parsed = Date.parse(`${first}T00:00:00Z`);
    if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== first) return undefined;
    day = parsed;
  }
  if (day === undefined) return undefined;
  return localToInstant(zone, day + time);
}
