import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describeIssues } from "../validation/describe-issues.ts";
import { configSchema, type KontorConfig } from "./schema.ts";

/** A configuration problem, with every offending key named by its path. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    super(`Invalid configuration in ${source}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Validates an already parsed configuration object. */
export function parseConfig(raw: unknown, source = "configuration"): KontorConfig {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = describeIssues(result.error.issues).map((problem) =>
      problem.replace(/: unknown key; check the spelling$/, ": unknown key; check the spelling against docs/config.sample.yaml"),
    );
    throw new ConfigError(source, problems);
  }
  return result.data;
}

/** Reads and validates a YAML configuration file. */
export function loadConfigFile(path: string): KontorConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    throw new ConfigError(path, [`cannot read the file (${reason}); run \`npm start\` once to create it`]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(path, [`not valid YAML: ${(error as Error).message}`]);
  }
  return parseConfig(raw, path);
}
