import { ensureClientBuilt } from "./client-build.ts";
import { findChromium } from "./chromium.ts";
import { repoRoot, venvDir } from "./paths.ts";
import { bold, done, fail, SetupError, step } from "./progress.ts";
import { ensureSynapse } from "./python-venv.ts";
import { runCommand } from "./run-command.ts";

interface Tier {
  name: string;
  command: string;
  args: string[];
}

const tiers: Tier[] = [
  { name: "lint", command: "npx", args: ["eslint", "--max-warnings", "0", "."] },
  { name: "type-check", command: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run", "--project", "unit"] },
  { name: "component tests (Chromium)", command: "npx", args: ["vitest", "run", "--project", "components"] },
  { name: "integration tests (real Synapse)", command: "npx", args: ["vitest", "run", "--project", "integration"] },
  { name: "browser tests (headless Chromium)", command: "npx", args: ["vitest", "run", "--project", "browser"] },
];

/**
 * `npm test`: checks the prerequisites up front (so nothing is silently
 * skipped), then runs every tier in order and stops at the first failure.
 */
async function main(): Promise<void> {
  step("Checking prerequisites");
  await ensureSynapse({ venv: venvDir() });
  const chromium = findChromium();
  done(`Chromium: ${chromium}`);
  await ensureClientBuilt();

  const results: string[] = [];
  for (const tier of tiers) {
    step(bold(tier.name));
    const started = Date.now();
    const result = await runCommand(tier.command, tier.args, {
      cwd: repoRoot,
      inherit: true,
      env: { ...process.env, KONTOR_CHROMIUM: chromium },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.code !== 0) {
      for (const line of results) process.stdout.write(`${line}\n`);
      throw new SetupError(`${tier.name} failed (exit code ${result.code}, ${seconds} s); see the output above.`);
    }
    results.push(`✓ ${tier.name} (${seconds} s)`);
    done(`${tier.name} passed in ${seconds} s`);
  }
  process.stdout.write(`\n${bold("All tests passed")}\n${results.join("\n")}\n`);
}

main().catch(fail);
