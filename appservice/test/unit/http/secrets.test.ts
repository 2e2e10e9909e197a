import { describe, expect, it } from "vitest";
import { bearerToken, secretsEqual } from "../../../src/http/secrets.ts";

describe("secret comparison", () => {
  it("accepts the same secret and refuses others, including prefixes and a missing one", () => {
    const expected = "a".repeat(64);
    expect(secretsEqual(expected, expected)).toBe(true);
    expect(secretsEqual(expected.slice(0, 63), expected)).toBe(false);
    expect(secretsEqual(`${expected}a`, expected)).toBe(false);
    expect(secretsEqual("", expected)).toBe(false);
    expect(secretsEqual(undefined, expected)).toBe(false);
  });

  it("reads the token of a Bearer header", () => {
    expect(bearerToken("Bearer abc123")).toBe("abc123");
    expect(bearerToken("bearer abc123")).toBe("abc123");
    expect(bearerToken("Basic abc123")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
