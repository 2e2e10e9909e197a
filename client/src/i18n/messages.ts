import { de } from "./messages-de.ts";
import { en, type MessageKey } from "./messages-en.ts";

export type { MessageKey } from "./messages-en.ts";

/** Every UI language, each with every key. */
export const messages: Record<Language, Record<MessageKey, string>> = { en, de };

export const languages = ["en", "de"] as const;
export type Language = (typeof languages)[number];

export type MessageParams = Record<string, string | number>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

/**
 * The message for `key`, with `{name}` placeholders filled from `params`.
 * A placeholder without a value stays visible, so a missing parameter shows
 * up in review rather than as an empty gap.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = messages[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The placeholder names a message uses, for checking that translations agree. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}
