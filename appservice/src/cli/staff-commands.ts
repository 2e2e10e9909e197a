import { type CliCommand, type ParsedValues, UsageError } from "./command.ts";
import type { CliContext } from "./context.ts";

type StaffList = { staff: { user_id: string; role: string; added_at: string }[] };

function businessOf(values: ParsedValues): string {
  if (typeof values.business !== "string") throw new UsageError("--business <slug> is required");
  return encodeURIComponent(values.business);
}

function userOf(values: ParsedValues): string {
  if (typeof values.user !== "string") throw new UsageError("--user <mxid> is required, e.g. --user @alice:example.org");
  return encodeURIComponent(values.user);
}

function printStaff(context: CliContext, list: StaffList): number {
  if (context.json) context.out(JSON.stringify(list.staff, null, 2));
  else if (list.staff.length === 0) context.out("No staff yet. Add someone with `npx kontor staff add --business <slug> --user <mxid> --role owner`.");
  else for (const member of list.staff) context.out(`${member.user_id}  ${member.role}`);
  return 0;
}

const add: CliCommand = {
  path: ["staff", "add"],
  usage: "kontor staff add --business <slug> --user <mxid> [--role owner|agent]",
  summary: "Add a staff member (default role: agent) and invite them to the staff space",
  options: { business: { type: "string" }, user: { type: "string" }, role: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const role = typeof values.role === "string" ? values.role : "agent";
    return printStaff(context, await context.admin().request<StaffList>("PUT", `/businesses/${businessOf(values)}/staff/${userOf(values)}`, { role }));
  },
};

const remove: CliCommand = {
  path: ["staff", "remove"],
  usage: "kontor staff remove --business <slug> --user <mxid>",
  summary: "Remove a staff member from a business and its staff rooms",
  options: { business: { type: "string" }, user: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    return printStaff(context, await context.admin().request<StaffList>("DELETE", `/businesses/${businessOf(values)}/staff/${userOf(values)}`));
  },
};

const list: CliCommand = {
  path: ["staff", "list"],
  usage: "kontor staff list --business <slug>",
  summary: "List a business's staff and their roles",
  options: { business: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    return printStaff(context, await context.admin().request<StaffList>("GET", `/businesses/${businessOf(values)}/staff`));
  },
};

export const staffCommands: CliCommand[] = [add, remove, list];
