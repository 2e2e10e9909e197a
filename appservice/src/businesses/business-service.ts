import { KeyedLock } from "../concurrency/keyed-lock.ts";
import { KontorError } from "../errors/codes.ts";
import type { Logger } from "../logging/logger.ts";
import { localDateAt } from "../hours/evaluate.ts";
import type { BusinessRecord, BusinessRepository, StaffMember, StaffRole } from "./business-repository.ts";
import { businessIdentifiers, type BusinessIdentifiers, type Namespaces } from "./identifiers.ts";
import { directoryEntryOf, type DirectoryListing, isListed } from "./listing.ts";
import type { BusinessProfile, ProfileFields } from "./profile.ts";
import type { BusinessProvisioner } from "./provisioning.ts";
import { validateNewBusiness, validateProfileChange } from "./validate-profile.ts";

export interface BusinessServiceDeps {
  repository: BusinessRepository;
  provisioner: BusinessProvisioner;
  directory: DirectoryListing;
  namespaces: Namespaces;
  logger: Logger;
  now?: () => Date;
  /**
   * Runs before a business's own rooms are closed on delete (its conversations
   * close first); returns the rooms it closed that nobody keeps (staff rooms).
   */
  beforeDelete?: (record: BusinessRecord) => Promise<readonly string[]>;
  /** Removes a closed room from the homeserver's database (Synapse's admin API). */
  purgeRoom?: (roomId: string) => Promise<void>;
  /** Runs after a staff member was added or removed (conversations invite or remove them). */
  staffChanged?: (record: BusinessRecord, userId: string, change: "added" | "removed") => Promise<void>;
}

/**
 * The lifecycle of businesses: create, update, suspend, resume, delete, and
 * their staff. Every operation on one business runs under that business's
 * lock; the Matrix side is done by the provisioner, step by step, so that a
 * repeated call completes an interrupted one.
 */
export class BusinessService {
  readonly #deps: BusinessServiceDeps;
  readonly #lock = new KeyedLock();
  readonly #now: () => Date;

  constructor(deps: BusinessServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  ids(slug: string): BusinessIdentifiers {
    return businessIdentifiers(this.#deps.namespaces, slug);
  }

  get(slug: string): BusinessRecord {
    const record = this.#deps.repository.get(slug);
    if (!record || record.setupState === "deleting") throw new KontorError("not_found", `no business with the slug "${slug}"`);
    return record;
  }

  list(options: { limit: number; afterSlug?: string; status?: BusinessProfile["status"] }): BusinessRecord[] {
    return this.#deps.repository.list(options).filter((record) => record.setupState !== "deleting");
  }

  /** Creates a business, or completes the creation of one that was interrupted. */
  create(raw: unknown): Promise<BusinessRecord> {
    const { slug, fields } = validateNewBusiness(raw);
    return this.#lock.run(slug, async () => {
      const { repository } = this.#deps;
      const ids = this.ids(slug);
      const profile: BusinessProfile = { ...fields, slug, status: "active" };
      if (!repository.insertPending(profile, ids.userId)) {
        const existing = repository.get(slug);
        if (existing?.setupState === "ready") {
          throw new KontorError("conflict", `the slug "${slug}" is taken by "${existing.profile.name}"; choose another slug`);
        }
        if (existing?.setupState === "deleting") {
          throw new KontorError("conflict", `the business "${slug}" is being deleted; run the delete again to finish it`);
        }
        this.#deps.logger.info("completing an interrupted business creation", { slug });
        repository.saveProfile({ ...profile, logo: existing?.profile.logo });
      }
      await this.#provision(slug);
      repository.setSetupState(slug, "ready");
      return this.get(slug);
    });
  }

