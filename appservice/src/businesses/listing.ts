import type { DirectoryEntry } from "../directory/entry.ts";
import type { BusinessProfile } from "./profile.ts";

/** What the directory shows of a business. */
export function directoryEntryOf(profile: BusinessProfile): DirectoryEntry {
  return {
    slug: profile.slug,
    name: profile.name,
    categories: profile.categories,
    tags: profile.tags,
    description: profile.description,
    city: profile.address.city ?? "",
    country: profile.address.country ?? "",
    languages: profile.languages,
    responseTime: profile.responseTime,
    ...(profile.logo ? { logo: profile.logo } : {}),
    hours: profile.hours,
  };
}

/** Only active, listed businesses appear in the directory. */
export function isListed(profile: BusinessProfile): boolean {
  return profile.status === "active" && profile.visibility === "listed";
}

/** Where the directory keeps its entries; implemented by directory/search-index.ts. */
export interface DirectoryListing {
  upsert(entry: DirectoryEntry): void;
  remove(slug: string): void;
  has(slug: string): boolean;
}
