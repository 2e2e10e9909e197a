import type { z } from "zod";
import { dateOfDayNumber, dayNumberOf, formatSlot, minutesPerDay, slotSpan, weekdayOfDayNumber } from "./clock.ts";
import { openingHoursSchema, weekdays, type OpeningHours, type TimeSlot, type Weekday } from "./model.ts";
import { suggestTimeZone } from "./suggest-zone.ts";
import { canonicalTimeZone } from "./zone.ts";

export { isKnownTimeZone } from "./zone.ts";

export type ParsedOpeningHours = { ok: true; hours: OpeningHours } | { ok: false; problems: string[] };

/** Shape check (openingHoursSchema) and then the rules below, every problem prefixed with its path. */
export function parseOpeningHours(raw: unknown): ParsedOpeningHours {
  const result = openingHoursSchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: result.error.issues.map(describeIssue) };
  // The schema builds `weekly` from a list, so zod types it as a string record; the keys are the weekdays.
  const hours = result.data as OpeningHours;
  const problems = validateOpeningHours(hours);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, hours };
}

/**
 * Rules the schema cannot express: a real time zone and real dates, no
 * zero-length slots ("00:00"-"24:00" is the way to say open all day), no
 * overlapping slots (also across midnight into the next day), one entry per
 * special date. Expects a value that passed openingHoursSchema.
 */
export function validateOpeningHours(hours: OpeningHours): string[] {
  const problems: string[] = [];
  const zoneProblem = timeZoneProblem(hours.timeZone);
  if (zoneProblem) problems.push(`hours.timeZone: ${zoneProblem}`);

  problems.push(...weeklyProblems(hours.weekly, { prefix: "hours.weekly.", nameOf: (day) => day }));

  const firstIndexOfDay = new Map<number, number>();
  hours.special.forEach((special, index) => {
    const path = `hours.special[${index}]`;
    const day = dayNumberOf(special.date);
    if (day === undefined) {
      problems.push(`${path}.date: ${special.date} is not a real date`);
      return;
    }
    const first = firstIndexOfDay.get(day);
    if (first !== undefined) {
      problems.push(`${path}.date: ${special.date} is listed twice (also hours.special[${first}]); keep one entry per date`);
      return;
    }
    firstIndexOfDay.set(day, index);
    problems.push(...dayProblems(special.slots, `${path}.slots`));
  });

  // Overnight slots around each special day, against whichever slots apply on the neighbouring date.
  const slotsOnDay = (day: number): TimeSlot[] => {
    const index = firstIndexOfDay.get(day);
    return index === undefined ? (hours.weekly[weekdayOfDayNumber(day)] ?? []) : (hours.special[index]?.slots ?? []);
  };
  for (const [day, index] of firstIndexOfDay) {
    const path = `hours.special[${index}].slots`;
    const nextDate = dateOfDayNumber(day + 1);
    for (const [slot, other] of spillOverlaps(slotsOnDay(day), slotsOnDay(day + 1))) {
      problems.push(`${path}: slot ${formatSlot(slot)} runs into ${nextDate} and overlaps its slot ${formatSlot(other)}`);
    }
    // A special day before this one has already checked its own spill above.
    if (firstIndexOfDay.has(day - 1)) continue;
    const previous = `${weekdayOfDayNumber(day - 1)} ${dateOfDayNumber(day - 1)}`;
    for (const [slot, other] of spillOverlaps(slotsOnDay(day - 1), slotsOnDay(day))) {
      problems.push(`${path}: slot ${formatSlot(other)} overlaps the slot ${formatSlot(slot)} that runs over from ${previous}`);
    }
  }
  return problems;
}

/** Zero-length and overlapping slots of the week, also across midnight; messages start with `prefix` and the day's name. */
export function weeklyProblems(weekly: OpeningHours["weekly"], naming: { prefix: string; nameOf: (day: Weekday) => string }): string[] {
  const { prefix, nameOf } = naming;
  return weekdays.flatMap((day, index) => {
    const next = weekdays[(index + 1) % 7] as Weekday;
    const slots = weekly[day] ?? [];
    return [
      ...dayProblems(slots, `${prefix}${nameOf(day)}`),
      ...spillOverlaps(slots, weekly[next] ?? []).map(
        ([slot, other]) => `${prefix}${nameOf(day)}: slot ${formatSlot(slot)} runs into ${nameOf(next)} and overlaps its slot ${formatSlot(other)}`,
      ),
    ];
  });
}

function timeZoneProblem(timeZone: string): string | undefined {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === undefined) {
    const suggestion = suggestTimeZone(timeZone);
    return `"${timeZone}" is not a known IANA time zone (${suggestion ? `did you mean ${suggestion}?` : "e.g. Europe/Berlin"})`;
  }
  if (canonical !== timeZone && canonical.toLowerCase() === timeZone.toLowerCase()) {
    return `"${timeZone}" is spelled differently from the IANA name; write ${canonical}`;
  }
  return undefined;
}

interface Span {
  slot: TimeSlot;
  start: number;
  end: number;
}

/** Slots with a real length, by opening time; zero-length ones are reported on their own. */
function spansOf(slots: readonly TimeSlot[]): Span[] {
  return slots
    .filter((slot) => slot.open !== slot.close)
    .map((slot) => ({ slot, ...slotSpan(slot) }))
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end))
    .sort((a, b) => a.start - b.start);
}

/** Zero-length and overlapping slots of one day. */
export function dayProblems(slots: readonly TimeSlot[], path: string): string[] {
  const problems = slots
    .filter((slot) => slot.open === slot.close)
    .map((slot) => `${path}: slot ${formatSlot(slot)} opens and closes at the same time; for open all day write 00:00-24:00`);
  const spans = spansOf(slots);
  spans.forEach((a, i) => {
    for (const b of spans.slice(i + 1)) {
      if (b.start < a.end) problems.push(`${path}: slots ${formatSlot(a.slot)} and ${formatSlot(b.slot)} overlap`);
    }
  });
  return problems;
}

/** Pairs of a slot running past midnight and a slot of the next day that opens before it ends. */
function spillOverlaps(slots: readonly TimeSlot[], nextSlots: readonly TimeSlot[]): [TimeSlot, TimeSlot][] {
  const overlaps: [TimeSlot, TimeSlot][] = [];
  const next = spansOf(nextSlots);
  for (const span of spansOf(slots)) {
    const spill = span.end - minutesPerDay;
    for (const other of next) {
      if (other.start < spill) overlaps.push([span.slot, other.slot]);
    }
  }
  return overlaps;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`),
    "hours",
  );
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    const hint = path === "hours.weekly" ? `; the days are ${weekdays.join(", ")}` : "";
    return `${path}: unknown key ${keys}${hint}`;
  }
  return `${path}: ${issue.message}`;
}
