import type { OpeningHours, SpecialDay, TimeSlot } from "../api/opening.ts";
import { minutesOfClock, weekdays, type Weekday } from "../i18n/format.ts";

/**
 * Editing opening hours as plain data: every change returns new hours, so
 * the editor component only renders and the rules are tested in node.
 * Weekly days may have several slots (split shifts); special days replace
 * a date's weekly slots (no slots: closed all day).
 */

const maxSlotsPerDay = 6;
const minutesPerDay = 24 * 60;

function clock(minutes: number): string {
  const bounded = Math.max(0, Math.min(minutesPerDay, minutes));
  return `${String(Math.floor(bounded / 60)).padStart(2, "0")}:${String(bounded % 60).padStart(2, "0")}`;
}

/** The next slot of a day: 09:00–17:00 on an empty day, else from an hour after the last one closes. */
export function nextSlot(slots: readonly TimeSlot[]): TimeSlot {
  const last = slots.at(-1);
  if (!last) return { open: "09:00", close: "17:00" };
  const lastClose = minutesOfClock(last.close);
  const open = Math.min(lastClose + 60, 23 * 60);
  return { open: clock(open), close: clock(Math.min(open + 4 * 60, minutesPerDay)) };
}

export function canAddSlot(slots: readonly TimeSlot[]): boolean {
  return slots.length < maxSlotsPerDay;
}

function withDay(hours: OpeningHours, day: Weekday, slots: TimeSlot[]): OpeningHours {
  return { ...hours, weekly: { ...hours.weekly, [day]: slots } };
}

export function addSlot(hours: OpeningHours, day: Weekday): OpeningHours {
  const slots = hours.weekly[day] ?? [];
  return canAddSlot(slots) ? withDay(hours, day, [...slots, nextSlot(slots)]) : hours;
}

export function removeSlot(hours: OpeningHours, day: Weekday, index: number): OpeningHours {
  return withDay(hours, day, (hours.weekly[day] ?? []).filter((_slot, i) => i !== index));
}

export function changeSlot(hours: OpeningHours, day: Weekday, index: number, change: Partial<TimeSlot>): OpeningHours {
  return withDay(
    hours,
    day,
    (hours.weekly[day] ?? []).map((slot, i) => (i === index ? { ...slot, ...change } : slot)),
  );
}

/** Gives every other working day (Monday to Friday) the slots of `day`. */
export function copyToWorkdays(hours: OpeningHours, day: Weekday): OpeningHours {
  const slots = hours.weekly[day] ?? [];
  const weekly = { ...hours.weekly };
  for (const other of weekdays.slice(0, 5)) weekly[other] = slots.map((slot) => ({ ...slot }));
  return { ...hours, weekly };
}

/** A new special day: the day after the last one listed, or `today`; closed all day until changed. */
export function addSpecialDay(hours: OpeningHours, today: string): OpeningHours {
  const dates = hours.special.map((day) => day.date).filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
  const latest = [...dates, today].sort().at(-1) ?? today;
  const next = dates.length === 0 ? today : shiftDate(latest, 1);
  return { ...hours, special: [...hours.special, { date: next, slots: [], note: null }] };
}

function shiftDate(date: string, days: number): string {
  const instant = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(instant).toISOString().slice(0, 10);
}

export function removeSpecialDay(hours: OpeningHours, index: number): OpeningHours {
  return { ...hours, special: hours.special.filter((_day, i) => i !== index) };
}

export function changeSpecialDay(hours: OpeningHours, index: number, change: Partial<SpecialDay>): OpeningHours {
  return { ...hours, special: hours.special.map((day, i) => (i === index ? { ...day, ...change } : day)) };
}

export function addSpecialSlot(hours: OpeningHours, index: number): OpeningHours {
  const day = hours.special[index];
  if (!day || !canAddSlot(day.slots)) return hours;
  return changeSpecialDay(hours, index, { slots: [...day.slots, nextSlot(day.slots)] });
}

export function removeSpecialSlot(hours: OpeningHours, index: number, slotIndex: number): OpeningHours {
  const day = hours.special[index];
  return day ? changeSpecialDay(hours, index, { slots: day.slots.filter((_slot, i) => i !== slotIndex) }) : hours;
}

