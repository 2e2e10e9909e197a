import { type CliCommand, type ParsedValues, UsageError } from "./command.ts";
import type { CliContext } from "./context.ts";
import { profileBodyFromOptions, profileOptions, profileOptionsHelp, readLogo } from "./business-options.ts";
import { printBusiness, printBusinessList } from "./business-output.ts";

type Business = Record<string, unknown> & { slug: string };

/** The slug from `--slug` or the first positional argument. */
function slugArgument(positionals: string[], values: ParsedValues): string {
  const slug = typeof values.slug === "string" ? values.slug : positionals[0];
  if (!slug) throw new UsageError("name the business by its slug");
  if (positionals.length > (typeof values.slug === "string" ? 0 : 1)) throw new UsageError(`unexpected argument "${positionals.at(-1)}"`);
  return slug;
}

async function uploadLogo(context: CliContext, slug: string, values: ParsedValues): Promise<Business | undefined> {
  if (typeof values.logo !== "string") return undefined;
  const bytes = readLogo(values.logo);
  return context.admin().request<Business>("PUT", `/businesses/${encodeURIComponent(slug)}/logo`, bytes, "application/octet-stream");
}

function show(context: CliContext, business: Business): number {
  if (context.json) context.out(JSON.stringify(business, null, 2));
  else printBusiness(context, business);
  return 0;
}

