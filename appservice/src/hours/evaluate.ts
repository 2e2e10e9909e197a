import { clockTimeOf, dateOfDayNumber, dayNumberOf, msPerDay, msPerMinute, weekdayOfDayNumber } from "./clock.ts";
import { compileHours, spansOn } from "./compile.ts";
import type { OpeningHours, TimeSlot } from "./model.ts";
import { instantToLocal, localToInstant, zoneOf } from "./zone.ts";

/**
 * Whether a business is open at an instant, and until when or from when.
 *
 * A slot belongs to the day it starts on, and its part past midnight still
 * applies when the next day is a special day: a holiday on Saturday does not
 * cut short Friday's 18:00-02:00 shift, because that shift is Friday's.
 * Likewise a special day's own overnight slot runs into the following day.
 */

export interface OpeningState {
  open: boolean;
  /** When open: the end of the current open period; undefined if it does not end within the search horizon. */
  closesAt?: Date;
  /** When closed: the start of the next open period; undefined if none within the search horizon. */
  nextOpening?: Date;
  /** The slot that starts `nextOpening`, as written: its local date and opening time. */
  nextOpeningSlot?: { date: string; open: string };
}

export interface OpenInterval {
  start: Date;
  end: Date;
}

/** How far openingState looks ahead for the next opening or the closing time. */
export const searchHorizonDays = 400;

/** The slots of a local date "YYYY-MM-DD": its special day if it has one, else its weekday's slots. */
export function slotsOn(hours: OpeningHours, localDate: string): TimeSlot[] {
  const day = dayNumberOf(localDate);
  if (day === undefined) throw new RangeError(`${localDate} is not a real date YYYY-MM-DD`);
  const special = hours.special.find((specialDay) => specialDay.date === localDate);
  return [...(special ? special.slots : (hours.weekly[weekdayOfDayNumber(day)] ?? []))];
}

/** The local date "YYYY-MM-DD" at an instant, in the business's time zone. */
export function localDateAt(hours: OpeningHours, at: Date): string {
  return dateOfDayNumber(Math.floor(instantToLocal(zoneOf(hours.timeZone), at.getTime()) / msPerDay));
}

/**
 * Open periods merge adjacent and overlapping slots (08:00-12:00 and
 * 12:00-14:00 are one period, as is an overnight slot running into a slot
 * that opens at 00:00). Runs for thousands of businesses per request: it
 * walks day spans as numbers and converts only the boundaries it compares.
 */
export function openingState(hours: OpeningHours, at: Date): OpeningState {
  const compiled = compileHours(hours);
  const { zone } = compiled;
  const now = at.getTime();
  const today = Math.floor(instantToLocal(zone, now) / msPerDay);
  let open = false;
  // While open: the period's end as local ms, and as an instant once computed (NaN until then).
  let endLocal = 0;
  let endInstant = Number.NaN;

  // Starts a day early because yesterday's overnight slot may still be running.
  for (let day = today - 1; day <= today + searchHorizonDays; day++) {
    if (day > compiled.lastSpecialDay) {
      if (!open && compiled.weeklyEmpty) return { open: false };
      if (open && compiled.weeklyAlwaysOpen && endLocal >= day * msPerDay) return { open: true };
    }
    const spans = spansOn(compiled, day);
    const base = day * msPerDay;
    for (let i = 0; i < spans.length; i += 2) {
      const startLocal = base + (spans[i] as number) * msPerMinute;
      const spanEndLocal = base + (spans[i + 1] as number) * msPerMinute;
      if (!open) {
        const end = localToInstant(zone, spanEndLocal);
        if (end <= now) continue;
        const start = localToInstant(zone, startLocal);
        // A slot entirely inside a skipped hour never happens.
        if (start >= end) continue;
        if (start > now) {
          return {
            open: false,
            nextOpening: new Date(start),
            nextOpeningSlot: { date: dateOfDayNumber(day), open: clockTimeOf(spans[i] as number) },
          };
        }
        open = true;
        endLocal = spanEndLocal;
        endInstant = end;
        continue;
      }
      if (startLocal > endLocal) {
        if (Number.isNaN(endInstant)) endInstant = localToInstant(zone, endLocal);
        // Two wall times inside one skipped hour are the same instant, so the period may still continue.
        if (localToInstant(zone, startLocal) > endInstant) return { open: true, closesAt: new Date(endInstant) };
      }
      if (spanEndLocal > endLocal) {
        endLocal = spanEndLocal;
        endInstant = Number.NaN;
      }
    }
  }
  return { open };
}

/** Open periods overlapping [from, to), merged and clipped to that window. */
export function openIntervals(hours: OpeningHours, from: Date, to: Date): OpenInterval[] {
  const compiled = compileHours(hours);
  const { zone } = compiled;
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs)) return [];
  const firstDay = Math.floor(instantToLocal(zone, fromMs) / msPerDay) - 1;
  const lastDay = Math.floor(instantToLocal(zone, toMs) / msPerDay);
  const merged: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const spans = spansOn(compiled, day);
    const base = day * msPerDay;
    for (let i = 0; i < spans.length; i += 2) {
      const start = localToInstant(zone, base + (spans[i] as number) * msPerMinute);
      const end = localToInstant(zone, base + (spans[i + 1] as number) * msPerMinute);
      if (start >= end) continue;
      const last = merged.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
  }
  const intervals: OpenInterval[] = [];
  for (const [start, end] of merged) {
    const clippedStart = Math.max(start, fromMs);
    const clippedEnd = Math.min(end, toMs);
    if (clippedEnd > clippedStart) intervals.push({ start: new Date(clippedStart), end: new Date(clippedEnd) });
  }
  return intervals;
}
