import { KontorError } from "../errors/codes.ts";
import type { TextLocale } from "../businesses/profile-room-content.ts";

/** The `lang` parameter for texts in API answers: de or en; absent means the business's own language. */
export function textLocaleOf(value: unknown): TextLocale | undefined {
  if (value === undefined) return undefined;
  if (value === "de" || value === "en") return value;
  throw new KontorError("invalid_request", "lang: must be de or en");
}
