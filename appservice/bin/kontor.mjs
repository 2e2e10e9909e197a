#!/usr/bin/env node
// The `kontor` operator command. Runs the TypeScript sources through tsx, so
// there is no build step between editing the code and using the command.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2));
