/**
 * The API names every invalid field at the start of a problem:
 * "website: must start with https:// or http://",
 * "hours.special[2].date: 2026-02-30 is not a real date". These helpers put
 * each problem next to the field it names.
 */

/** Problems per field key ("name", "address.country", "hours.weekly.mon", "hours.special.0"). */
export type FieldProblems = Readonly<Record<string, readonly string[]>>;

export interface GroupedProblems {
  byField: Record<string, string[]>;
  /** Problems that name no field shown on the form: shown above it. */
  other: string[];
}

/** "hours.special[2].date" → "hours.special.2.date". */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1");
}

/** Splits "path: message"; a problem without a path has an empty one. */
export function splitProblem(problem: string): { path: string; message: string } {
  const match = /^([A-Za-z0-9_.[\]]+):\s+(.*)$/s.exec(problem);
  return match ? { path: normalizePath(match[1] ?? ""), message: match[2] ?? "" } : { path: "", message: problem };
}

/** Drops the API's "the business profile is invalid: " preamble when the message is a list of problems. */
function problemsOfMessage(message: string): string[] {
  const listStart = message.indexOf(": ");
  if (listStart < 0 || /^[A-Za-z0-9_.[\]]+$/.test(message.slice(0, listStart))) return [message];
  return message
    .slice(listStart + 2)
    .split("; ")
    .filter(Boolean);
}

/**
 * Puts each problem under the most specific field key that its path equals
 * or lies inside; `fields` are the keys the form shows. The message keeps
 * what the path says beyond the field ("0.close: must be a time ...").
 */
export function groupProblems(problems: readonly string[] | undefined, fields: readonly string[], fallbackMessage = ""): GroupedProblems {
  const grouped: GroupedProblems = { byField: {}, other: [] };
  const list = problems && problems.length > 0 ? problems : fallbackMessage ? problemsOfMessage(fallbackMessage) : [];
  const byLength = [...fields].sort((a, b) => b.length - a.length);
  for (const problem of list) {
    const { path, message } = splitProblem(problem);
    const field = byLength.find((key) => path === key || path.startsWith(`${key}.`));
    if (!field) {
      grouped.other.push(problem);
      continue;
    }
    const rest = path.slice(field.length + 1);
    (grouped.byField[field] ??= []).push(rest ? `${rest}: ${message}` : message);
  }
  return grouped;
}
