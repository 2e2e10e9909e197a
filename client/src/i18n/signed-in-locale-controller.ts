import { LocaleController } from "./locale-controller.ts";
import { messages, translate, type Language, type MessageKey, type MessageParams } from "./messages.ts";
import { signedInDe } from "./signed-in-messages-de.ts";
import { signedInEn, type SignedInMessageKey } from "./signed-in-messages-en.ts";

/**
 * Strings of the signed-in views live in their own tables, loaded with the
 * signed-in chunk, so the public pages do not download them.
 */
export const signedInMessages: Record<Language, Record<SignedInMessageKey, string>> = { en: signedInEn, de: signedInDe };

export type AnyMessageKey = MessageKey | SignedInMessageKey;

function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function translateAny(language: Language, key: AnyMessageKey, params?: MessageParams): string {
  if (Object.hasOwn(signedInMessages[language], key)) return fill(signedInMessages[language][key as SignedInMessageKey], params);
  if (Object.hasOwn(messages[language], key)) return translate(language, key as MessageKey, params);
  return key;
}

/** A LocaleController whose `t()` knows the signed-in strings too. */
export class SignedInLocaleController extends LocaleController {
  override t(key: AnyMessageKey, params?: MessageParams): string {
    return translateAny(this.language, key, params);
  }
}

export type Translate = (key: AnyMessageKey, params?: MessageParams) => string;
