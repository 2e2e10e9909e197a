import { parseArgs } from "node:util";
import { ConfigError } from "../config/load.ts";
import { HomeserverUnreachableError, MatrixApiError } from "../matrix/homeserver-client.ts";
import { type CliCommand, UsageError } from "./command.ts";
import { configCommands } from "./config-commands.ts";
import { createCliContext } from "./context.ts";
import { userCommands } from "./user-commands.ts";
import { businessCommands } from "./business-commands.ts";
import { staffCommands } from "./staff-commands.ts";
import { demoCommands } from "./demo-command.ts";
import { apiKeyCommands } from "./api-key-commands.ts";
import { AdminApiError, KontorUnreachableError } from "./admin-client.ts";

/** Every command group; later features add theirs here. */
export const commands: readonly CliCommand[] = [...userCommands, ...businessCommands, ...staffCommands, ...apiKeyCommands, ...demoCommands, ...configCommands];

const globalOptions = {
  config: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function helpText(): string {
  const width = Math.max(...commands.map((command) => command.path.join(" ").length));
  return [
    "kontor: operate a Kontor install (run from the repository root with `npx kontor ...`)",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.path.join(" ").padEnd(width)}  ${command.summary}`),
    "",
    "Global options:",
    "  --config <path>  configuration file (default: $KONTOR_CONFIG or .kontor/kontor.yaml)",
    "  --json           machine-readable output",
    "  -h, --help       help for kontor or for one command",
  ].join("\n");
}

function findCommand(words: readonly string[]): CliCommand | undefined {
  return commands.find((command) => command.path.every((word, index) => words[index] === word));
}

/** Runs the CLI and returns the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const words = argv.filter((arg) => !arg.startsWith("-"));
  const command = findCommand(words);
  if (!command) {
    const wantsHelp = argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help";
    (wantsHelp ? process.stdout : process.stderr).write(`${helpText()}\n`);
    if (!wantsHelp) process.stderr.write(`\nkontor: unknown command "${words.join(" ")}"\n`);
    return wantsHelp ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`kontor: ${(error as Error).message}\nusage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  const context = createCliContext({
    configPath: typeof parsed.values.config === "string" ? parsed.values.config : undefined,
    json: parsed.values.json === true,
  });
  const positionals = parsed.positionals.slice(command.path.length);
  try {
    return await command.run(context, positionals, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`kontor: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof HomeserverUnreachableError) {
      context.err(`kontor: ${error.message}${error instanceof HomeserverUnreachableError ? "\n  Is Kontor running? Start it with `npm start`." : ""}`);
      return 1;
    }
    if (error instanceof KontorUnreachableError) {
      context.err(`kontor: ${error.message}`);
      return 1;
    }
    if (error instanceof AdminApiError) {
      context.err(`kontor: ${error.message}`);
      return 1;
    }
    if (error instanceof MatrixApiError) {
      context.err(`kontor: the homeserver refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
