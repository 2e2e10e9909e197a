import { dateIn, dayNumberOf, formatTimeIn } from "./format.ts";

/**
 * Times of messages and conversations the way people say them: "now",
 * "5 min ago", "14:02", "yesterday 14:02", "Monday 14:02", "3 Mar", in the
 * user's locale and on the user's clock.
 */

const minute = 60_000;

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

/** Calendar days between two instants on the clocks of `timeZone` (1 = `then` was yesterday). */
export function daysAgo(then: Date, now: Date, timeZone: string): number {
  return dayNumberOf(dateIn(now, timeZone)) - dayNumberOf(dateIn(then, timeZone));
}

/** "09:02" where clocks have 24 hours, "9:02 AM" where they have 12. */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatTimeIn(instant, locale, timeZone);
}

/** "yesterday" / "gestern" with a capital only where the language wants one at the start. */
function relativeDay(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(-days, "day");
}

/**
 * A past instant, short: "now", "5 min ago" within the hour, the time today,
 * "yesterday 14:02", the weekday within a week, else the date.
 */
export function formatRelativeTime(then: Date, now: Date, locale: string, timeZone: string): string {
  const elapsed = now.getTime() - then.getTime();
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  if (elapsed < minute) return relative.format(0, "second");
  if (elapsed < 60 * minute) return relative.format(-Math.floor(elapsed / minute), "minute");
  const days = daysAgo(then, now, timeZone);
  const time = formatTime(then, locale, timeZone);
  if (days <= 0) return time;
  if (days === 1) return `${relativeDay(1, locale)} ${time}`;
  if (days < 7) return `${dateTimeFormat(locale, { weekday: "long", timeZone }).format(then)} ${time}`;
  const sameYear = dateIn(then, timeZone).slice(0, 4) === dateIn(now, timeZone).slice(0, 4);
  return dateTimeFormat(locale, { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }), timeZone }).format(then);
}

/** A day heading in a conversation: "Today", "Yesterday", "Monday, 3 March", with the year when it is not this year's. */
export function formatDayHeading(then: Date, now: Date, locale: string, timeZone: string): string {
  const days = daysAgo(then, now, timeZone);
  if (days === 0 || days === 1) {
    const word = relativeDay(days, locale);
    return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
  }
  const sameYear = dateIn(then, timeZone).slice(0, 4) === dateIn(now, timeZone).slice(0, 4);
  return dateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }), timeZone }).format(then);
}

/** A full date and time for a tooltip or a screen reader: "Monday, 3 March 2025 at 14:02". */
export function formatFullDateTime(instant: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(instant);
}

/** The user's own time zone. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
