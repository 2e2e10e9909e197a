import { weekdays, type TimeSlot, type Weekday } from "./model.ts";

/**
 * Wall-clock arithmetic without a time zone: times of day as minutes since
 * midnight, local dates as day numbers (days since 1970-01-01). Plain numbers
 * keep the evaluator free of per-call allocations.
 */

export const minutesPerDay = 1440;
export const msPerMinute = 60_000;
export const msPerDay = 86_400_000;

/** "HH:MM" to minutes since midnight; NaN for anything else. */
export function minutesOf(time: string): number {
  if (time.length !== 5 || time.charCodeAt(2) !== 58) return Number.NaN;
  const hours = digit(time, 0) * 10 + digit(time, 1);
  const minutes = digit(time, 3) * 10 + digit(time, 4);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) return Number.NaN;
  return hours * 60 + minutes;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Minutes since midnight to "HH:MM"; 1440 stays "24:00". */
export function clockTimeOf(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * A slot as a span of minutes from the midnight that starts its own day; an
 * overnight slot ends past 1440. `close <= open` runs past midnight, so
 * "00:00"-"00:00" lasts a full day, as the model defines.
 */
export function slotSpan(slot: TimeSlot): { start: number; end: number } {
  const start = minutesOf(slot.open);
  const close = minutesOf(slot.close);
  return { start, end: close > start ? close : close + minutesPerDay };
}

export function formatSlot(slot: TimeSlot): string {
  return `${slot.open}-${slot.close}`;
}

/** Day number of a real calendar date "YYYY-MM-DD"; undefined otherwise (2026-02-30). */
export function dayNumberOf(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 02-30 over into March; a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return ms / msPerDay;
}

export function dateOfDayNumber(day: number): string {
  const date = new Date(day * msPerDay);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Index into `weekdays` (0 = mon); 1970-01-01 was a Thursday. */
export function weekdayIndexOfDayNumber(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOfDayNumber(day: number): Weekday {
  return weekdays[weekdayIndexOfDayNumber(day)] as Weekday;
}
