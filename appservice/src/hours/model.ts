import { z } from "zod";

/**
 * Opening hours of a business: weekly slots (split shifts are several slots
 * a day), special days that replace the weekly slots on a date (holidays,
 * short days), all in the business's IANA time zone.
 *
 * A slot's `close` may be "24:00" (until midnight). A `close` earlier than or
 * equal to `open` means the slot runs past midnight into the next day
 * ("18:00"-"02:00"); the part after midnight belongs to the day the slot
 * starts on.
 */

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time HH:MM between 00:00 and 24:00");

export const timeSlotSchema = z
  .object({
    open: clockTime.refine((value) => value !== "24:00", "a slot cannot open at 24:00"),
    close: clockTime,
  })
  .strict();

export const specialDaySchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"),
    /** Empty: closed all day. */
    slots: z.array(timeSlotSchema).max(6),
    note: z.string().max(120).optional(),
  })
  .strict();

export const openingHoursSchema = z
  .object({
    timeZone: z.string().min(1).max(64),
    weekly: z.object(Object.fromEntries(weekdays.map((day) => [day, z.array(timeSlotSchema).max(6).optional()]))).strict(),
    special: z.array(specialDaySchema).max(400).default([]),
  })
  .strict();

export type TimeSlot = z.infer<typeof timeSlotSchema>;
export type SpecialDay = z.infer<typeof specialDaySchema>;
export type OpeningHours = {
  timeZone: string;
  weekly: Partial<Record<Weekday, TimeSlot[]>>;
  special: SpecialDay[];
};
