import { describe, expect, it } from "vitest";
import { KontorError } from "../../../src/errors/codes.ts";
import { parseJsonSafely } from "../../../src/http/json-body.ts";

function codeOf(text: string): string {
  try {
    parseJsonSafely(text);
  } catch (error) {
    if (error instanceof KontorError) return error.code;
    throw error;
  }
  return "accepted";
}

describe("parsing JSON bodies", () => {
  it("parses ordinary JSON", () => {
    expect(parseJsonSafely('{"events":[{"content":{"body":"hello"}}]}')).toEqual({ events: [{ content: { body: "hello" } }] });
  });

  it("refuses __proto__ and constructor keys at any depth", () => {
    expect(codeOf('{"__proto__":{"polluted":true}}')).toBe("bad_json");
    expect(codeOf('{"a":[{"b":{"constructor":{"prototype":{"x":1}}}}]}')).toBe("bad_json");
    expect(codeOf('{"\\u005f_proto__":{"polluted":true}}')).toBe("bad_json");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the words as values, where they are harmless", () => {
    expect(parseJsonSafely('{"body":"__proto__ and constructor"}')).toEqual({ body: "__proto__ and constructor" });
  });

  it("reports text that is not JSON as not_json", () => {
    expect(codeOf("{not json")).toBe("not_json");
  });
});
