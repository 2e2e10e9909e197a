import { businessLocale, describeResponseTime, type TextLocale } from "../businesses/profile-room-content.ts";
import type { BusinessProfile } from "../businesses/profile.ts";
import { describeNextOpening } from "../hours/describe.ts";
import { openingState } from "../hours/evaluate.ts";
import type { BusinessSettings } from "./settings-repository.ts";

/** Marks Kontor's automatic messages, so clients can show them apart from what people wrote. */
export const KIND_KEY = "eu.kontor.kind";
export type AutoReplyKind = "greeting" | "away" | "notice";

const defaults: Record<TextLocale, { greeting: string; away: string; awayNever: string }> = {
  en: {
    greeting: "Hello! Thanks for writing to {business}. {response_time}. Leave your message here and we will get back to you.",
    away: "We are closed right now. We will be back {next_opening} and answer you then.",
    awayNever: "We are closed at the moment. We will answer you as soon as we can.",
  },
  de: {
    greeting: "Hallo! Danke für deine Nachricht an {business}. {response_time}. Schreib uns hier, wir melden uns bei dir.",
    away: "Wir haben gerade geschlossen. Wir sind {next_opening} wieder da und antworten dir dann.",
    awayNever: "Wir haben gerade geschlossen. Wir antworten dir, sobald wir können.",
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(business|response_time|next_opening)\}/g, (_match, key: string) => values[key] ?? "");
}

/** The greeting for a new conversation: the business's own text or the default, with placeholders filled. */
export function greetingText(profile: BusinessProfile, settings: BusinessSettings): string {
  const locale = businessLocale(profile);
  return fill(settings.greeting ?? defaults[locale].greeting, {
    business: profile.name,
    response_time: describeResponseTime(profile.responseTime, locale),
    next_opening: "",
  });
}

export interface AwayDecision {
  /** Identifies the closed period: one away message per period and conversation. */
  periodKey: string;
  text: string;
}

/**
 * Whether the business is closed at `now`, and if so the away message, naming
 * the next opening in the business's time zone ("tomorrow at 08:00").
 */
export function awayMessage(profile: BusinessProfile, settings: BusinessSettings, now: Date): AwayDecision | undefined {
  // A business that has not entered opening hours is not "closed": it just has none on record.
  if (!Object.values(profile.hours.weekly).some((slots) => slots && slots.length > 0)) return undefined;
  const state = openingState(profile.hours, now);
  if (state.open) return undefined;
  const locale = businessLocale(profile);
  if (!state.nextOpening) {
    return { periodKey: "never", text: fill(settings.awayMessage ?? defaults[locale].awayNever, { business: profile.name, next_opening: "", response_time: "" }) };
  }
  const when = describeNextOpening(state.nextOpening, now, profile.hours, locale);
  return {
    periodKey: state.nextOpening.toISOString(),
    text: fill(settings.awayMessage ?? defaults[locale].away, { business: profile.name, next_opening: when, response_time: "" }),
  };
}