const create: CliCommand = {
  path: ["business", "create"],
  usage: `kontor business create --slug <slug> --name <name> [options]\n${profileOptionsHelp}\n  --owner <mxid>            add this Matrix user as the business's owner`,
  summary: "Create a business: its Matrix user, public profile room and staff space",
  options: { ...profileOptions, owner: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; use --slug and --name`);
    if (typeof values.slug !== "string" || typeof values.name !== "string") throw new UsageError("--slug and --name are required");
    const admin = context.admin();
    let business = await admin.request<Business>("POST", "/businesses", { slug: values.slug, ...profileBodyFromOptions(values) });
    business = (await uploadLogo(context, business.slug, values)) ?? business;
    if (typeof values.owner === "string") {
      await admin.request("PUT", `/businesses/${business.slug}/staff/${encodeURIComponent(values.owner)}`, { role: "owner" });
      business = await admin.request<Business>("GET", `/businesses/${business.slug}`);
    }
    if (!context.json) context.out(`Created ${String(business.name)}.`);
    return show(context, business);
  },
};

const update: CliCommand = {
  path: ["business", "update"],
  usage: `kontor business update <slug> [options]\n${profileOptionsHelp}`,
  summary: "Change a business's profile; only the given options change",
  options: profileOptions,
  async run(context, positionals, values) {
    const slug = slugArgument(positionals, values);
    const admin = context.admin();
    const current = await admin.request<Business>("GET", `/businesses/${encodeURIComponent(slug)}`);
    const body = profileBodyFromOptions(values, current);
    if (Object.keys(body).length === 0 && typeof values.logo !== "string") throw new UsageError("nothing to change; give at least one option");
    let business = Object.keys(body).length > 0 ? await admin.request<Business>("PATCH", `/businesses/${encodeURIComponent(slug)}`, body) : current;
    business = (await uploadLogo(context, slug, values)) ?? business;
    return show(context, business);
  },
};

const showCommand: CliCommand = {
  path: ["business", "show"],
  usage: "kontor business show <slug> [--json]",
  summary: "Show a business, with its Matrix user, alias and rooms",
  options: { slug: { type: "string" } },
  async run(context, positionals, values) {
    const slug = slugArgument(positionals, values);
    return show(context, await context.admin().request<Business>("GET", `/businesses/${encodeURIComponent(slug)}`));
  },
};

const list: CliCommand = {
  path: ["business", "list"],
  usage: "kontor business list [--status active|suspended] [--json]",
  summary: "List the businesses of this Kontor",
  options: { status: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const all: Business[] = [];
    let after: string | null = null;
    do {
      const query = new URLSearchParams({ limit: "500" });
      if (typeof values.status === "string") query.set("status", values.status);
      if (after) query.set("after", after);
      const page: { businesses: Business[]; next_after: string | null } = await context.admin().request("GET", `/businesses?${query.toString()}`);
      all.push(...page.businesses);
      after = page.next_after;
    } while (after);
    if (context.json) context.out(JSON.stringify(all, null, 2));
    else printBusinessList(context, all);
    return 0;
  },
};

function lifecycle(verb: "suspend" | "resume", summary: string, done: string): CliCommand {
  return {
    path: ["business", verb],
    usage: `kontor business ${verb} <slug>`,
    summary,
    options: { slug: { type: "string" } },
    async run(context, positionals, values) {
      const slug = slugArgument(positionals, values);
      const business = await context.admin().request<Business>("POST", `/businesses/${encodeURIComponent(slug)}/${verb}`);
      if (context.json) context.out(JSON.stringify(business, null, 2));
      else context.out(`${String(business.name)} ${done}.`);
      return 0;
    },
  };
}

const remove: CliCommand = {
  path: ["business", "delete"],
  usage: "kontor business delete <slug> --yes",
  summary: "Delete a business: close its rooms, unlist it, remove its data",
  options: { slug: { type: "string" }, yes: { type: "boolean" } },
  async run(context, positionals, values) {
    const slug = slugArgument(positionals, values);
    if (values.yes !== true) throw new UsageError(`deleting "${slug}" closes its rooms for good; add --yes to confirm`);
    await context.admin().request("DELETE", `/businesses/${encodeURIComponent(slug)}`);
    if (context.json) context.out(JSON.stringify({ deleted: slug }));
    else context.out(`Deleted "${slug}": its rooms are closed and it is gone from the directory.`);
    return 0;
  },
};



const settings: CliCommand = {
  path: ["business", "settings"],
  usage:
    'kontor business settings <slug> [--greeting "<text>"] [--away "<text>"] [--sign-replies | --no-sign-replies] [--reset-greeting] [--reset-away]\n' +
    "  Texts may use {business}, {response_time} (greeting) and {next_opening} (away message).",
  summary: "Show or change the greeting, the away message and whether replies are signed with the agent's name",
  options: {
    slug: { type: "string" },
    greeting: { type: "string" },
    away: { type: "string" },
    "sign-replies": { type: "boolean" },
    "no-sign-replies": { type: "boolean" },
    "reset-greeting": { type: "boolean" },
    "reset-away": { type: "boolean" },
  },
  async run(context, positionals, values) {
    const slug = encodeURIComponent(slugArgument(positionals, values));
    const change: Record<string, unknown> = {};
    if (typeof values.greeting === "string") change.greeting = values.greeting;
    if (values["reset-greeting"]) change.greeting = null;
    if (typeof values.away === "string") change.away_message = values.away;
    if (values["reset-away"]) change.away_message = null;
    if (values["sign-replies"] && values["no-sign-replies"]) throw new UsageError("choose --sign-replies or --no-sign-replies");
    if (values["sign-replies"]) change.sign_replies = true;
    if (values["no-sign-replies"]) change.sign_replies = false;
    const admin = context.admin();
    const result =
      Object.keys(change).length > 0
        ? await admin.request("PATCH", `/businesses/${slug}/settings`, change)
        : await admin.request("GET", `/businesses/${slug}/settings`);
    if (context.json) context.out(JSON.stringify(result, null, 2));
    else {
      context.out(`greeting       ${String(result.greeting ?? "(default)")}`);
      context.out(`away message   ${String(result.away_message ?? "(default)")}`);
      context.out(`signed replies ${result.sign_replies ? "yes" : "no"}`);
    }
    return 0;
  },
};

export const businessCommands: CliCommand[] = [
  create,
  update,
  showCommand,
  list,
  lifecycle("suspend", "Unlist a business and stop new conversations", "is suspended: unlisted, and it refuses new conversations"),
  lifecycle("resume", "Undo a suspension", "is active again and listed as before"),
  remove,
  settings,
];
