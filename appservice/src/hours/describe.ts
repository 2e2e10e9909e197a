import { clockTimeOf, msPerDay, msPerMinute } from "./clock.ts";
import { localDateAt, slotsOn } from "./evaluate.ts";
import type { OpeningHours, TimeSlot } from "./model.ts";
import { instantToLocal, zoneOf } from "./zone.ts";

/**
 * Opening hours in words a customer reads at a glance, in English or German.
 * Times are 24-hour in both languages, as businesses in Kontor's markets
 * post them; weekday and month names come from Intl.
 */

export type Locale = "en" | "de";

const words = {
  en: {
    today: (time: string) => `today at ${time}`,
    tomorrow: (time: string) => `tomorrow at ${time}`,
    weekday: (weekday: string, time: string) => `on ${weekday} at ${time}`,
    date: (weekday: string, day: number, month: string, year: string, time: string) => `on ${weekday}, ${day} ${month}${year && ` ${year}`} at ${time}`,
    closed: "closed",
    allDay: "open 24 hours",
  },
  de: {
    today: (time: string) => `heute um ${time} Uhr`,
    tomorrow: (time: string) => `morgen um ${time} Uhr`,
    weekday: (weekday: string, time: string) => `am ${weekday} um ${time} Uhr`,
    date: (weekday: string, day: number, month: string, year: string, time: string) => `am ${weekday}, ${day}. ${month}${year && ` ${year}`} um ${time} Uhr`,
    closed: "geschlossen",
    allDay: "durchgehend geöffnet",
  },
} as const;

/** Up to this many days ahead a weekday alone is unambiguous. */
const weekdayOnlyDays = 6;

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function nameOf(locale: Locale, part: "weekday" | "month", day: number): string {
  const key = `${locale}:${part}`;
  let formatter = nameFormatters.get(key);
  if (!formatter) {
    // The day number already is the business's local date, so it is formatted as UTC.
    formatter = new Intl.DateTimeFormat(locale, { [part]: "long", timeZone: "UTC" });
    nameFormatters.set(key, formatter);
  }
  return formatter.format(day * msPerDay);
}

/**
 * When a closed business opens next, relative to `now`, in its own time zone:
 * "tomorrow at 08:00", "am Montag, 12. Januar um 09:00 Uhr". The year is
 * named only when it is not the current one.
 */
export function describeNextOpening(next: Date, now: Date, hours: OpeningHours, locale: Locale): string {
  const zone = zoneOf(hours.timeZone);
  const nextLocal = instantToLocal(zone, next.getTime());
  const nowLocal = instantToLocal(zone, now.getTime());
  const nextDay = Math.floor(nextLocal / msPerDay);
  const daysAhead = nextDay - Math.floor(nowLocal / msPerDay);
  const time = clockTimeOf(Math.floor((nextLocal - nextDay * msPerDay) / msPerMinute));
  const text = words[locale];
  if (daysAhead === 0) return text.today(time);
  if (daysAhead === 1) return text.tomorrow(time);
  const weekday = nameOf(locale, "weekday", nextDay);
  if (daysAhead > 1 && daysAhead <= weekdayOnlyDays) return text.weekday(weekday, time);
  const date = new Date(nextDay * msPerDay);
  const nowYear = new Date(nowLocal).getUTCFullYear();
  const year = date.getUTCFullYear() === nowYear ? "" : String(date.getUTCFullYear());
  return text.date(weekday, date.getUTCDate(), nameOf(locale, "month", nextDay), year, time);
}

/** "08:00–12:30, 14:00–18:00", "closed", "open 24 hours"; an overnight slot reads "18:00–02:00". */
export function describeDayHours(slots: readonly TimeSlot[], locale: Locale): string {
  const text = words[locale];
  if (slots.length === 0) return text.closed;
  if (slots.some((slot) => slot.open === "00:00" && slot.close === "24:00")) return text.allDay;
  return [...slots]
    .sort((a, b) => a.open.localeCompare(b.open))
    .map((slot) => `${slot.open}–${slot.close}`)
    .join(", ");
}

/** Today's slots in the business's time zone, in words. */
export function describeToday(hours: OpeningHours, now: Date, locale: Locale): string {
  return describeDayHours(slotsOn(hours, localDateAt(hours, now)), locale);
}
