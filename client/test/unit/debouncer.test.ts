import { describe, expect, it } from "vitest";
import { Debouncer, type Timers } from "../../src/directory/debouncer.ts";

/** Timers the test advances by hand. */
function manualTimers() {
  let now = 0;
  const queue: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      queue.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      const index = queue.findIndex((entry) => entry.id === id);
      if (index >= 0) queue.splice(index, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const entry of queue.filter((e) => e.at <= now)) {
      queue.splice(queue.indexOf(entry), 1);
      entry.run();
    }
  };
  return { timers, advance };
}

describe("debouncing typed searches", () => {
  it("runs only the last value once typing pauses", () => {
    const { timers, advance } = manualTimers();
    const runs: string[] = [];
    const debouncer = new Debouncer<string>(300, (value) => runs.push(value), timers);
    debouncer.schedule("c");
    advance(100);
    debouncer.schedule("ca");
    advance(299);
    expect(runs).toEqual([]);
    advance(1);
    expect(runs).toEqual(["ca"]);
  });

  it("drops a pending value when cancelled", () => {
    const { timers, advance } = manualTimers();
    const runs: string[] = [];
    const debouncer = new Debouncer<string>(300, (value) => runs.push(value), timers);
    debouncer.schedule("x");
    expect(debouncer.pending).toBe(true);
    debouncer.cancel();
    advance(1000);
    expect(runs).toEqual([]);
    expect(debouncer.pending).toBe(false);
  });
});
