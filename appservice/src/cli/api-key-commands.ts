import { type CliCommand, type ParsedValues, UsageError } from "./command.ts";

type ApiKey = { id: string; name: string; scope: string; created_at: string; last_used_at: string | null; revoked_at: string | null; key?: string };

function businessOf(values: ParsedValues): string {
  if (typeof values.business !== "string") throw new UsageError("--business <slug> is required");
  return encodeURIComponent(values.business);
}

const create: CliCommand = {
  path: ["apikey", "create"],
  usage: "kontor apikey create --business <slug> [--scope read|write] [--name <name>]",
  summary: "Create an API key for a business (shown once)",
  options: { business: { type: "string" }, scope: { type: "string" }, name: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const body = { scope: typeof values.scope === "string" ? values.scope : "read", ...(typeof values.name === "string" ? { name: values.name } : {}) };
    const key = await context.admin().request<ApiKey>("POST", `/businesses/${businessOf(values)}/api-keys`, body);
    if (context.json) context.out(JSON.stringify(key, null, 2));
    else {
      context.out(`Created API key ${key.id} (${key.scope}). Store it now; it is not shown again:`);
      context.out(key.key ?? "");
      context.out("Send it as: Authorization: Bearer <key>");
    }
    return 0;
  },
};

const list: CliCommand = {
  path: ["apikey", "list"],
  usage: "kontor apikey list --business <slug>",
  summary: "List a business's API keys (never their secrets)",
  options: { business: { type: "string" } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const { api_keys } = await context.admin().request<{ api_keys: ApiKey[] }>("GET", `/businesses/${businessOf(values)}/api-keys`);
    if (context.json) context.out(JSON.stringify(api_keys, null, 2));
    else if (api_keys.length === 0) context.out("No API keys. Create one with `npx kontor apikey create --business <slug> --scope write`.");
    else {
      for (const key of api_keys) {
        const state = key.revoked_at ? `revoked ${key.revoked_at}` : `last used ${key.last_used_at ?? "never"}`;
        context.out(`${key.id}  ${key.scope.padEnd(5)}  ${key.name}  (${state})`);
      }
    }
    return 0;
  },
};

const revoke: CliCommand = {
  path: ["apikey", "revoke"],
  usage: "kontor apikey revoke --business <slug> <key id>",
  summary: "Revoke an API key at once",
  options: { business: { type: "string" } },
  async run(context, positionals, values) {
    const [id, ...extra] = positionals;
    if (!id || extra.length > 0) throw new UsageError("give the ID of the key to revoke (see `kontor apikey list`)");
    await context.admin().request("DELETE", `/businesses/${businessOf(values)}/api-keys/${encodeURIComponent(id)}`);
    if (context.json) context.out(JSON.stringify({ revoked: id }));
    else context.out(`Revoked ${id}. Requests with it are refused from now on.`);
    return 0;
  },
};

export const apiKeyCommands: CliCommand[] = [create, list, revoke];
