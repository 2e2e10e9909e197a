import { readFileSync } from "node:fs";
import { parseSpecialDaySpec, parseWeeklySpec } from "../hours/spec.ts";
import { type CliOptions, type ParsedValues, UsageError } from "./command.ts";

/** Options shared by `business create` and `business update`. */
export const profileOptions: CliOptions = {
  slug: { type: "string" },
  name: { type: "string" },
  category: { type: "string", multiple: true },
  tag: { type: "string", multiple: true },
  description: { type: "string" },
  street: { type: "string" },
  postcode: { type: "string" },
  city: { type: "string" },
  country: { type: "string" },
  lat: { type: "string" },
  lon: { type: "string" },
  language: { type: "string", multiple: true },
  website: { type: "string" },
  phone: { type: "string" },
  timezone: { type: "string" },
  hours: { type: "string" },
  special: { type: "string", multiple: true },
  "response-time": { type: "string" },
  unlisted: { type: "boolean" },
  listed: { type: "boolean" },
  logo: { type: "string" },
};

export const profileOptionsHelp = [
  "  --name <name>             display name",
  "  --category <id>           repeatable; see docs/businesses.md for the list",
  "  --tag <tag>               repeatable free tag",
  "  --description <text>",
  "  --street, --postcode, --city <text>, --country <DE>",
  "  --lat <deg> --lon <deg>   coordinates",
  "  --language <de>           repeatable; the first is the business's own language",
  "  --website <url>  --phone <+49 ...>",
  "  --timezone <IANA zone>    default Europe/Berlin",
  '  --hours "mo-fr 08:00-12:30,14:00-18:00; sa 09:00-13:00"',
  '  --special "2026-12-24 closed Christmas Eve"   repeatable',
  "  --response-time minutes|hour|hours|day|days",
  "  --unlisted / --listed     hide from or show in the directory",
  "  --logo <file.png>         PNG, JPEG or WebP, at most 1 MiB",
].join("\n");

const str = (value: ParsedValues[string]): string | undefined => (typeof value === "string" ? value : undefined);
const list = (value: ParsedValues[string]): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : undefined;

function coordinate(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return number;
}

/**
 * Turns CLI options into a profile body for the operator API. For an update,
 * `current` supplies the parts of composite fields (address, hours) that the
 * options leave unchanged.
 */
export function profileBodyFromOptions(values: ParsedValues, current?: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (str(values.name) !== undefined) body.name = str(values.name);
  if (list(values.category)) body.categories = list(values.category);
  if (list(values.tag)) body.tags = list(values.tag);
  if (str(values.description) !== undefined) body.description = str(values.description);
  if (list(values.language)) body.languages = list(values.language);
  if (str(values.website) !== undefined) body.website = str(values.website);
  if (str(values.phone) !== undefined) body.phone = str(values.phone);
  if (str(values["response-time"]) !== undefined) body.responseTime = str(values["response-time"]);
  if (values.unlisted && values.listed) throw new UsageError("choose either --listed or --unlisted");
  if (values.unlisted) body.visibility = "unlisted";
  if (values.listed) body.visibility = "listed";

  const addressParts = { street: str(values.street), postcode: str(values.postcode), city: str(values.city), country: str(values.country) };
  if (Object.values(addressParts).some((part) => part !== undefined)) {
    const existing = (current?.address as Record<string, unknown> | undefined) ?? {};
    body.address = { ...existing, ...Object.fromEntries(Object.entries(addressParts).filter(([, v]) => v !== undefined)) };
  }
  const lat = coordinate(str(values.lat), "lat");
  const lon = coordinate(str(values.lon), "lon");
  if ((lat === undefined) !== (lon === undefined)) throw new UsageError("give --lat and --lon together");
  if (lat !== undefined && lon !== undefined) body.coordinates = { lat, lon };

  const timeZone = str(values.timezone);
  const weeklySpec = str(values.hours);
  const specials = list(values.special);
  if (timeZone !== undefined || weeklySpec !== undefined || specials !== undefined) {
    const existing = (current?.hours as Record<string, unknown> | undefined) ?? { timeZone: "Europe/Berlin", weekly: {}, special: [] };
    const hours: Record<string, unknown> = { ...existing };
    if (timeZone !== undefined) hours.timeZone = timeZone;
    if (weeklySpec !== undefined) {
      const parsed = parseWeeklySpec(weeklySpec);
      if (!parsed.ok) throw new UsageError(`--hours: ${parsed.problem}`);
      hours.weekly = parsed.weekly;
    }
    if (specials !== undefined) {
      hours.special = specials.map((spec) => {
        const parsed = parseSpecialDaySpec(spec);
        if (!parsed.ok) throw new UsageError(`--special "${spec}": ${parsed.problem}`);
        return parsed.special;
      });
    }
    body.hours = hours;
  }
  return body;
}

/** Reads a logo file given with --logo. */
export function readLogo(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`--logo: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
