/**
 * A likely meant IANA zone for a misspelt one, so a validation message can
 * say "did you mean Europe/Berlin?". Only runs when validation fails.
 */

const maxDistance = 3;

export function suggestTimeZone(input: string): string | undefined {
  const wanted = input.trim().toLowerCase().replaceAll(" ", "_");
  if (wanted.length === 0) return undefined;
  const known = [...Intl.supportedValuesOf("timeZone"), "UTC"];
  // "Berlin" alone names the city of exactly one zone.
  const byCity = known.find((zone) => zone.toLowerCase().split("/").at(-1) === wanted);
  if (byCity) return byCity;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const zone of known) {
    const distance = editDistance(wanted, zone.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = zone;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot stay below it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit);
}
