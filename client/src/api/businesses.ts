import type { Language } from "../i18n/messages.ts";
import { numberOrNull, record, text, textOrNull, texts } from "./decode.ts";
import { getJson, type RequestOptions } from "./http.ts";
import { decodeHours, decodeOpening, type OpeningHours, type OpeningState } from "./opening.ts";

export interface Address {
  street: string;
  postcode: string;
  city: string;
  country: string;
}

/** A business's public profile (`GET /api/v1/businesses/{slug}`). */
export interface BusinessProfile {
  slug: string;
  name: string;
  categories: string[];
  tags: string[];
  description: string;
  address: Address;
  coordinates: { lat: number; lon: number } | null;
  languages: string[];
  website: string | null;
  phone: string | null;
  /** An mxc:// URI. */
  logo: string | null;
  hours: OpeningHours;
  responseTimeText: string;
  alias: string;
  matrixTo: string | null;
  opening: OpeningState;
}

export function decodeBusiness(value: unknown): BusinessProfile {
  const json = record(value);
  const address = record(json.address);
  const coordinates = record(json.coordinates);
  const lat = numberOrNull(coordinates.lat);
  const lon = numberOrNull(coordinates.lon);
  return {
    slug: text(json.slug),
    name: text(json.name),
    categories: texts(json.categories),
    tags: texts(json.tags),
    description: text(json.description),
    address: { street: text(address.street), postcode: text(address.postcode), city: text(address.city), country: text(address.country) },
    coordinates: lat !== null && lon !== null ? { lat, lon } : null,
    languages: texts(json.languages),
    website: textOrNull(json.website),
    phone: textOrNull(json.phone),
    logo: textOrNull(json.logo),
    hours: decodeHours(json.hours),
    responseTimeText: text(json.response_time_text),
    alias: text(json.alias),
    matrixTo: textOrNull(json.matrix_to),
    opening: decodeOpening(json.opening),
  };
}

/** A business's profile with texts in the UI language. */
export async function fetchBusiness(slug: string, language: Language, options: RequestOptions = {}): Promise<BusinessProfile> {
  const json = await getJson(`/api/v1/businesses/${encodeURIComponent(slug)}?lang=${language}`, options);
  return decodeBusiness(json);
}
