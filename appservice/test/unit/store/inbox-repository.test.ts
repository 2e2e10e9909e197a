import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { openStore } from "../../../src/store/database.ts";
import { InboxRepository, type InboundEvent } from "../../../src/store/inbox-repository.ts";

function event(id: string): InboundEvent {
  return { event_id: `$${id}`, room_id: "!room:localhost", type: "m.room.message", sender: "@a:localhost", content: { body: id } };
}

function inbox(): InboxRepository {
  return new InboxRepository(openStore({ path: ":memory:", logger: silentLogger }).db);
}

describe("the transaction inbox", () => {
  it("stores a transaction's events in arrival order", () => {
    const repo = inbox();
    expect(repo.recordTransaction("t1", [event("a"), event("b")])).toEqual({ duplicate: false, stored: 2 });
    expect(repo.pending(10).map((p) => p.event.event_id)).toEqual(["$a", "$b"]);
  });

  it("treats a replayed transaction ID as a no-op", () => {
    const repo = inbox();
    repo.recordTransaction("t1", [event("a")]);
    expect(repo.recordTransaction("t1", [event("a"), event("z")])).toEqual({ duplicate: true, stored: 0 });
    expect(repo.countPending()).toBe(1);
  });

  it("stores an event only once even when two transactions carry it", () => {
    const repo = inbox();
    repo.recordTransaction("t1", [event("a")]);
    expect(repo.recordTransaction("t2", [event("a"), event("b")])).toEqual({ duplicate: false, stored: 1 });
    expect(repo.countPending()).toBe(2);
  });

  it("forgets nothing until an event is marked processed", () => {
    const repo = inbox();
    repo.recordTransaction("t1", [event("a"), event("b")]);
    const [first] = repo.pending(1);
    repo.markStarted(first!.seq);
    repo.markFailed(first!.seq, "homeserver down");
    expect(repo.pending(10)[0]).toMatchObject({ attempts: 1 });
    repo.markProcessed(first!.seq);
    expect(repo.pending(10).map((p) => p.event.event_id)).toEqual(["$b"]);
  });

  it("takes an abandoned event out of the queue", () => {
    const repo = inbox();
    repo.recordTransaction("t1", [event("a")]);
    repo.markAbandoned(repo.pending(1)[0]!.seq, "M_FORBIDDEN");
    expect(repo.countPending()).toBe(0);
  });
});
