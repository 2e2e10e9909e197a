import { renderSampleConfig } from "../config/sample.ts";
import type { CliCommand } from "./command.ts";

const sample: CliCommand = {
  path: ["config", "sample"],
  usage: "kontor config sample",
  summary: "Print the documented sample configuration",
  options: {},
  run(context) {
    context.out(renderSampleConfig().trimEnd());
    return Promise.resolve(0);
  },
};

const check: CliCommand = {
  path: ["config", "check"],
  usage: "kontor config check [--config <path>]",
  summary: "Validate the configuration file and name any bad key",
  options: {},
  run(context) {
    context.loadConfig();
    context.out(`${context.configPath} is valid.`);
    return Promise.resolve(0);
  },
};

export const configCommands: CliCommand[] = [sample, check];
