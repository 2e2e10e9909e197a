import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../src/config/load.ts";
import { renderSampleConfig } from "../../../src/config/sample.ts";
import { repoRoot } from "../../../../scripts/stack/paths.ts";

import { rawTestConfig } from "../fixtures/config.ts";

const validConfig = (): Record<string, unknown> => rawTestConfig();

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration", () => {
  it("fills in documented defaults for ports, prefixes and logging", () => {
    const config = parseConfig(validConfig());
    expect(config.appservice.port).toBe(9000);
    expect(config.http.port).toBe(8080);
    expect(config.appservice.businessUserPrefix).toBe("biz_");
    expect(config.logging).toEqual({ level: "info", format: "json" });
  });

  it("names the key of a value with the wrong type", () => {
    const raw = validConfig();
    (raw.appservice as Record<string, unknown>).port = "nine thousand";
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^appservice\.port: /)]);
  });

  it("names a missing required key", () => {
    const raw = validConfig();
    delete (raw.homeserver as Record<string, unknown>).serverName;
    expect(problemsOf(raw)[0]).toMatch(/^homeserver\.serverName: /);
  });

  it("refuses a short token and says how to make a good one", () => {
    const raw = validConfig();
    (raw.appservice as Record<string, unknown>).hsToken = "short";
    expect(problemsOf(raw)[0]).toMatch(/^appservice\.hsToken: must be at least 32 characters/);
  });

  it("refuses unknown keys, so a typo does not pass silently", () => {
    const raw = validConfig();
    (raw.http as Record<string, unknown>).prot = 8081;
    expect(problemsOf(raw)[0]).toMatch(/^http\.prot: unknown key/);
  });

  it("refuses an invalid log level and lists every problem at once", () => {
    const raw = validConfig();
    raw.logging = { level: "loud" };
    (raw.homeserver as Record<string, unknown>).url = "ftp://example.org";
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/logging\.level/);
    expect(problems.join("\n")).toMatch(/homeserver\.url/);
  });

  it("keeps docs/config.sample.yaml in step with the schema", () => {
    const committed = readFileSync(join(repoRoot, "docs", "config.sample.yaml"), "utf8");
    expect(committed, "run `npx kontor config sample > docs/config.sample.yaml`").toBe(renderSampleConfig());
  });
});
