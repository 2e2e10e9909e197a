import type { ResponseTime } from "../businesses/profile.ts";
import type { OpeningHours } from "../hours/model.ts";

/** What the directory knows of one listed, active business: enough to search, filter and show a result. */
export interface DirectoryEntry {
  slug: string;
  name: string;
  /** Category IDs from businesses/categories.ts. */
  categories: string[];
  tags: string[];
  description: string;
  /** Empty string when the business gave no city. */
  city: string;
  /** ISO 3166-1 alpha-2, or empty. */
  country: string;
  /** Language codes such as "de", "en". */
  languages: string[];
  responseTime: ResponseTime;
  logo?: string;
  hours: OpeningHours;
}

/** A validated directory query (see directory/query.ts). */
export interface DirectoryQuery {
  /** Free text; matched by prefix, case- and diacritic-insensitive. */
  q?: string;
  category?: string;
  city?: string;
  openNow?: boolean;
  lang?: string;
  limit: number;
  cursor?: string;
}

export interface DirectoryPage {
  results: DirectoryEntry[];
  /** Present when there are more results; pass it back as `cursor`. */
  nextCursor?: string;
}
