import { ClientEvent, RoomEvent, RoomMemberEvent, type MatrixClient, type MatrixEvent, type Room } from "matrix-js-sdk";

/** Calls `changed` on everything that can change how one room looks; returns how to stop. */
export function listenToRoom(client: MatrixClient, roomId: string, changed: () => void): () => void {
  const onRoomEvent = (_event: unknown, room: Room | undefined) => {
    if (room?.roomId === roomId) changed();
  };
  const onTyping = (_event: MatrixEvent, member: { roomId: string }) => {
    if (member.roomId === roomId) changed();
  };
  const onRoom = (room: Room) => {
    if (room.roomId === roomId) changed();
  };
  // Typing notifications arrive without a room ID, and a room joined while running does not pass its
  // members' typing events on to the client: any typing change makes every open timeline look again.
  const onEvent = (event: MatrixEvent) => {
    if (event.getType() === "m.typing") changed();
  };
  const bindings: [string, (...args: never[]) => void][] = [
    [RoomEvent.Timeline, onRoomEvent],
    [RoomEvent.LocalEchoUpdated, onRoomEvent],
    [RoomEvent.Redaction, onRoomEvent],
    [RoomEvent.Receipt, onRoomEvent],
    [RoomEvent.TimelineReset, onRoom],
    [RoomMemberEvent.Typing, onTyping],
    [ClientEvent.Room, onRoom],
    [ClientEvent.Event, onEvent],
  ];
  // The SDK types each event's handler; one list of pairs cannot say which goes with which.
  for (const [event, handler] of bindings) client.on(event as never, handler as never);
  return () => {
    for (const [event, handler] of bindings) client.off(event as never, handler as never);
  };
}
