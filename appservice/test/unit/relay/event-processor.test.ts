import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { EventProcessor } from "../../../src/matrix/event-processor.ts";
import { HomeserverUnreachableError, MatrixApiError } from "../../../src/matrix/homeserver-client.ts";
import { openStore } from "../../../src/store/database.ts";
import { InboxRepository, type InboundEvent } from "../../../src/store/inbox-repository.ts";

const event = (id: string, room: string): InboundEvent => ({ event_id: `$${id}`, room_id: room, type: "m.room.message", sender: "@a:x", content: {} });

function setup(handle: (event: InboundEvent, previousAttempts: number) => Promise<void>) {
  const inbox = new InboxRepository(openStore({ path: ":memory:", logger: silentLogger }).db);
  const processor = new EventProcessor({ inbox, handle: (e, context) => handle(e, context.previousAttempts), logger: silentLogger, baseRetryMs: 10, maxRetryMs: 20, maxAttempts: 3 });
  return { inbox, processor };
}

describe("the event processor", () => {
  it("handles each room's events in order and marks them processed", async () => {
    const seen: string[] = [];
    const { inbox, processor } = setup(async (e) => {
      await new Promise((resolve) => setTimeout(resolve, e.room_id === "!a" ? 5 : 1));
      seen.push(e.event_id);
    });
    inbox.recordTransaction("t1", [event("a1", "!a"), event("b1", "!b"), event("a2", "!a"), event("b2", "!b"), event("a3", "!a")]);
    processor.start();
    await processor.idle();
    await processor.stop();
    expect(seen.filter((id) => id.startsWith("$a"))).toEqual(["$a1", "$a2", "$a3"]);
    expect(seen.filter((id) => id.startsWith("$b"))).toEqual(["$b1", "$b2"]);
    expect(inbox.countPending()).toBe(0);
  });

  it("retries a transient failure and holds back the room's later events until it succeeds", async () => {
    const seen: string[] = [];
    let failures = 2;
    const { inbox, processor } = setup(async (e, previousAttempts) => {
      if (e.event_id === "$a1" && failures > 0) {
        failures -= 1;
        throw new HomeserverUnreachableError("down");
      }
      seen.push(`${e.event_id}@${previousAttempts}`);
    });
    inbox.recordTransaction("t1", [event("a1", "!a"), event("a2", "!a")]);
    processor.start();
    await processor.idle();
    await processor.stop();
    expect(seen).toEqual(["$a1@2", "$a2@0"]);
  });

  it("gives up on an event that keeps failing for a permanent reason, and moves on", async () => {
    const seen: string[] = [];
    const { inbox, processor } = setup(async (e) => {
      if (e.event_id === "$bad") throw new MatrixApiError("PUT", "/send", 403, "M_FORBIDDEN", "no", {});
      seen.push(e.event_id);
    });
    inbox.recordTransaction("t1", [event("bad", "!a"), event("good", "!a")]);
    processor.start();
    await processor.idle();
    await processor.stop();
    expect(seen).toEqual(["$good"]);
  });

  it("picks up events stored while it runs", async () => {
    const seen: string[] = [];
    const { inbox, processor } = setup(async (e) => {
      seen.push(e.event_id);
    });
    processor.start();
    inbox.recordTransaction("t1", [event("late", "!a")]);
    processor.wake();
    await processor.idle();
    await processor.stop();
    expect(seen).toEqual(["$late"]);
  });
});
