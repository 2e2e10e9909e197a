/** What the bridge needs to run; `main.ts` reads it from the environment. */
export interface BridgeConfig {
  /** Kontor's public URL, e.g. http://127.0.0.1:8080; the REST API is under /api/v1. */
  kontorApiUrl: string;
  /** An API key of the business with the write scope: `kk_...`. */
  apiKey: string;
  /** The business's slug. */
  business: string;
  /** The webhook's signing secret, `whsec_...`, shown once when the webhook was created. */
  webhookSecret: string;
  port: number;
  host: string;
}

const required = {
  KONTOR_API_URL: "Kontor's public URL, e.g. http://127.0.0.1:8080",
  KONTOR_API_KEY: "a write API key of the business: npx kontor apikey create --business <slug> --scope write",
  KONTOR_BUSINESS: "the business's slug, e.g. cafe-lumiere",
  KONTOR_WEBHOOK_SECRET: "the webhook's secret (whsec_...), printed once when you created the webhook",
} as const;

/** Every problem with the environment at once, each naming its variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`the helpdesk bridge is not configured:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

export function configFromEnv(env: Record<string, string | undefined>): BridgeConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof required): string => {
    const value = env[name]?.trim() ?? "";
    if (!value) problems.push(`${name} is missing: ${required[name]}`);
    return value;
  };
  const kontorApiUrl = read("KONTOR_API_URL");
  const apiKey = read("KONTOR_API_KEY");
  const business = read("KONTOR_BUSINESS");
  const webhookSecret = read("KONTOR_WEBHOOK_SECRET");

  if (kontorApiUrl && !URL.canParse(kontorApiUrl)) problems.push(`KONTOR_API_URL must be a URL such as http://127.0.0.1:8080, not "${kontorApiUrl}"`);
  else if (kontorApiUrl && !/^https?:$/.test(new URL(kontorApiUrl).protocol)) problems.push("KONTOR_API_URL must start with http:// or https://");
  if (apiKey && !apiKey.startsWith("kk_")) problems.push("KONTOR_API_KEY must be a Kontor API key, which starts with kk_");
  if (webhookSecret && !/^whsec_[A-Za-z0-9+/]+=*$/.test(webhookSecret)) problems.push("KONTOR_WEBHOOK_SECRET must be the webhook's secret, which starts with whsec_");
  const portText = env.PORT?.trim() || "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) problems.push(`PORT must be a port number (0 to 65535), not "${portText}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  return { kontorApiUrl: kontorApiUrl.replace(/\/+$/, ""), apiKey, business, webhookSecret, port, host: env.HOST?.trim() || "127.0.0.1" };
}
