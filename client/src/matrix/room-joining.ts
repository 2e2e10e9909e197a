import { MatrixError, type MatrixClient } from "matrix-js-sdk";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface JoinOptions {
  /** Whether the sync shows the room as joined. */
  isJoined(): boolean;
  /** When to give up (a `Date.now()` time). */
  deadline: number;
}

/**
 * Joins a room and waits until the sync shows it. The invite may still be
 * on its way (Kontor invites right after creating the room): a refusal is
 * tried again for a while.
 */
export async function joinWhenInvited(client: MatrixClient, roomId: string, options: JoinOptions): Promise<void> {
  const deadline = options.deadline;
  for (;;) {
    try {
      await client.joinRoom(roomId);
      break;
    } catch (error) {
      const retriable = error instanceof MatrixError && (error.httpStatus === 403 || error.httpStatus === 404);
      if (!retriable || Date.now() > deadline) throw error;
      await sleep(750);
    }
  }
  while (!options.isJoined()) {
    if (Date.now() > deadline) throw new Error(`joined ${roomId}, but the sync has not shown it yet`);
    await sleep(200);
  }
}
