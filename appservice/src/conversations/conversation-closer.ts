import type { BusinessRecord } from "../businesses/business-repository.ts";
import { businessLocale } from "../businesses/profile-room-content.ts";
import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import type { ConversationRepository } from "./conversation-repository.ts";

/**
 * Closes every conversation of a business that is being deleted: the
 * customer is told and the business leaves the customer room (which stays
 * the customer's); the staff room is emptied and left. Returns the staff
 * rooms, which nobody keeps and the homeserver may purge.
 */
export async function closeConversationsOf(
  business: BusinessRecord,
  deps: { client: HomeserverClient; conversations: ConversationRepository; logger: Logger },
): Promise<string[]> {
  const staffRooms: string[] = [];
  const intent = new UserIntent(deps.client, business.userId);
  const notice =
    businessLocale(business.profile) === "de"
      ? `${business.profile.name} ist auf Kontor nicht mehr erreichbar. Dieses Gespräch ist beendet.`
      : `${business.profile.name} can no longer be reached on Kontor. This conversation has ended.`;
  for (const conversation of deps.conversations.ofBusiness(business.profile.slug)) {
    try {
      if (conversation.customerRoomId) {
        await intent.sendEvent(conversation.customerRoomId, "m.room.message", { msgtype: "m.notice", body: notice }, `kontor.closed.${conversation.id}`);
        await intent.leave(conversation.customerRoomId);
      }
      if (conversation.staffRoomId) {
        staffRooms.push(conversation.staffRoomId);
        const members = await intent.joinedMembers(conversation.staffRoomId);
        for (const member of Object.keys(members)) {
          if (member !== business.userId) await intent.kick(conversation.staffRoomId, member, notice);
        }
        await intent.leave(conversation.staffRoomId);
      }
    } catch (error) {
      deps.logger.warn("could not close a conversation's rooms completely; continuing", { id: conversation.id, error });
    }
  }
  return staffRooms;
}
