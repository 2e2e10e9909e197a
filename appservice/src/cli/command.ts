import type { ParseArgsConfig } from "node:util";
import type { CliContext } from "./context.ts";

export type CliOptions = NonNullable<ParseArgsConfig["options"]>;
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One operator command, such as `kontor user create`. */
export interface CliCommand {
  /** Words after `kontor`, e.g. ["user", "create"]. */
  path: readonly string[];
  usage: string;
  summary: string;
  options: CliOptions;
  run(context: CliContext, positionals: string[], values: ParsedValues): Promise<number>;
}

/** A mistake in how the command was called; printed with the command's usage. */
export class UsageError extends Error {
  override name = "UsageError";
}
