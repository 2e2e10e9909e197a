import type { Language } from "./messages.ts";

/**
 * Formatting for dates, times and names with Intl, so numbers read the way
 * the user is used to. Pure functions: the caller passes locale and zone.
 */

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * The Intl locale for a UI language: the user's own regional variant when
 * the browser names one (en-GB keeps 24-hour times), else the bare language.
 */
export function intlLocale(language: Language, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (tag.toLowerCase().split("-")[0] !== language) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? language;
    } catch {
      // A malformed tag from the browser: keep looking.
    }
  }
  return language;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const minutesPerDay = 24 * 60;

/**
 * Options for times of day: two-digit hours where the locale uses a 24-hour
 * clock ("06:30", as shops post them), the locale's own style elsewhere ("6:30 AM").
 */
function clockOptions(locale: string, timeZone: string): Intl.DateTimeFormatOptions {
  const cycle = dateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  const twentyFourHour = cycle === "h23" || cycle === "h24";
  return { hour: twentyFourHour ? "2-digit" : "numeric", minute: "2-digit", hourCycle: twentyFourHour ? "h23" : undefined, timeZone };
}

/** Minutes since midnight of "HH:MM"; "24:00" is 1440. */
export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A wall-clock time "HH:MM" in the locale's style ("18:30", "6:30 PM"); "24:00" reads as midnight. */
export function formatClock(clock: string, locale: string): string {
  const minutes = minutesOfClock(clock) % minutesPerDay;
  const instant = Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return dateTimeFormat(locale, clockOptions(locale, "UTC")).format(instant);
}

/** The time of an instant on the clocks of `timeZone`. */
export function formatTimeIn(instant: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, clockOptions(locale, timeZone)).format(instant);
}

/** 2024-01-01 was a Monday; weekday names are formatted from that week. */
const mondayUtc = Date.UTC(2024, 0, 1);
const msPerDay = 86_400_000;

export function weekdayName(day: Weekday, locale: string, width: "long" | "short" = "long"): string {
  const instant = mondayUtc + weekdays.indexOf(day) * msPerDay;
  return dateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(instant);
}

/** Days since 1970-01-01 of a calendar date "YYYY-MM-DD"; NaN when malformed. */
export function dayNumberOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
}

/** The weekday of a calendar date "YYYY-MM-DD". */
export function weekdayOfDate(date: string): Weekday | undefined {
  const day = dayNumberOf(date);
  if (Number.isNaN(day)) return undefined;
  // 1970-01-01 was a Thursday (index 3 from Monday).
  return weekdays[(((day + 3) % 7) + 7) % 7];
}

/** The calendar date "YYYY-MM-DD" of an instant on the clocks of `timeZone`. */
export function dateIn(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(instant);
}

/** A calendar date as "Thursday, 24 December", with the year only when it is not `currentYear`. */
export function formatCalendarDate(date: string, locale: string, currentYear?: number): string {
  const day = dayNumberOf(date);
  if (Number.isNaN(day)) return date;
  const instant = day * msPerDay;
  const showYear = currentYear === undefined || new Date(instant).getUTCFullYear() !== currentYear;
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" };
  if (showYear) options.year = "numeric";
  return dateTimeFormat(locale, options).format(instant);
}

function displayName(code: string, locale: string, type: "language" | "region"): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "German" / "Deutsch" for "de"; the code itself when Intl does not know it. */
export function languageName(code: string, locale: string): string {
  return displayName(code, locale, "language");
}

/** "Germany" / "Deutschland" for "DE". */
export function regionName(code: string, locale: string): string {
  return displayName(code.toUpperCase(), locale, "region");
}

/** "in 25 minutes" / "in 25 Minuten". */
export function formatRelativeMinutes(minutes: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(minutes, "minute");
}

/** "today" / "tomorrow" / "heute" / "morgen" for a day offset. */
export function formatRelativeDay(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
}
