// The public face of opening hours; clock, zone and compile are internals.
export { describeDayHours, describeNextOpening, describeToday, type Locale } from "./describe.ts";
export { localDateAt, openIntervals, openingState, searchHorizonDays, slotsOn, type OpenInterval, type OpeningState } from "./evaluate.ts";
export {
  openingHoursSchema,
  specialDaySchema,
  timeSlotSchema,
  weekdays,
  type OpeningHours,
  type SpecialDay,
  type TimeSlot,
  type Weekday,
} from "./model.ts";
export {
  formatSpecialDaySpec,
  formatWeeklySpec,
  parseSpecialDaySpec,
  parseWeeklySpec,
  type ParsedSpecialDaySpec,
  type ParsedWeeklySpec,
} from "./spec.ts";
export { isKnownTimeZone, parseOpeningHours, validateOpeningHours, type ParsedOpeningHours } from "./validate.ts";
