import { z } from "zod";

/**
 * The one description of Kontor's configuration. The `KontorConfig` type is
 * derived from it, `loadConfig` validates against it with path-level errors,
 * and `npx kontor config sample` prints the documented sample generated from it.
 */

const port = z.number().int().min(1).max(65535);
const host = z.string().min(1).describe("IP address to listen on; keep it on loopback behind a reverse proxy");
const secret = z
  .string()
  .min(32, "must be at least 32 characters; generate it with `npm start` or `openssl rand -hex 32`");
const localpartPrefix = z
  .string()
  .regex(/^[a-z0-9._=/-]+$/, "may only contain a-z, 0-9 and . _ = - /")
  .max(32);
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://");

export const homeserverSchema = z
  .object({
    url: httpUrl.describe("Client-server API base URL of the homeserver, as the appservice reaches it"),
    publicUrl: httpUrl
      .optional()
      .describe("Client-server API base URL as browsers reach it (behind a proxy: https://matrix.example.org); default: url"),
    serverName: z
      .string()
      .regex(/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/, "must be a Matrix server name such as example.org")
      .describe("The homeserver's server_name: the part after the colon in user IDs"),
    registrationSharedSecret: secret.describe(
      "Synapse's registration_shared_secret; used by `kontor user create` and to purge a deleted business's rooms",
    ),
  })
  .strict();

export const appserviceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, "may only contain letters, digits and . _ -")
      .default("kontor")
      .describe("The registration's id"),
    host: host.default("127.0.0.1"),
    port: port.default(9000).describe("Port for traffic from the homeserver (transactions, ping)"),
    asToken: secret.describe("Token the appservice uses towards the homeserver (as_token)"),
    hsToken: secret.describe("Token the homeserver presents to the appservice (hs_token)"),
    senderLocalpart: localpartPrefix.default("kontor").describe("Localpart of the appservice's own bot user"),
    businessUserPrefix: localpartPrefix.default("biz_").describe("Localpart prefix of business users"),
    businessAliasPrefix: localpartPrefix.default("biz_").describe("Alias prefix of business profile rooms"),
    customerGhostPrefix: localpartPrefix
      .default("customer_")
      .describe("Localpart prefix of the ghost users that stand for customers in staff rooms"),
    maxTransactionBytes: z
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024)
      .describe("Largest transaction body accepted from the homeserver, in bytes"),
  })
  .strict();

export const httpSchema = z
  .object({
    host: host.default("127.0.0.1"),
    port: port.default(8080).describe("Port for the web client and the REST API"),
    publicUrl: httpUrl.default("http://127.0.0.1:8080").describe("URL under which people reach the web client"),
    clientDir: z.string().min(1).describe("Folder holding the built web client"),
    trustProxy: z
      .boolean()
      .default(false)
      .describe("Take the client address from X-Forwarded-For; only behind a reverse proxy you run"),
    directoryRateLimit: z
      .object({
        burst: z.number().int().min(1).default(60),
        perSecond: z.number().positive().default(5),
      })
      .strict()
      .default({ burst: 60, perSecond: 5 })
      .describe("Requests per client address to the public directory API"),
  })
  .strict();

export const storeSchema = z
  .object({
    path: z.string().min(1).describe("SQLite database file of the appservice"),
  })
  .strict();

export const adminSchema = z
  .object({
    token: secret.describe("Bearer token for the operator API under /api/v1/admin/"),
  })
  .strict();

const cidr = z
  .string()
  .regex(/^[0-9a-fA-F:.]+\/\d{1,3}$/, "must be a network in CIDR notation, e.g. 127.0.0.0/8 or ::1/128");

export const outboundSchema = z
  .object({
    allowedPrivateNetworks: z
      .array(cidr)
      .default([])
      .describe(
        "Non-public networks Kontor may connect to for webhooks and OpenID checks; npm start allows loopback for development, production should allow none",
      ),
  })
  .strict();

export const webhooksSchema = z
  .object({
    retryScheduleSeconds: z
      .array(z.number().positive())
      .min(1)
      .max(30)
      .default([10, 30, 120, 300, 900, 1800, 3600, 7200, 14_400, 21_600, 28_800, 28_800])
      .describe("Pauses between delivery attempts; when they run out (about 30 hours by default) the webhook is turned off"),
    timeoutSeconds: z.number().positive().max(60).default(10).describe("How long one delivery attempt may take"),
  })
  .strict();

export const apiSchema = z
  .object({
    keyRateLimit: z
      .object({ burst: z.number().int().min(1).default(120), perSecond: z.number().positive().default(10) })
      .strict()
      .default({ burst: 120, perSecond: 10 })
      .describe("Requests per API key"),
  })
  .strict();

export const loggingSchema = z
  .object({
    level: z.enum(["trace", "debug", "info", "warn", "error", "silent"]).default("info"),
    format: z.enum(["json", "pretty"]).default("json").describe("json for log collectors, pretty for a terminal"),
  })
  .strict();

export const configSchema = z
  .object({
    homeserver: homeserverSchema,
    appservice: appserviceSchema,
    http: httpSchema,
    store: storeSchema,
    admin: adminSchema,
    outbound: outboundSchema.default({ allowedPrivateNetworks: [] }),
    webhooks: webhooksSchema.default({
      retryScheduleSeconds: [10, 30, 120, 300, 900, 1800, 3600, 7200, 14_400, 21_600, 28_800, 28_800],
      timeoutSeconds: 10,
    }),
    api: apiSchema.default({ keyRateLimit: { burst: 120, perSecond: 10 } }),
    logging: loggingSchema.default({ level: "info", format: "json" }),
  })
  .strict();

export type KontorConfig = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
