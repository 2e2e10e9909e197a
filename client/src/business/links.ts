import type { Address } from "../api/businesses.ts";

/**
 * Links built from profile fields. Every URL is built or checked here, so
 * a profile can never put a `javascript:` URL into an href.
 */

/** OpenStreetMap at the coordinates, or a search for the address; undefined when there is neither. */
export function openStreetMapUrl(address: Address, coordinates: { lat: number; lon: number } | null): string | undefined {
  if (coordinates) {
    const { lat, lon } = coordinates;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
  }
  const query = [address.street, [address.postcode, address.city].filter(Boolean).join(" "), address.country].filter(Boolean).join(", ");
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}

/** A tel: link with only digits and a leading plus; undefined when no digits remain. */
export function telephoneHref(phone: string | null): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d/.test(digits) ? `tel:${digits}` : undefined;
}

/** The website if it is an http(s) URL; anything else is not linked. */
export function websiteHref(website: string | null): string | undefined {
  if (!website) return undefined;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The website without scheme and trailing slash, as people read it. */
export function websiteLabel(href: string): string {
  return href.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** A matrix.to link for a room alias: the API's own link when it is one, else built from the alias. */
export function matrixToHref(alias: string, given: string | null): string | undefined {
  if (given?.startsWith("https://matrix.to/#/")) return given;
  return /^#[^:\s]+:\S+$/.test(alias) ? `https://matrix.to/#/${encodeURIComponent(alias)}` : undefined;
}
