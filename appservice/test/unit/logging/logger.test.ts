import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logging/logger.ts";

function capture(level: "debug" | "info", format: "json" | "pretty" = "json") {
  const lines: string[] = [];
  const logger = createLogger({ level, format, sink: { write: (line) => lines.push(line) }, clock: () => new Date("2026-01-02T03:04:05.678Z") });
  return { logger, lines };
}

describe("the logger", () => {
  it("writes one JSON record a line with level, bindings and fields", () => {
    const { logger, lines } = capture("info");
    logger.child({ module: "relay" }).info("event relayed", { eventId: "$a" });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { time: "2026-01-02T03:04:05.678Z", level: "info", module: "relay", msg: "event relayed", eventId: "$a" },
    ]);
  });

  it("drops records below its level", () => {
    const { logger, lines } = capture("info");
    logger.debug("noise");
    expect(lines).toEqual([]);
    expect(logger.isEnabled("debug")).toBe(false);
  });

  it("serialises errors with their message", () => {
    const { logger, lines } = capture("debug");
    logger.error("failed", { error: new Error("boom") });
    expect(JSON.parse(lines[0]!).error).toMatchObject({ name: "Error", message: "boom" });
  });

  it("writes a readable line for a terminal", () => {
    const { logger, lines } = capture("info", "pretty");
    logger.child({ module: "main" }).info("listening", { port: 8080 });
    expect(lines).toEqual(["03:04:05.678 INFO  [main] listening port=8080\n"]);
  });
});
