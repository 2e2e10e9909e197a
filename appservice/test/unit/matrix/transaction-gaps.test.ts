import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logging/logger.ts";
import { TransactionGaps } from "../../../src/matrix/transaction-gaps.ts";

describe("transaction gaps", () => {
  it("release everything while transactions arrive in sequence", () => {
    const gaps = new TransactionGaps({ startAfter: 10, logger: silentLogger });
    gaps.record(11, 0);
    gaps.record(12, 0);
    expect(gaps.releasedUpTo(0)).toBeUndefined();
    expect(gaps.watermark).toBe(12);
  });

  it("hold back events after a missing transaction until it arrives", () => {
    const gaps = new TransactionGaps({ startAfter: 10, logger: silentLogger });
    gaps.record(11, 0);
    gaps.record(13, 0);
    gaps.record(14, 0);
    expect(gaps.releasedUpTo(100)).toBe(11);
    gaps.record(12, 200);
    expect(gaps.releasedUpTo(200)).toBeUndefined();
    expect(gaps.watermark).toBe(14);
  });

  it("ask the homeserver to resend once the gap stays open, and not on every transaction", () => {
    const gaps = new TransactionGaps({ startAfter: 1, nudgeAfterMs: 3000, logger: silentLogger });
    gaps.record(3, 0);
    expect(gaps.shouldNudge(1000)).toBe(false);
    expect(gaps.shouldNudge(3500)).toBe(true);
    expect(gaps.shouldNudge(4000)).toBe(false);
    expect(gaps.shouldNudge(14_000)).toBe(true);
  });

  it("give up on a transaction that never comes, releasing the later ones", () => {
    const gaps = new TransactionGaps({ startAfter: 1, giveUpAfterMs: 60_000, logger: silentLogger });
    gaps.record(3, 0);
    gaps.record(4, 0);
    expect(gaps.releasedUpTo(59_000)).toBe(1);
    expect(gaps.releasedUpTo(61_000)).toBeUndefined();
    expect(gaps.watermark).toBe(4);
  });

  it("start counting at the first transaction of a new install", () => {
    const gaps = new TransactionGaps({ logger: silentLogger });
    gaps.record(57, 0);
    gaps.record(58, 0);
    expect(gaps.releasedUpTo(0)).toBeUndefined();
  });
});
