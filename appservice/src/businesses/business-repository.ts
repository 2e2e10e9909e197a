import type { SqliteDatabase } from "../store/database.ts";
import type { BusinessProfile, BusinessStatus } from "./profile.ts";

export type SetupState = "pending" | "ready" | "deleting";
export type StaffRole = "owner" | "agent";

export interface BusinessRecord {
  profile: BusinessProfile;
  userId: string;
  setupState: SetupState;
  profileRoomId?: string;
  staffSpaceId?: string;
  topicDate?: string;
  createdAt: number;
  updatedAt: number;
}

export interface StaffMember {
  userId: string;
  role: StaffRole;
  addedAt: number;
}

interface BusinessRow {
  slug: string;
  user_id: string;
  profile_json: string;
  status: BusinessStatus;
  setup_state: SetupState;
  profile_room_id: string | null;
  staff_space_id: string | null;
  topic_date: string | null;
  created_at: number;
  updated_at: number;
}

function toRecord(row: BusinessRow): BusinessRecord {
  const profile = JSON.parse(row.profile_json) as BusinessProfile;
  return {
    profile: { ...profile, slug: row.slug, status: row.status },
    userId: row.user_id,
    setupState: row.setup_state,
    profileRoomId: row.profile_room_id ?? undefined,
    staffSpaceId: row.staff_space_id ?? undefined,
    topicDate: row.topic_date ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Businesses and their staff in the store. */
export class BusinessRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  get(slug: string): BusinessRecord | undefined {
    const row = this.#db.prepare<[string], BusinessRow>("SELECT * FROM businesses WHERE slug = ?").get(slug);
    return row ? toRecord(row) : undefined;
  }

  getByUserId(userId: string): BusinessRecord | undefined {
    const row = this.#db.prepare<[string], BusinessRow>("SELECT * FROM businesses WHERE user_id = ?").get(userId);
    return row ? toRecord(row) : undefined;
  }

  getByRoomId(roomId: string): BusinessRecord | undefined {
    const row = this.#db
      .prepare<[string, string], BusinessRow>("SELECT * FROM businesses WHERE profile_room_id = ? OR staff_space_id = ?")
      .get(roomId, roomId);
    return row ? toRecord(row) : undefined;
  }

  /** Businesses ordered by slug, after `afterSlug` when given. */
  list(options: { limit: number; afterSlug?: string; status?: BusinessStatus }): BusinessRecord[] {
    const rows = this.#db
      .prepare<[string, string | null, string | null, number], BusinessRow>(
        `SELECT * FROM businesses WHERE slug > ? AND (? IS NULL OR status = ?) ORDER BY slug LIMIT ?`,
      )
      .all(options.afterSlug ?? "", options.status ?? null, options.status ?? null, options.limit);
    return rows.map(toRecord);
  }

  /** Inserts a new business in the pending state; false when the slug is taken. */
  insertPending(profile: BusinessProfile, userId: string, now = Date.now()): boolean {
    const result = this.#db
      .prepare(
        `INSERT INTO businesses (slug, user_id, profile_json, status, setup_state, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (slug) DO NOTHING`,
      )
      .run(profile.slug, userId, JSON.stringify(profile), profile.status, now, now);
    return result.changes === 1;
  }

  saveProfile(profile: BusinessProfile, now = Date.now()): void {
    this.#db
      .prepare("UPDATE businesses SET profile_json = ?, status = ?, updated_at = ? WHERE slug = ?")
      .run(JSON.stringify(profile), profile.status, now, profile.slug);
  }

  setRooms(slug: string, rooms: { profileRoomId?: string; staffSpaceId?: string }): void {
    this.#db
      .prepare(
        `UPDATE businesses SET profile_room_id = coalesce(?, profile_room_id),
           staff_space_id = coalesce(?, staff_space_id) WHERE slug = ?`,
      )
      .run(rooms.profileRoomId ?? null, rooms.staffSpaceId ?? null, slug);
  }

  setSetupState(slug: string, state: SetupState): void {
    this.#db.prepare("UPDATE businesses SET setup_state = ? WHERE slug = ?").run(state, slug);
  }

  setTopicDate(slug: string, date: string): void {
    this.#db.prepare("UPDATE businesses SET topic_date = ? WHERE slug = ?").run(date, slug);
  }

  delete(slug: string): void {
    this.#db.prepare("DELETE FROM businesses WHERE slug = ?").run(slug);
  }

  staff(slug: string): StaffMember[] {
    return this.#db
      .prepare<[string], { user_id: string; role: StaffRole; added_at: number }>(
        "SELECT user_id, role, added_at FROM business_staff WHERE slug = ? ORDER BY added_at, user_id",
      )
      .all(slug)
      .map((row) => ({ userId: row.user_id, role: row.role, addedAt: row.added_at }));
  }

  staffRole(slug: string, userId: string): StaffRole | undefined {
    return this.#db
      .prepare<[string, string], { role: StaffRole }>("SELECT role FROM business_staff WHERE slug = ? AND user_id = ?")
      .get(slug, userId)?.role;
  }

  /** Businesses a user is staff of. */
  businessesOfStaff(userId: string): { slug: string; role: StaffRole }[] {
    return this.#db
      .prepare<[string], { slug: string; role: StaffRole }>("SELECT slug, role FROM business_staff WHERE user_id = ? ORDER BY slug")
      .all(userId);
  }

  upsertStaff(slug: string, userId: string, role: StaffRole, now = Date.now()): void {
    this.#db
      .prepare(
        `INSERT INTO business_staff (slug, user_id, role, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (slug, user_id) DO UPDATE SET role = excluded.role`,
      )
      .run(slug, userId, role, now);
  }

  removeStaff(slug: string, userId: string): boolean {
    return this.#db.prepare("DELETE FROM business_staff WHERE slug = ? AND user_id = ?").run(slug, userId).changes === 1;
  }
}
