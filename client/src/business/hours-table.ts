import type { OpeningHours, SpecialDay, TimeSlot } from "../api/opening.ts";
import { dayNumberOf, formatClock, minutesOfClock, weekdayOfDate, weekdays, type Weekday } from "../i18n/format.ts";
import type { MessageKey, MessageParams } from "../i18n/messages.ts";

/** A slot as shown: past-midnight slots are marked so "18:00–03:00" is not misread. */
export interface SlotView {
  open: string;
  close: string;
  allDay: boolean;
  /** Closes on the next day (the part after midnight belongs to the day the slot starts). */
  overnight: boolean;
}

export interface HoursRow {
  day: Weekday;
  isToday: boolean;
  /** Empty: closed that day. */
  slots: SlotView[];
}

export function slotView(slot: TimeSlot): SlotView {
  const open = minutesOfClock(slot.open);
  const close = minutesOfClock(slot.close);
  const allDay = open === 0 && close === 24 * 60;
  // A close of 00:00 ends at midnight; only a close after midnight belongs to the next day.
  const overnight = !allDay && close !== 0 && close <= open;
  return { open: slot.open, close: slot.close, allDay, overnight };
}

function sortedSlots(slots: readonly TimeSlot[]): SlotView[] {
  return [...slots].sort((a, b) => minutesOfClock(a.open) - minutesOfClock(b.open)).map(slotView);
}

/** The weekly table, Monday to Sunday, with today's row (in the business's time zone) marked. */
export function weekRows(hours: OpeningHours, todayDate: string | undefined): HoursRow[] {
  const today = todayDate ? weekdayOfDate(todayDate) : undefined;
  return weekdays.map((day) => ({ day, isToday: day === today, slots: sortedSlots(hours.weekly[day] ?? []) }));
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "08:00–12:30", "18:00–03:00 next day", "Open 24 hours", in the user's time style. */
export function slotLabel(slot: SlotView, locale: string, t: Translate): string {
  if (slot.allDay) return t("hoursAllDay");
  const close = formatClock(slot.close, locale);
  return `${formatClock(slot.open, locale)}–${slot.overnight ? t("hoursNextDay", { close }) : close}`;
}

/** All slots of a day in words, "Closed" when there are none. */
export function dayLabel(slots: readonly SlotView[], locale: string, t: Translate): string {
  return slots.length === 0 ? t("hoursClosed") : slots.map((slot) => slotLabel(slot, locale, t)).join(", ");
}

export interface SpecialDayView {
  date: string;
  slots: SlotView[];
  note: string | null;
}

/** Special days from today on, soonest first, at most `limit`. */
export function upcomingSpecialDays(hours: OpeningHours, todayDate: string, limit = 6): SpecialDayView[] {
  const today = dayNumberOf(todayDate);
  return hours.special
    .filter((day: SpecialDay) => !(dayNumberOf(day.date) < today))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit)
    .map((day) => ({ date: day.date, slots: sortedSlots(day.slots), note: day.note }));
}
