import { dayNumberOf, formatSlot, pad2 } from "./clock.ts";
import { weekdays, type OpeningHours, type SpecialDay, type TimeSlot, type Weekday } from "./model.ts";
import { dayProblems, weeklyProblems } from "./validate.ts";

/**
 * A compact text form of opening hours for the command line:
 *   weekly   "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed"
 *   special  "2026-12-24 closed Christmas Eve", "2026-12-31 09:00-12:00"
 *
 * Days are English only, case-insensitive: two-letter codes (mo tu we th fr
 * sa su), the model's three-letter keys (mon ... sun) and full names
 * (monday ... sunday). German two-letter codes would not collide, but one
 * language keeps every error message and the formatted output consistent.
 * Ranges may wrap around the weekend (sa-mo). Days left out are closed.
 */

const dayCodes: Record<Weekday, string> = { mon: "mo", tue: "tu", wed: "we", thu: "th", fri: "fr", sat: "sa", sun: "su" };
const fullNames: Record<Weekday, string> = {
  mon: "monday",
  tue: "tuesday",
  wed: "wednesday",
  thu: "thursday",
  fri: "friday",
  sat: "saturday",
  sun: "sunday",
};
const dayByName = new Map<string, Weekday>(weekdays.flatMap((day) => [[dayCodes[day], day], [day, day], [fullNames[day], day]] as const));

const weeklyExample = `e.g. "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00; su closed"`;
const specialExample = `e.g. "2026-12-24 closed Christmas Eve" or "2026-12-31 09:00-12:00"`;
const slotPattern = String.raw`\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}`;
const slotListPattern = String.raw`${slotPattern}(?:\s*,\s*${slotPattern})*`;
const maxSlotsPerDay = 6;
const maxNoteLength = 120;

export type ParsedWeeklySpec = { ok: true; weekly: OpeningHours["weekly"] } | { ok: false; problem: string };
export type ParsedSpecialDaySpec = { ok: true; special: SpecialDay } | { ok: false; problem: string };

export function parseWeeklySpec(spec: string): ParsedWeeklySpec {
  const groups = spec.split(";").map((group) => group.trim()).filter((group) => group.length > 0);
  if (groups.length === 0) return { ok: false, problem: `no opening hours given; write days then hours, ${weeklyExample}` };
  const weekly: OpeningHours["weekly"] = {};
  for (const group of groups) {
    const match = new RegExp(String.raw`^(.+?)\s+(closed|${slotListPattern})$`, "i").exec(group);
    if (!match) return { ok: false, problem: `"${group}" should be days then hours or "closed", ${weeklyExample}` };
    const days = parseDays(match[1] as string);
    if (typeof days === "string") return { ok: false, problem: days };
    const slots = parseSlots(match[2] as string);
    if (typeof slots === "string") return { ok: false, problem: slots };
    for (const day of days) {
      if (weekly[day]) return { ok: false, problem: `${dayCodes[day]} is listed twice; give each day once, ${weeklyExample}` };
      weekly[day] = slots.map((slot) => ({ ...slot }));
    }
  }
  const problems = weeklyProblems(weekly, { prefix: "", nameOf: (day) => dayCodes[day] });
  return problems.length > 0 ? { ok: false, problem: problems[0] as string } : { ok: true, weekly };
}

