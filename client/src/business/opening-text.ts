import type { OpeningState } from "../api/opening.ts";
import { dateIn, dayNumberOf, formatCalendarDate, formatRelativeDay, formatRelativeMinutes, formatTimeIn, weekdayName, weekdayOfDate } from "../i18n/format.ts";
import type { MessageKey, MessageParams } from "../i18n/messages.ts";

export interface MessageSpec {
  key: MessageKey;
  params?: MessageParams;
}

/** Within this many minutes a countdown ("closes in 25 minutes") reads better than a time. */
const relativeMinutes = 60;
/** Up to this many days ahead a weekday alone is unambiguous. */
const weekdayOnlyDays = 6;
const msPerMinute = 60_000;

/** Calendar days from `now` to `at` on the clocks of `timeZone` (0 = same day). */
function daysBetween(now: Date, at: Date, timeZone: string): number {
  return dayNumberOf(dateIn(at, timeZone)) - dayNumberOf(dateIn(now, timeZone));
}

/** "Closes in 25 minutes", "Closes at 18:30", "Closes tomorrow at 03:00". */
function closingText(closesAt: Date, now: Date, timeZone: string, locale: string): MessageSpec {
  const minutes = Math.ceil((closesAt.getTime() - now.getTime()) / msPerMinute);
  if (minutes <= relativeMinutes) return { key: "closesRelative", params: { relative: formatRelativeMinutes(Math.max(1, minutes), locale) } };
  const time = formatTimeIn(closesAt, locale, timeZone);
  const days = daysBetween(now, closesAt, timeZone);
  if (days === 0) return { key: "closesAt", params: { time } };
  return { key: "closesDayAt", params: { day: formatRelativeDay(days, locale), time } };
}

/** "Opens in 20 minutes", "Opens today at 14:00", "Opens on Monday at 08:00", "Opens on Thursday, 1 January 2027 at 09:00". */
function openingText(opensAt: Date, now: Date, timeZone: string, locale: string): MessageSpec {
  const minutes = Math.ceil((opensAt.getTime() - now.getTime()) / msPerMinute);
  if (minutes <= relativeMinutes) return { key: "opensRelative", params: { relative: formatRelativeMinutes(Math.max(1, minutes), locale) } };
  const time = formatTimeIn(opensAt, locale, timeZone);
  const days = daysBetween(now, opensAt, timeZone);
  if (days <= 1) return { key: "opensDayAt", params: { day: formatRelativeDay(days, locale), time } };
  const date = dateIn(opensAt, timeZone);
  const weekday = weekdayOfDate(date);
  if (days <= weekdayOnlyDays && weekday) return { key: "opensWeekdayAt", params: { weekday: weekdayName(weekday, locale), time } };
  const currentYear = Number(dateIn(now, timeZone).slice(0, 4));
  return { key: "opensDateAt", params: { date: formatCalendarDate(date, locale, currentYear), time } };
}

/**
 * When an open business closes, or when a closed one opens next, on the
 * business's own clock, formatted for the user's locale.
 */
export function openingDetail(opening: OpeningState, now: Date, locale: string): MessageSpec {
  if (opening.openNow) {
    return opening.closesAt ? closingText(new Date(opening.closesAt), now, opening.timeZone, locale) : { key: "openAroundTheClock" };
  }
  return opening.nextOpening ? openingText(new Date(opening.nextOpening), now, opening.timeZone, locale) : { key: "noOpeningPlanned" };
}

/** The instant after which the opening state is out of date and should be fetched again. */
export function openingChangesAt(opening: OpeningState): Date | undefined {
  const at = opening.openNow ? opening.closesAt : opening.nextOpening;
  return at ? new Date(at) : undefined;
}
