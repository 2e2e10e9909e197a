import { dayNumberOf, minutesPerDay, slotSpan, weekdayIndexOfDayNumber } from "./clock.ts";
import { weekdays, type OpeningHours, type TimeSlot } from "./model.ts";
import { zoneOf, type Zone } from "./zone.ts";

/**
 * Opening hours in the shape the evaluator wants: per day a flat list of
 * minute spans [start, end, start, end, ...] sorted by start, special days by
 * day number. Compiled once per hours object and kept in a WeakMap, so
 * callers must treat an OpeningHours value as immutable: a changed schedule
 * is a new object.
 */
export interface CompiledHours {
  readonly zone: Zone;
  /** Indexed like `weekdays` (0 = mon). */
  readonly weekly: readonly (readonly number[])[];
  readonly special: ReadonlyMap<number, readonly number[]>;
  /** Day number of the last special day, -Infinity without any. */
  readonly lastSpecialDay: number;
  /** No weekly slot at all: after the last special day the business never opens. */
  readonly weeklyEmpty: boolean;
  /** Every weekday covered from 00:00 to 24:00: after the last special day it never closes. */
  readonly weeklyAlwaysOpen: boolean;
}

const cache = new WeakMap<OpeningHours, CompiledHours>();

/** Throws a RangeError for an unknown time zone; validate hours before storing them. */
export function compileHours(hours: OpeningHours): CompiledHours {
  const cached = cache.get(hours);
  if (cached) return cached;
  const weekly = weekdays.map((day) => spansOf(hours.weekly[day] ?? []));
  const special = new Map<number, readonly number[]>();
  let lastSpecialDay = Number.NEGATIVE_INFINITY;
  for (const specialDay of hours.special) {
    const day = dayNumberOf(specialDay.date);
    // The first entry for a date wins, as in slotsOn; validation reports the duplicate.
    if (day === undefined || special.has(day)) continue;
    special.set(day, spansOf(specialDay.slots));
    lastSpecialDay = Math.max(lastSpecialDay, day);
  }
  const compiled: CompiledHours = {
    zone: zoneOf(hours.timeZone),
    weekly,
    special,
    lastSpecialDay,
    weeklyEmpty: weekly.every((spans) => spans.length === 0),
    weeklyAlwaysOpen: weekly.every(coversWholeDay),
  };
  cache.set(hours, compiled);
  return compiled;
}

/** The spans of local day `day`: a special day replaces the weekly slots. */
export function spansOn(compiled: CompiledHours, day: number): readonly number[] {
  return compiled.special.get(day) ?? compiled.weekly[weekdayIndexOfDayNumber(day)] ?? [];
}

function spansOf(slots: readonly TimeSlot[]): number[] {
  const spans = slots.map(slotSpan).filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end));
  spans.sort((a, b) => a.start - b.start);
  return spans.flatMap((span) => [span.start, span.end]);
}

function coversWholeDay(spans: readonly number[]): boolean {
  let covered = 0;
  for (let i = 0; i < spans.length; i += 2) {
    if ((spans[i] as number) > covered) return false;
    covered = Math.max(covered, spans[i + 1] as number);
  }
  return covered >= minutesPerDay;
}
