import type { z } from "zod";
import { KontorError } from "../errors/codes.ts";
import { describeIssues } from "./describe-issues.ts";

/** Parses request input with a schema, or throws `invalid_request` naming every problem by its path. */
export function parseRequest<T>(schema: z.ZodType<T>, value: unknown, root?: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = describeIssues(result.error.issues, root);
    throw new KontorError("invalid_request", problems.join("; "), { problems });
  }
  return result.data;
}
