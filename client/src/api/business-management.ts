import { decodeHours, type OpeningHours } from "./opening.ts";
import { list, record, text, textOrNull, texts } from "./decode.ts";
import { sendJson, type RequestOptions } from "./http.ts";

export const responseTimes = ["minutes", "hour", "hours", "day", "days"] as const;
export type ResponseTime = (typeof responseTimes)[number];

/** The profile fields an owner edits (`PATCH /api/v1/businesses/{slug}/profile`). */
export interface EditableProfile {
  name: string;
  description: string;
  categories: string[];
  address: { street: string; postcode: string; city: string; country: string };
  languages: string[];
  website: string;
  phone: string;
  responseTime: ResponseTime;
  hours: OpeningHours;
}

export interface StaffMember {
  userId: string;
  role: "owner" | "agent";
}

export interface ConversationSettings {
  /** null: Kontor's default text. */
  greeting: string | null;
  awayMessage: string | null;
  signReplies: boolean;
}

/** What `GET /api/v1/businesses/{slug}/manage` shows staff. */
export interface ManagedBusiness {
  slug: string;
  mxid: string;
  profile: EditableProfile;
  staff: StaffMember[];
  settings: ConversationSettings;
  role: "owner" | "agent";
}

function responseTimeOf(value: unknown): ResponseTime {
  return (responseTimes as readonly unknown[]).includes(value) ? (value as ResponseTime) : "hours";
}

export function decodeProfile(value: unknown): EditableProfile {
  const json = record(value);
  const address = record(json.address);
  return {
    name: text(json.name),
    description: text(json.description),
    categories: texts(json.categories),
    address: { street: text(address.street), postcode: text(address.postcode), city: text(address.city), country: text(address.country) },
    languages: texts(json.languages),
    website: text(json.website),
    phone: text(json.phone),
    responseTime: responseTimeOf(json.response_time),
    hours: decodeHours(json.hours),
  };
}

function decodeStaff(value: unknown): StaffMember[] {
  return list(value)
    .map(record)
    .map((member) => ({ userId: text(member.user_id), role: member.role === "owner" ? ("owner" as const) : ("agent" as const) }))
    .filter((member) => member.userId !== "");
}

export function decodeSettings(value: unknown): ConversationSettings {
  const json = record(value);
  return { greeting: textOrNull(json.greeting), awayMessage: textOrNull(json.away_message), signReplies: json.sign_replies === true };
}

export function decodeManagedBusiness(value: unknown): ManagedBusiness {
  const json = record(value);
  const business = record(json.business);
  return {
    slug: text(business.slug),
    mxid: text(business.mxid),
    profile: decodeProfile(business),
    staff: decodeStaff(business.staff),
    settings: decodeSettings(json.settings),
    role: json.role === "owner" ? "owner" : "agent",
  };
}

const base = (slug: string) => `/api/v1/businesses/${encodeURIComponent(slug)}`;

export async function fetchManagedBusiness(slug: string, options: RequestOptions): Promise<ManagedBusiness> {
  return decodeManagedBusiness(await sendJson("GET", `${base(slug)}/manage`, undefined, options));
}

/**
 * The API's shape of a profile change. Empty address parts are left out;
 * an emptied website or phone is sent as null, which clears it.
 */
export function profileChange(profile: EditableProfile): Record<string, unknown> {
  const address = Object.fromEntries(Object.entries(profile.address).filter(([, value]) => value.trim() !== ""));
  return {
    name: profile.name,
    description: profile.description,
    categories: profile.categories,
    address,
    languages: profile.languages,
    website: profile.website.trim() || null,
    phone: profile.phone.trim() || null,
    responseTime: profile.responseTime,
    hours: profile.hours,
  };
}

export async function saveProfile(slug: string, change: Record<string, unknown>, options: RequestOptions): Promise<EditableProfile> {
  return decodeProfile(await sendJson("PATCH", `${base(slug)}/profile`, change, options));
}

export async function saveSettings(slug: string, settings: ConversationSettings, options: RequestOptions): Promise<ConversationSettings> {
  const body = { greeting: settings.greeting, away_message: settings.awayMessage, sign_replies: settings.signReplies };
  return decodeSettings(await sendJson("PATCH", `${base(slug)}/settings`, body, options));
}

export async function fetchStaff(slug: string, options: RequestOptions): Promise<StaffMember[]> {
  return decodeStaff(record(await sendJson("GET", `${base(slug)}/staff`, undefined, options)).staff);
}

export interface CannedReply {
  id: string;
  title: string;
  body: string;
}

export async function fetchCannedReplies(slug: string, options: RequestOptions): Promise<CannedReply[]> {
  return list(record(await sendJson("GET", `${base(slug)}/canned-replies`, undefined, options)).canned_replies)
    .map(record)
    .map((reply) => ({ id: text(reply.id), title: text(reply.title), body: text(reply.body) }))
    .filter((reply) => reply.id !== "");
}

export async function saveCannedReply(slug: string, reply: CannedReply, options: RequestOptions): Promise<void> {
  await sendJson("PUT", `${base(slug)}/canned-replies/${encodeURIComponent(reply.id)}`, { title: reply.title, body: reply.body }, options);
}

export async function deleteCannedReply(slug: string, id: string, options: RequestOptions): Promise<void> {
  await sendJson("DELETE", `${base(slug)}/canned-replies/${encodeURIComponent(id)}`, undefined, options);
}

/** An ID for a new canned reply from its title: "Opening hours" → "opening-hours". */
export function cannedReplyId(title: string, taken: readonly string[]): string {
  const stem =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/ß/g, "ss")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 34) || "reply";
  let id = stem;
  for (let n = 2; taken.includes(id); n += 1) id = `${stem}-${n}`;
  return id;
}
