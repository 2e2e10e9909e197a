import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoBusinesses, type DemoBusiness } from "../demo/demo-businesses.ts";
import { parseSpecialDaySpec, parseWeeklySpec } from "../hours/spec.ts";
import { AdminApiError } from "./admin-client.ts";
import { type CliCommand, UsageError } from "./command.ts";

const logoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "demo", "logos");

function profileOf(demo: DemoBusiness): Record<string, unknown> {
  const weekly = parseWeeklySpec(demo.hours);
  if (!weekly.ok) throw new Error(`demo data for ${demo.slug}: ${weekly.problem}`);
  const special = demo.special.map((spec) => {
    const parsed = parseSpecialDaySpec(spec);
    if (!parsed.ok) throw new Error(`demo data for ${demo.slug}: ${parsed.problem}`);
    return parsed.special;
  });
  const { slug: _slug, timeZone, hours: _hours, special: _special, ...fields } = demo;
  return { ...fields, hours: { timeZone, weekly: weekly.weekly, special } };
}

const demo: CliCommand = {
  path: ["demo"],
  usage: "kontor demo [--owner <mxid>]",
  summary: "Fill the directory with demo businesses (safe to run again)",
  options: { owner: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const admin = context.admin();
    const results: { slug: string; action: string }[] = [];
    for (const business of demoBusinesses) {
      const profile = profileOf(business);
      let action = "created";
      try {
        await admin.request("POST", "/businesses", { slug: business.slug, ...profile });
      } catch (error) {
        if (!(error instanceof AdminApiError && error.code === "conflict")) throw error;
        await admin.request("PATCH", `/businesses/${business.slug}`, profile);
        action = "updated";
      }
      await admin.request("PUT", `/businesses/${business.slug}/logo`, readFileSync(join(logoDir, `${business.slug}.png`)), "image/png");
      if (typeof values.owner === "string") {
        await admin.request("PUT", `/businesses/${business.slug}/staff/${encodeURIComponent(values.owner)}`, { role: "owner" });
      }
      results.push({ slug: business.slug, action });
      if (!context.json) context.out(`${action === "created" ? "✓ created" : "✓ updated"}  ${business.name} (${business.address.city})`);
    }
    if (context.json) context.out(JSON.stringify(results));
    else {
      const base = context.loadConfig().http.publicUrl;
      context.out(`\n${results.length} demo businesses are in the directory. Search them: curl '${base}/api/v1/directory?q=cafe'`);
    }
    return 0;
  },
};

export const demoCommands: CliCommand[] = [demo];
