import type { z } from "zod";

/** Turns zod issues into messages that start with the offending key's path. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root?: string): string[] {
  return issues.map((issue) => {
    const segments = [...(root ? [root] : []), ...issue.path.map(String)];
    const path = segments.length > 0 ? segments.join(".") : "(top level)";
    if (issue.code === "unrecognized_keys") {
      const prefix = segments.length > 0 ? `${path}.` : "";
      return `${prefix}${issue.keys.join(", ")}: unknown key; check the spelling`;
    }
    return `${path}: ${issue.message}`;
  });
}