  /** Changes the given profile fields and carries them to Matrix and the directory. */
  update(slug: string, raw: unknown): Promise<BusinessRecord> {
    const changes = validateProfileChange(raw);
    return this.#lock.run(slug, async () => {
      const record = this.get(slug);
      // null clears an optional field.
      const merged = Object.entries({ ...record.profile, ...changes }).filter(([, value]) => value !== null);
      this.#deps.repository.saveProfile(Object.fromEntries(merged) as unknown as BusinessProfile);
      await this.#provision(slug);
      return this.get(slug);
    });
  }

  /** Uploads a logo to the media repository and sets it as the business's avatar. */
  setLogo(slug: string, image: Uint8Array, contentType: string): Promise<BusinessRecord> {
    return this.#lock.run(slug, async () => {
      const record = this.get(slug);
      const intent = this.#deps.provisioner.intent(record.userId);
      const logo = await intent.uploadMedia(image, contentType, `${slug}-logo`);
      this.#deps.repository.saveProfile({ ...record.profile, logo });
      await this.#provision(slug);
      return this.get(slug);
    });
  }

  suspend(slug: string): Promise<BusinessRecord> {
    return this.#setStatus(slug, "suspended");
  }

  resume(slug: string): Promise<BusinessRecord> {
    return this.#setStatus(slug, "active");
  }

  #setStatus(slug: string, status: BusinessProfile["status"]): Promise<BusinessRecord> {
    return this.#lock.run(slug, async () => {
      const record = this.get(slug);
      this.#deps.repository.saveProfile({ ...record.profile, status });
      await this.#provision(slug);
      this.#deps.logger.info(status === "suspended" ? "business suspended" : "business resumed", { slug });
      return this.get(slug);
    });
  }

  /** Closes the business's rooms, removes it from the directory and forgets it. */
  delete(slug: string): Promise<void> {
    return this.#lock.run(slug, async () => {
      const { repository, provisioner, directory } = this.#deps;
      const record = repository.get(slug);
      if (!record) throw new KontorError("not_found", `no business with the slug "${slug}"`);
      repository.setSetupState(slug, "deleting");
      directory.remove(slug);
      const closedRooms = [...((await this.#deps.beforeDelete?.(record)) ?? [])];
      const ids = this.ids(slug);
      const notice =
        record.profile.languages[0] === "de"
          ? `${record.profile.name} ist auf Kontor nicht mehr erreichbar.`
          : `${record.profile.name} can no longer be reached on Kontor.`;
      const rooms: [string | undefined, string][] = [
        [record.profileRoomId ?? (await provisioner.intent(ids.userId).resolveAlias(ids.profileAlias)), ids.profileAlias],
        [record.staffSpaceId ?? (await provisioner.intent(ids.userId).resolveAlias(ids.staffSpaceAlias)), ids.staffSpaceAlias],
      ];
      for (const [roomId, alias] of rooms) {
        if (!roomId) continue;
        await provisioner.closeRoom(ids, roomId, { alias, notice }).catch((error: unknown) => this.#ignoreGone(error, roomId));
        closedRooms.push(roomId);
      }
      await this.#purge(closedRooms);
      await provisioner.intent(ids.userId).setDisplayName(slug).catch(() => undefined);
      await provisioner.intent(ids.userId).setAvatarUrl("").catch(() => undefined);
      repository.delete(slug);
      this.#deps.logger.info("business deleted", { slug });
    });
  }

  staff(slug: string): StaffMember[] {
    this.get(slug);
    return this.#deps.repository.staff(slug);
  }

  /** Adds a staff member (or changes their role) and invites them to the staff space. */
  addStaff(slug: string, userId: string, role: StaffRole): Promise<StaffMember[]> {
    return this.#lock.run(slug, async () => {
      const record = this.get(slug);
      this.#deps.repository.upsertStaff(slug, userId, role);
      if (record.staffSpaceId) await this.#deps.provisioner.intent(record.userId).invite(record.staffSpaceId, userId);
      await this.#deps.staffChanged?.(record, userId, "added");
      return this.#deps.repository.staff(slug);
    });
  }

  /** Removes a staff member and takes them out of the staff space. */
  removeStaff(slug: string, userId: string): Promise<StaffMember[]> {
    return this.#lock.run(slug, async () => {
      const record = this.get(slug);
      if (!this.#deps.repository.removeStaff(slug, userId)) {
        throw new KontorError("not_found", `${userId} is not staff of "${slug}"`);
      }
      if (record.staffSpaceId) {
        await this.#deps.provisioner
          .intent(record.userId)
          .kick(record.staffSpaceId, userId, "removed from the team")
          .catch((error: unknown) => this.#deps.logger.warn("could not remove from the staff space", { slug, userId, error }));
      }
      await this.#deps.staffChanged?.(record, userId, "removed");
      return this.#deps.repository.staff(slug);
    });
  }

  /**
   * Makes the directory index agree with the stored businesses (after an
   * upgrade that added the index, or a restore of an older backup).
   */
  syncDirectory(): { added: number; removed: number } {
    const { repository, directory } = this.#deps;
    let added = 0;
    let removed = 0;
    let after: string | undefined;
    for (;;) {
      const page = repository.list({ limit: 500, afterSlug: after });
      if (page.length === 0) return { added, removed };
      for (const record of page) {
        after = record.profile.slug;
        const listed = record.setupState === "ready" && isListed(record.profile);
        if (listed && !directory.has(record.profile.slug)) {
          directory.upsert(directoryEntryOf(record.profile));
          added += 1;
        } else if (!listed && directory.has(record.profile.slug)) {
          directory.remove(record.profile.slug);
          removed += 1;
        }
      }
    }
  }

  /** Refreshes the profile room topics whose "today" is out of date (called periodically). */
  async refreshTopics(): Promise<number> {
    let refreshed = 0;
    let after: string | undefined;
    for (;;) {
      const page = this.#deps.repository.list({ limit: 200, afterSlug: after });
      if (page.length === 0) return refreshed;
      for (const record of page) {
        after = record.profile.slug;
        if (record.setupState !== "ready" || !record.profileRoomId) continue;
        const today = localDateAt(record.profile.hours, this.#now());
        if (record.topicDate === today) continue;
        await this.#lock.run(record.profile.slug, () => this.#provision(record.profile.slug));
        refreshed += 1;
      }
    }
  }

  /** Makes Matrix and the directory match the stored profile. */
  async #provision(slug: string): Promise<void> {
    const { repository, provisioner, directory } = this.#deps;
    const record = this.get(slug);
    const { profile } = record;
    const ids = this.ids(slug);
    await provisioner.ensureUser(profile, ids);
    const profileRoomId = await provisioner.ensureProfileRoom(profile, ids);
    repository.setRooms(slug, { profileRoomId });
    const staffSpaceId = await provisioner.ensureStaffSpace(profile, ids);
    repository.setRooms(slug, { staffSpaceId });
    await provisioner.syncProfileRoom(profile, ids, profileRoomId);
    repository.setTopicDate(slug, localDateAt(profile.hours, this.#now()));
    await provisioner.publish(ids, profileRoomId, isListed(profile));
    if (isListed(profile)) directory.upsert(directoryEntryOf(profile));
    else directory.remove(slug);
  }

  /** Best effort: a homeserver without Synapse's admin API keeps the closed rooms, which nobody can join. */
  async #purge(roomIds: readonly string[]): Promise<void> {
    const purgeRoom = this.#deps.purgeRoom;
    if (!purgeRoom) return;
    for (const roomId of roomIds) {
      await purgeRoom(roomId).catch((error: unknown) => this.#deps.logger.warn("closed a room but could not purge it from the homeserver", { roomId, error }));
    }
  }

  #ignoreGone(error: unknown, roomId: string): void {
    this.#deps.logger.warn("could not close a room completely; continuing", { roomId, error });
  }
}

export type { ProfileFields };
