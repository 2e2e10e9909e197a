import { describe, expect, it } from "vitest";
import { KeyedLock } from "../../../src/concurrency/keyed-lock.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the keyed lock", () => {
  it("runs tasks of one key one after another, even when one fails", async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const first = lock.run("a", async () => {
      await tick();
      order.push("a1");
      throw new Error("boom");
    });
    const second = lock.run("a", async () => {
      order.push("a2");
    });
    await expect(first).rejects.toThrow("boom");
    await second;
    expect(order).toEqual(["a1", "a2"]);
  });

  it("runs different keys concurrently", async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    await Promise.all([
      lock.run("a", async () => {
        await tick();
        order.push("a");
      }),
      lock.run("b", async () => {
        order.push("b");
      }),
    ]);
    expect(order).toEqual(["b", "a"]);
  });
});
