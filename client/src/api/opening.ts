import { weekdays, type Weekday } from "../i18n/format.ts";
import { list, record, text, textOrNull } from "./decode.ts";

/** A slot "HH:MM"–"HH:MM"; a close not after the open runs past midnight. */
export interface TimeSlot {
  open: string;
  close: string;
}

export interface SpecialDay {
  date: string;
  /** Empty: closed all day. */
  slots: TimeSlot[];
  note: string | null;
}

export interface OpeningHours {
  timeZone: string;
  weekly: Partial<Record<Weekday, TimeSlot[]>>;
  special: SpecialDay[];
}

/** The opening state the API computed for the moment of the request, in the business's time zone. */
export interface OpeningState {
  openNow: boolean;
  /** ISO instant, when open. */
  closesAt: string | null;
  /** ISO instant, when closed and an opening is planned. */
  nextOpening: string | null;
  today: { date: string; slots: TimeSlot[]; text: string };
  timeZone: string;
}

const clock = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function decodeSlots(value: unknown): TimeSlot[] {
  return list(value)
    .map(record)
    .map((slot) => ({ open: text(slot.open), close: text(slot.close) }))
    .filter((slot) => clock.test(slot.open) && clock.test(slot.close));
}

export function decodeHours(value: unknown): OpeningHours {
  const json = record(value);
  const weeklyJson = record(json.weekly);
  const weekly: Partial<Record<Weekday, TimeSlot[]>> = {};
  for (const day of weekdays) {
    if (weeklyJson[day] !== undefined) weekly[day] = decodeSlots(weeklyJson[day]);
  }
  const special = list(json.special)
    .map(record)
    .map((day) => ({ date: text(day.date), slots: decodeSlots(day.slots), note: textOrNull(day.note) }))
    .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day.date));
  return { timeZone: text(json.timeZone) || "UTC", weekly, special };
}

export function decodeOpening(value: unknown): OpeningState {
  const json = record(value);
  const today = record(json.today);
  return {
    openNow: json.open_now === true,
    closesAt: textOrNull(json.closes_at),
    nextOpening: textOrNull(json.next_opening),
    today: { date: text(today.date), slots: decodeSlots(today.slots), text: text(today.text) },
    timeZone: text(json.time_zone) || "UTC",
  };
}
