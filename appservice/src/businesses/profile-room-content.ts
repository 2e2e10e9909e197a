import { describeToday } from "../hours/describe.ts";
import { categories, isCategory } from "./categories.ts";
import type { BusinessIdentifiers } from "./identifiers.ts";
import type { BusinessProfile, ResponseTime } from "./profile.ts";

/**
 * The state event that carries a business's structured profile in its
 * profile room. Documented in docs/businesses.md; other Kontor servers read
 * it over federation.
 */
export const PROFILE_EVENT_TYPE = "eu.kontor.business";
export const PROFILE_EVENT_VERSION = 1;

export type TextLocale = "de" | "en";

const responseTimeText: Record<ResponseTime, Record<TextLocale, string>> = {
  minutes: { en: "Usually replies within minutes", de: "Antwortet meist innerhalb von Minuten" },
  hour: { en: "Usually replies within an hour", de: "Antwortet meist innerhalb einer Stunde" },
  hours: { en: "Usually replies within a few hours", de: "Antwortet meist innerhalb weniger Stunden" },
  day: { en: "Usually replies within a day", de: "Antwortet meist innerhalb eines Tages" },
  days: { en: "Usually replies within a few days", de: "Antwortet meist innerhalb weniger Tage" },
};

export function describeResponseTime(responseTime: ResponseTime, locale: TextLocale): string {
  return responseTimeText[responseTime][locale];
}

/** The language for texts the business "says": German if it speaks German before English, else English. */
export function businessLocale(profile: Pick<BusinessProfile, "languages">): TextLocale {
  for (const language of profile.languages) {
    if (language === "de" || language === "en") return language;
  }
  return "en";
}

export function categoryLabel(category: string, locale: TextLocale): string {
  return isCategory(category) ? categories[category][locale] : category;
}

/** The room topic: category, city, today's hours and response time, in the business's language. */
export function profileRoomTopic(profile: BusinessProfile, now: Date): string {
  const locale = businessLocale(profile);
  const parts: string[] = [];
  if (profile.categories[0]) parts.push(categoryLabel(profile.categories[0], locale));
  if (profile.address.city) parts.push(profile.address.city);
  const today = describeToday(profile.hours, now, locale);
  parts.push(locale === "de" ? `Heute: ${today}` : `Today: ${today}`);
  parts.push(describeResponseTime(profile.responseTime, locale));
  if (profile.status === "suspended") {
    parts.push(locale === "de" ? "Nimmt derzeit keine Nachrichten an" : "Not accepting messages at the moment");
  }
  return parts.join(" · ");
}

/** Content of the profile state event: the structured profile, nothing Kontor-internal. */
export function profileStateContent(profile: BusinessProfile, ids: BusinessIdentifiers): Record<string, unknown> {
  return {
    version: PROFILE_EVENT_VERSION,
    slug: profile.slug,
    user_id: ids.userId,
    name: profile.name,
    categories: profile.categories,
    tags: profile.tags,
    description: profile.description,
    address: profile.address,
    // Event content may not hold floats (canonical JSON), so coordinates travel as a geo: URI.
    ...(profile.coordinates ? { geo: `geo:${profile.coordinates.lat},${profile.coordinates.lon}` } : {}),
    languages: profile.languages,
    ...(profile.website ? { website: profile.website } : {}),
    ...(profile.phone ? { phone: profile.phone } : {}),
    ...(profile.logo ? { logo: profile.logo } : {}),
    hours: profile.hours,
    response_time: profile.responseTime,
    status: profile.status,
  };
}
