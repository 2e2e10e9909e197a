import { z } from "zod";
import { KontorError } from "../errors/codes.ts";
import { validateOpeningHours } from "../hours/validate.ts";
import { describeIssues } from "../validation/describe-issues.ts";
import { profileInputSchema, slugSchema, type ProfileFields } from "./profile.ts";

const createSchema = profileInputSchema.extend({ slug: slugSchema });
/** Optional fields a change may clear by sending null. */
export const clearableFields = ["website", "phone", "coordinates"] as const;
export type ProfileChange = Partial<ProfileFields> & { [K in (typeof clearableFields)[number]]?: ProfileFields[K] | null };

const updateSchema = profileInputSchema.partial().extend({
  website: profileInputSchema.shape.website.unwrap().nullable().optional(),
  phone: profileInputSchema.shape.phone.unwrap().nullable().optional(),
  coordinates: profileInputSchema.shape.coordinates.unwrap().nullable().optional(),
});

function invalid(problems: string[]): KontorError {
  return new KontorError("invalid_request", `the business profile is invalid: ${problems.join("; ")}`, { problems });
}

function checkHours(fields: Partial<ProfileFields>): void {
  if (!fields.hours) return;
  const problems = validateOpeningHours(fields.hours);
  if (problems.length > 0) throw invalid(problems);
}

/** Validates a new business (slug plus profile); throws invalid_request naming every problem. */
export function validateNewBusiness(raw: unknown): { slug: string; fields: ProfileFields } {
  const result = createSchema.safeParse(raw);
  if (!result.success) throw invalid(describeIssues(result.error.issues));
  const { slug, ...fields } = result.data;
  checkHours(fields);
  return { slug, fields };
}

/** Validates a partial profile change; only the given fields change, and null clears website, phone or coordinates. */
export function validateProfileChange(raw: unknown): ProfileChange {
  const result = updateSchema.safeParse(raw);
  if (!result.success) throw invalid(describeIssues(result.error.issues));
  // `.partial()` keeps defaults for absent keys; drop what the caller did not send.
  const sent = new Set(Object.keys(raw as object));
  const fields = Object.fromEntries(Object.entries(result.data).filter(([key]) => sent.has(key))) as ProfileChange;
  checkHours(fields as Partial<ProfileFields>);
  return fields;
}

export const staffRoleSchema = z.enum(["owner", "agent"]);
export const userIdSchema = z.string().regex(/^@[a-z0-9._=/+-]+:[A-Za-z0-9.-]+(:\d+)?$/, "must be a Matrix user ID like @alice:example.org");
