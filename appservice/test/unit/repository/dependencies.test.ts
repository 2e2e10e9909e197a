import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../../scripts/stack/paths.ts";

interface LockPackage {
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };

const packageName = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

describe("dependencies install offline (docs/dependencies.md)", () => {
  it("do not include the native Matrix crypto module, whose install script downloads a binary", () => {
    const names = Object.keys(lock.packages).map(packageName);
    expect(names).not.toContain("@matrix-org/matrix-sdk-crypto-nodejs");
  });

  it("run install scripts only for packages that were reviewed to build offline", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => packageName(path));
    const reviewed = Object.entries(manifest.allowScripts ?? {}).filter(([, allowed]) => allowed).map(([name]) => name);
    expect(withScripts.filter((name) => !reviewed.includes(name))).toEqual([]);
  });
});

describe("committed files", () => {
  it("document the registration with placeholders, never real tokens", () => {
    const registration = parse(readFileSync(join(repoRoot, "registration.yaml"), "utf8"));
    expect(registration.as_token).toBe("<generated per install>");
    expect(registration.hs_token).toBe("<generated per install>");
  });
});
