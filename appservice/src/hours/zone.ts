import { msPerDay } from "./clock.ts";

/**
 * Conversions between instants (epoch ms) and wall-clock time in an IANA zone,
 * where wall-clock time is "local ms": the epoch ms the wall time would have
 * in UTC. The directory evaluates thousands of businesses per request, so
 * every zone keeps a formatter and, per local day, the offsets around it;
 * after warm-up a conversion is a map look-up and a subtraction.
 */

const msPerHour = 3_600_000;
const maxCachedZones = 1000;
const maxCachedDays = 4096;

interface DayOffsets {
  /** Offset in effect before the day starts. */
  readonly before: number;
  /** Offset in effect after the day ends; differs from `before` when the day has a transition. */
  readonly after: number;
}

export interface Zone {
  readonly name: string;
  readonly formatter: Intl.DateTimeFormat;
  readonly days: Map<number, DayOffsets>;
}

const zones = new Map<string, Zone>();

/** The zone named `name`; throws a RangeError for a name Intl does not know. */
export function zoneOf(name: string): Zone {
  const cached = zones.get(name);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  if (zones.size >= maxCachedZones) zones.clear();
  const zone: Zone = { name, formatter, days: new Map() };
  zones.set(name, zone);
  return zone;
}

export function isKnownTimeZone(name: string): boolean {
  try {
    zoneOf(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling ("europe/berlin" is Europe/Berlin); undefined when unknown. */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    return zoneOf(name).formatter.resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** UTC offset in ms at an instant, straight from Intl. */
export function offsetAt(zone: Zone, instant: number): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  // "MM/DD/YYYY, HH:MM:SS": reading fixed positions is three times faster than formatToParts.
  const text = zone.formatter.format(whole);
  const wall =
    text.length === 20
      ? Date.UTC(num(text, 6, 10), num(text, 0, 2) - 1, num(text, 3, 5), num(text, 12, 14), num(text, 15, 17), num(text, 18, 20))
      : wallFromParts(zone.formatter.formatToParts(whole));
  return wall - whole;
}

function num(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function wallFromParts(parts: Intl.DateTimeFormatPart[]): number {
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * Offsets at instants safely outside local day `day` (15 hours before its
 * midnight, 13 hours after its end, beyond the widest UTC offsets). Equal
 * offsets mean no transition touches the day, assuming a zone never changes
 * twice within two days.
 */
function dayOffsets(zone: Zone, day: number): DayOffsets {
  let offsets = zone.days.get(day);
  if (offsets) return offsets;
  const before = offsetAt(zone, day * msPerDay - 15 * msPerHour);
  const after = offsetAt(zone, (day + 1) * msPerDay + 13 * msPerHour);
  offsets = { before, after };
  if (zone.days.size >= maxCachedDays) zone.days.clear();
  zone.days.set(day, offsets);
  return offsets;
}

/** Local ms of an instant. */
export function instantToLocal(zone: Zone, instant: number): number {
  const offsets = dayOffsets(zone, Math.floor(instant / msPerDay));
  return instant + (offsets.before === offsets.after ? offsets.before : offsetAt(zone, instant));
}

/**
 * The instant of a wall time. An ambiguous time (clocks went back) is its
 * earlier instant. A time skipped when clocks went forward becomes the
 * transition itself, the first instant whose wall time is past it: a slot
 * opening at 02:30 on that night opens when the clock jumps to 03:00.
 */
export function localToInstant(zone: Zone, local: number): number {
  const { before, after } = dayOffsets(zone, Math.floor(local / msPerDay));
  if (before === after) return local - before;
  const early = local - before;
  const late = local - after;
  const earlyValid = offsetAt(zone, early) === before;
  const lateValid = offsetAt(zone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return transitionBetween(zone, Math.min(early, late), Math.max(early, late), before);
}

/** First instant in (low, high] whose offset is no longer `before`, to the second. */
function transitionBetween(zone: Zone, low: number, high: number, before: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1000) {
    const mid = lo + Math.max(1000, Math.floor((hi - lo) / 2000) * 1000);
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
