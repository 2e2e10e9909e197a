/** Up to two letters for a name: "Bäckerei Schmidt" → "BS", "Radwerk" → "RA". */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s\-–·&/]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0] ?? "");
  if (words.length === 1) return first.slice(0, 2).join("").toLocaleUpperCase();
  const last = Array.from(words[words.length - 1] ?? "");
  return `${first[0] ?? ""}${last[0] ?? ""}`.toLocaleUpperCase();
}

export const toneCount = 8;

/** A stable colour tone (0–7) for a business, so its initials look the same everywhere. */
export function toneOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % toneCount;
}
