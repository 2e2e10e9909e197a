/**
 * Text folding shared by the directory index and its queries. Both sides must
 * fold identically, or "munchen" would miss "München"; so every string that is
 * indexed or searched passes through here, never through SQLite's own folding.
 */

// Letters that carry no combining mark to strip, so NFKD leaves them alone and
// unicode61 keeps them as they are; people type them as these ASCII spellings.
const letterFolds: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const foldable = /[ßæœøłđðþı]/g;
const combiningMarks = /\p{M}/gu;
const separators = /[^\p{L}\p{N}]+/u;

/**
 * Lower-case, diacritic-free text: "München" → "munchen", "Straße" → "strasse".
 * NFKD runs first so compatibility forms ("ﬁ", "℡") decompose before
 * lower-casing, and lower-casing runs before stripping marks because "İ"
 * lower-cases to "i" plus a combining dot.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(combiningMarks, "")
    .replace(foldable, (letter) => letterFolds[letter] ?? letter);
}

/**
 * The words of a text as the index stores them: normalised runs of letters and
 * digits. The index is fed these words joined by spaces, so the FTS tokenizer
 * and the query splitter can never disagree about where a word ends.
 */
export function searchTerms(text: string): string[] {
  return normalizeForSearch(text)
    .split(separators)
    .filter((term) => term.length > 0);
}

/** The form a city is filtered by: "Frankfurt (Oder)" and "frankfurt oder" are the same city. */
export function cityKey(city: string): string {
  return searchTerms(city).join(" ");
}
