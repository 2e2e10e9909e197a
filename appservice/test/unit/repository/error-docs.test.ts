import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorTable } from "../../../src/errors/codes.ts";
import { repoRoot } from "../../../../scripts/stack/paths.ts";

describe("docs/errors.md", () => {
  it("documents every error code with its HTTP status and Matrix errcode", () => {
    const doc = readFileSync(join(repoRoot, "docs", "errors.md"), "utf8");
    for (const [code, { status, errcode }] of Object.entries(errorTable)) {
      expect(doc, code).toContain(`| \`${code}\` | ${status} | \`${errcode}\` |`);
    }
  });
});
