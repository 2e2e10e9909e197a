import type { NextFunction, Request, Response } from "express";
import { KontorError } from "../errors/codes.ts";

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
  /** Keys remembered at most; the least recently seen are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A token bucket per key (a client address, an API key). */
export class RateLimiter {
  readonly #options: Required<RateLimitOptions>;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    this.#options = { maxKeys: 10_000, now: () => Date.now(), ...options };
  }

  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const { burst, perSecond, maxKeys, now } = this.#options;
    const at = now();
    const bucket = this.#buckets.get(key) ?? { tokens: burst, updatedAt: at };
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = at;
    // Re-insert so the Map's order is least recently seen first.
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > maxKeys) this.#buckets.delete(this.#buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }
}

/** Express middleware limiting requests per client address. */
export function rateLimitByAddress(limiter: RateLimiter) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? "unknown");
    if (wait > 0) {
      next(new KontorError("rate_limited", `too many requests; try again in ${wait} s`, { retryAfterSeconds: wait }));
      return;
    }
    next();
  };
}
