import { z } from "zod";

const eventId = z.string().regex(/^\$[^\s]{1,254}$/, "must be an event ID starting with $");
const roomId = z.string().regex(/^![^\s]{1,254}$/, "must be a room ID starting with !");
const userId = z.string().regex(/^@[^\s:]+:[^\s]+$/, "must be a user ID like @name:server").max(255);
const jsonObject = z.record(z.string(), z.unknown());

/** A room event as the homeserver pushes it to an appservice. */
export const roomEventSchema = z
  .object({
    event_id: eventId,
    room_id: roomId,
    type: z.string().min(1).max(255),
    sender: userId,
    origin_server_ts: z.number().int().nonnegative(),
    content: jsonObject,
    state_key: z.string().max(255).optional(),
    redacts: eventId.optional(),
    unsigned: jsonObject.optional(),
  })
  .passthrough();

/** Typing, receipts and presence: delivered best effort, never stored. */
export const ephemeralEventSchema = z
  .object({
    type: z.string().min(1).max(255),
    room_id: roomId.optional(),
    content: jsonObject,
  })
  .passthrough();

const maxEventsPerTransaction = 1000;

export const transactionSchema = z
  .object({
    events: z.array(roomEventSchema).max(maxEventsPerTransaction),
    ephemeral: z.array(ephemeralEventSchema).max(maxEventsPerTransaction).optional(),
    "de.sorunome.msc2409.ephemeral": z.array(ephemeralEventSchema).max(maxEventsPerTransaction).optional(),
  })
  .passthrough();

export type RoomEvent = z.infer<typeof roomEventSchema>;
export type EphemeralEvent = z.infer<typeof ephemeralEventSchema>;
export type Transaction = z.infer<typeof transactionSchema>;

/** Transaction IDs are opaque to us, but they become primary keys: keep them bounded. */
export const transactionIdSchema = z.string().min(1).max(255);