/** Days with the same slots share a group, in week order; parses back to the same value. */
export function formatWeeklySpec(weekly: OpeningHours["weekly"]): string {
  const groups = new Map<string, number[]>();
  weekdays.forEach((day, index) => {
    const slots = weekly[day];
    if (slots === undefined) return;
    const key = slots.length === 0 ? "closed" : slots.map(formatSlot).join(",");
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  // An empty week would format as nothing, which does not parse; "closed" every day means the same.
  if (groups.size === 0) return "mo-su closed";
  return [...groups].map(([slots, days]) => `${formatDays(days)} ${slots}`).join("; ");
}

export function parseSpecialDaySpec(spec: string): ParsedSpecialDaySpec {
  // A note may not start like another slot, so "09:00-12:00 ,14:00-16:00" is an error, not a note.
  const match = new RegExp(String.raw`^(\S+)\s+(closed|${slotListPattern})(?:\s+(?!,|${slotPattern})(.*))?$`, "i").exec(spec.trim());
  if (!match) return { ok: false, problem: `"${spec.trim()}" should be a date, then hours or "closed", then an optional note, ${specialExample}` };
  const date = match[1] as string;
  if (dayNumberOf(date) === undefined) return { ok: false, problem: `${date} is not a real date YYYY-MM-DD, ${specialExample}` };
  const slots = parseSlots(match[2] as string);
  if (typeof slots === "string") return { ok: false, problem: slots };
  const problem = dayProblems(slots, date)[0];
  if (problem) return { ok: false, problem };
  const note = match[3]?.trim();
  if (note && note.length > maxNoteLength) return { ok: false, problem: `the note is ${note.length} characters long; keep it to ${maxNoteLength}` };
  return { ok: true, special: note ? { date, slots, note } : { date, slots } };
}

export function formatSpecialDaySpec(special: SpecialDay): string {
  const slots = special.slots.length === 0 ? "closed" : special.slots.map(formatSlot).join(",");
  return [special.date, slots, special.note].filter((part) => part).join(" ");
}

/** "mo-fr", "mo,we,fr", "sa-mo" to weekdays; a problem text otherwise. */
function parseDays(text: string): Weekday[] | string {
  const days: Weekday[] = [];
  for (const item of text.split(",").map((part) => part.trim())) {
    const [first, last, extra] = item.split(/\s*[-–]\s*/).map((name) => name.toLowerCase());
    const from = dayByName.get(first ?? "");
    const to = last === undefined ? from : dayByName.get(last);
    if (from === undefined || to === undefined || extra !== undefined) {
      return `"${item}" is not a day or a range of days; use mo tu we th fr sa su (or monday, ...), e.g. "mo-fr" or "mo,we,fr"`;
    }
    const start = weekdays.indexOf(from);
    const length = ((weekdays.indexOf(to) - start + 7) % 7) + 1;
    for (let offset = 0; offset < length; offset++) {
      const day = weekdays[(start + offset) % 7] as Weekday;
      if (days.includes(day)) return `${dayCodes[day]} is listed twice; give each day once, ${weeklyExample}`;
      days.push(day);
    }
  }
  return days;
}

/** "closed" or "08:00-12:30, 14:00-18:00" to slots; a problem text otherwise. */
function parseSlots(text: string): TimeSlot[] | string {
  if (text.toLowerCase() === "closed") return [];
  const slots: TimeSlot[] = [];
  for (const item of text.split(",").map((part) => part.trim())) {
    const [open, close] = item.split(/\s*[-–]\s*/).map(normalizeClock);
    if (open === undefined || close === undefined) return `"${item}" is not a time slot; write HH:MM-HH:MM between 00:00 and 24:00, e.g. "08:00-12:30"`;
    if (open === "24:00") return `"${item}" opens at 24:00; write 00:00 of the next day instead`;
    slots.push({ open, close });
  }
  if (slots.length > maxSlotsPerDay) return `"${text}" has ${slots.length} slots; a day holds at most ${maxSlotsPerDay}`;
  return slots;
}

/** "8:00" to "08:00"; undefined unless a time between 00:00 and 24:00. */
function normalizeClock(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return `${pad2(hours)}:${pad2(minutes)}`;
}

/** Week-order indexes to "mo-we,fr": consecutive runs become ranges. */
function formatDays(indexes: readonly number[]): string {
  const runs: string[] = [];
  let runStart = 0;
  for (let i = 1; i <= indexes.length; i++) {
    if (i < indexes.length && (indexes[i] as number) === (indexes[i - 1] as number) + 1) continue;
    const first = dayCodes[weekdays[indexes[runStart] as number] as Weekday];
    const last = dayCodes[weekdays[indexes[i - 1] as number] as Weekday];
    runs.push(first === last ? first : `${first}-${last}`);
    runStart = i;
  }
  return runs.join(",");
}