export function changeSpecialSlot(hours: OpeningHours, index: number, slotIndex: number, change: Partial<TimeSlot>): OpeningHours {
  const day = hours.special[index];
  return day ? changeSpecialDay(hours, index, { slots: day.slots.map((slot, i) => (i === slotIndex ? { ...slot, ...change } : slot)) }) : hours;
}

/**
 * Midnight at the end of a slot may be typed as "00:00" or "24:00"; both
 * mean the slot ends at midnight ("00:00"–"00:00" is open all day). Saved
 * as "24:00", the API's way to say it.
 */
export function normalizedClose(close: string): string {
  return close === "00:00" ? "24:00" : close;
}

/** What the editor sends: special days in date order, notes trimmed (empty notes left out), empty days kept as "closed". */
export function hoursForSaving(hours: OpeningHours): Record<string, unknown> {
  const weekly: Record<string, TimeSlot[]> = {};
  const slotsForSaving = (slots: readonly TimeSlot[]) => slots.map(({ open, close }) => ({ open, close: normalizedClose(close) }));
  for (const day of weekdays) weekly[day] = slotsForSaving(hours.weekly[day] ?? []);
  return {
    timeZone: hours.timeZone,
    weekly,
    special: [...hours.special]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((day) => ({ date: day.date, slots: slotsForSaving(day.slots), ...(day.note?.trim() ? { note: day.note.trim() } : {}) })),
  };
}

export type LocalProblem = "same-time" | "overlap" | "date-missing" | "date-twice" | "time-missing" | "time-invalid";

const clockPattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "9:30" → "09:30", "930" → "09:30", "9" → "09:00"; anything else stays as typed (and is reported). */
export function tidyClock(value: string): string {
  const text = value.trim().replace(/[.h]/g, ":").replace(/:$/, "");
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return text;
  return `${(match[1] ?? "").padStart(2, "0")}:${match[2] ?? "00"}`;
}

/** Mistakes the editor can point out before saving, per field key ("hours.weekly.mon", "hours.special.1"). */
export function localHoursProblems(hours: OpeningHours): Record<string, LocalProblem[]> {
  const problems: Record<string, LocalProblem[]> = {};
  const add = (key: string, problem: LocalProblem) => {
    const list = (problems[key] ??= []);
    if (!list.includes(problem)) list.push(problem);
  };
  const checkSlots = (key: string, slots: readonly TimeSlot[]) => {
    for (const slot of slots) {
      if (!slot.open || !slot.close) add(key, "time-missing");
      else if (!clockPattern.test(slot.open) || slot.open === "24:00" || !clockPattern.test(slot.close)) add(key, "time-invalid");
      else if (slot.open === normalizedClose(slot.close)) add(key, "same-time");
    }
    const spans = slots
      .filter((slot) => clockPattern.test(slot.open) && clockPattern.test(slot.close) && slot.open !== normalizedClose(slot.close))
      .map((slot) => {
        const start = minutesOfClock(slot.open);
        const end = minutesOfClock(normalizedClose(slot.close));
        return { start, end: end > start ? end : end + minutesPerDay };
      })
      .sort((a, b) => a.start - b.start);
    spans.forEach((span, i) => {
      const next = spans[i + 1];
      if (next && next.start < span.end) add(key, "overlap");
    });
  };
  for (const day of weekdays) checkSlots(`hours.weekly.${day}`, hours.weekly[day] ?? []);
  const seen = new Set<string>();
  hours.special.forEach((day, index) => {
    const key = `hours.special.${index}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day.date)) add(key, "date-missing");
    else if (seen.has(day.date)) add(key, "date-twice");
    seen.add(day.date);
    checkSlots(key, day.slots);
  });
  return problems;
}

/** Time zones the browser knows, for the zone picker (with the current one, even if unknown). */
export function timeZoneChoices(current: string): string[] {
  let zones: string[];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  } catch {
    zones = [];
  }
  if (!zones.includes("UTC")) zones = [...zones, "UTC"];
  return zones.includes(current) || current === "" ? zones : [current, ...zones];
}
