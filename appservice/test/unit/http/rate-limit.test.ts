import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/http/rate-limit.ts";

describe("the rate limiter", () => {
  it("allows a burst, then asks to wait, then refills over time", () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 1, now: () => now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(1);
    now = 1000;
    expect(limiter.take("a")).toBe(0);
  });

  it("keeps separate buckets per key and forgets the least recently seen beyond its size", () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.001, maxKeys: 2, now: () => 0 });
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("b")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
    expect(limiter.take("c")).toBe(0);
    // "b" was forgotten when "c" arrived, so it starts with a full bucket again.
    expect(limiter.take("b")).toBe(0);
  });
});
