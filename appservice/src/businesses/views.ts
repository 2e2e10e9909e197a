import { describeDayHours } from "../hours/describe.ts";
import { localDateAt, openingState, slotsOn } from "../hours/evaluate.ts";
import type { OpeningHours } from "../hours/model.ts";
import type { BusinessRecord, StaffMember } from "./business-repository.ts";
import type { BusinessIdentifiers } from "./identifiers.ts";
import { businessLocale, describeResponseTime, type TextLocale } from "./profile-room-content.ts";
import type { BusinessProfile } from "./profile.ts";

/** The profile fields as the APIs show them (snake_case on the wire). */
function profileJson(profile: BusinessProfile): Record<string, unknown> {
  return {
    slug: profile.slug,
    name: profile.name,
    categories: profile.categories,
    tags: profile.tags,
    description: profile.description,
    address: profile.address,
    coordinates: profile.coordinates ?? null,
    languages: profile.languages,
    website: profile.website ?? null,
    phone: profile.phone ?? null,
    logo: profile.logo ?? null,
    hours: profile.hours,
    response_time: profile.responseTime,
    visibility: profile.visibility,
    status: profile.status,
  };
}

function matrixJson(ids: BusinessIdentifiers, record: BusinessRecord): Record<string, unknown> {
  return {
    mxid: ids.userId,
    alias: ids.profileAlias,
    room_id: record.profileRoomId ?? null,
    matrix_to: `https://matrix.to/#/${encodeURIComponent(ids.profileAlias)}`,
  };
}

/** Open now, when it closes or next opens, and today's hours, in the business's own time zone. */
export function openingJson(hours: OpeningHours, now: Date, locale: TextLocale): Record<string, unknown> {
  const state = openingState(hours, now);
  const date = localDateAt(hours, now);
  const today = slotsOn(hours, date);
  return {
    open_now: state.open,
    closes_at: state.closesAt?.toISOString() ?? null,
    next_opening: state.nextOpening?.toISOString() ?? null,
    today: { date, slots: today, text: describeDayHours(today, locale) },
    time_zone: hours.timeZone,
  };
}

/** What the operator API shows: everything, including Kontor's own bookkeeping. */
export function adminView(record: BusinessRecord, ids: BusinessIdentifiers, staff: StaffMember[]): Record<string, unknown> {
  return {
    ...profileJson(record.profile),
    ...matrixJson(ids, record),
    staff_space_id: record.staffSpaceId ?? null,
    setup_state: record.setupState,
    staff: staff.map((member) => ({ user_id: member.userId, role: member.role, added_at: new Date(member.addedAt).toISOString() })),
    created_at: new Date(record.createdAt).toISOString(),
    updated_at: new Date(record.updatedAt).toISOString(),
  };
}

/** What anyone may see of an active business, with its opening state computed for `now`. */
export function publicView(record: BusinessRecord, ids: BusinessIdentifiers, now: Date, locale?: TextLocale): Record<string, unknown> {
  const textLocale = locale ?? businessLocale(record.profile);
  const { visibility: _visibility, ...profile } = profileJson(record.profile);
  return {
    ...profile,
    ...matrixJson(ids, record),
    response_time_text: describeResponseTime(record.profile.responseTime, textLocale),
    opening: openingJson(record.profile.hours, now, textLocale),
  };
}
