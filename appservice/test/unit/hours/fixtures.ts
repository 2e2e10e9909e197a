import type { OpeningHours, SpecialDay, TimeSlot } from "../../../src/hours/model.ts";

/** "08:00-12:30" to a slot, to keep schedules in tests readable. */
export function slot(text: string): TimeSlot {
  const [open, close] = text.split("-") as [string, string];
  return { open, close };
}

export function slots(...texts: string[]): TimeSlot[] {
  return texts.map(slot);
}

export function hoursOf(weekly: OpeningHours["weekly"], options: { special?: SpecialDay[]; timeZone?: string } = {}): OpeningHours {
  return { timeZone: options.timeZone ?? "Europe/Berlin", weekly, special: options.special ?? [] };
}

export const weekdaysNineToFive: OpeningHours["weekly"] = {
  mon: slots("09:00-17:00"),
  tue: slots("09:00-17:00"),
  wed: slots("09:00-17:00"),
  thu: slots("09:00-17:00"),
  fri: slots("09:00-17:00"),
};

export function at(iso: string): Date {
  return new Date(iso);
}
