import { z } from "zod";
import { openingHoursSchema } from "../hours/model.ts";
import { categoryIds, type Category } from "./categories.ts";

/** Slugs name a business in URLs, its user ID and its room alias: short, lower-case, readable. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/,
    "must be 3 to 40 characters of a-z, 0-9 and inner hyphens, e.g. baeckerei-schmidt",
  )
  .refine((slug) => !slug.includes("--"), "must not contain two hyphens in a row");

export const responseTimes = ["minutes", "hour", "hours", "day", "days"] as const;
export type ResponseTime = (typeof responseTimes)[number];

const tag = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[\p{L}\p{N} &'+.-]+$/u, "may hold letters, digits, spaces and & ' + . -");

const languageCode = z.string().regex(/^[a-z]{2,3}$/, "must be a language code such as de or en");

export const addressSchema = z
  .object({
    street: z.string().trim().max(120).optional(),
    postcode: z.string().trim().max(16).optional(),
    city: z.string().trim().max(80).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be a two-letter country code such as DE")
      .optional(),
  })
  .strict();

export const coordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();

const httpsUrl = z
  .string()
  .url()
  .max(300)
  .refine((value) => /^https?:\/\//i.test(value), "must start with https:// or http://");

/** What an operator or owner writes; Kontor keeps the rest (Matrix IDs, status). */
export const profileInputSchema = z
  .object({
    name: z.string().trim().min(1, "must not be empty").max(80),
    categories: z
      .array(z.enum(categoryIds as [Category, ...Category[]], { message: "is not a known category; see docs/businesses.md" }))
      .max(5)
      .default([]),
    tags: z.array(tag).max(10).default([]),
    description: z.string().trim().max(2000).default(""),
    address: addressSchema.default({}),
    coordinates: coordinatesSchema.optional(),
    languages: z.array(languageCode).max(10).default(["de"]),
    website: httpsUrl.optional(),
    phone: z
      .string()
      .regex(/^\+[1-9][0-9 ]{5,20}$/, "must be an international number such as +49 30 1234567")
      .optional(),
    hours: openingHoursSchema.default({ timeZone: "Europe/Berlin", weekly: {}, special: [] }),
    responseTime: z.enum(responseTimes).default("hours"),
    visibility: z.enum(["listed", "unlisted"]).default("listed"),
  })
  .strict();

export type ProfileInput = z.input<typeof profileInputSchema>;
export type ProfileFields = z.infer<typeof profileInputSchema>;

export type BusinessStatus = "active" | "suspended";

/** A business as Kontor stores it. */
export interface BusinessProfile extends ProfileFields {
  slug: string;
  status: BusinessStatus;
  /** mxc:// URI of the logo in the homeserver's media repository. */
  logo?: string;
}
