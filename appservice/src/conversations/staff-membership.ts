import type { BusinessRecord } from "../businesses/business-repository.ts";
import type { Logger } from "../logging/logger.ts";
import type { HomeserverClient } from "../matrix/homeserver-client.ts";
import { UserIntent } from "../matrix/user-intent.ts";
import type { ConversationRepository } from "./conversation-repository.ts";

/**
 * Keeps staff rooms in step with the staff list: a new staff member is
 * invited to the conversations that are not resolved; a removed one is
 * taken out of every staff room of the business.
 */
export async function applyStaffChange(
  business: BusinessRecord,
  userId: string,
  change: "added" | "removed",
  deps: { client: HomeserverClient; conversations: ConversationRepository; logger: Logger },
): Promise<void> {
  const intent = new UserIntent(deps.client, business.userId);
  for (const conversation of deps.conversations.ofBusiness(business.profile.slug)) {
    if (!conversation.staffRoomId || conversation.setupState !== "active") continue;
    try {
      if (change === "added" && conversation.status !== "resolved") await intent.invite(conversation.staffRoomId, userId);
      if (change === "removed") {
        const member = await intent.getState<{ membership?: string }>(conversation.staffRoomId, "m.room.member", userId);
        if (member?.membership === "join" || member?.membership === "invite") {
          await intent.kick(conversation.staffRoomId, userId, "removed from the team");
        }
      }
    } catch (error) {
      deps.logger.warn("could not update a staff room's members", { conversation: conversation.id, userId, change, error });
    }
  }
}
