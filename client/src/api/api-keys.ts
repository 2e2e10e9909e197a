import { list, record, text, textOrNull } from "./decode.ts";
import { sendJson, type RequestOptions } from "./http.ts";

export const apiKeyScopes = ["read", "write"] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/** A business's API key as owners see it: never the key itself, which is shown once. */
export interface ApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  /** A Matrix user ID, or "cli" for keys the operator made. */
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function decodeApiKey(value: unknown): ApiKey {
  const json = record(value);
  return {
    id: text(json.id),
    name: text(json.name),
    scope: json.scope === "write" ? "write" : "read",
    createdBy: text(json.created_by),
    createdAt: text(json.created_at),
    lastUsedAt: textOrNull(json.last_used_at),
    revokedAt: textOrNull(json.revoked_at),
  };
}

const keysPath = (slug: string) => `/api/v1/businesses/${encodeURIComponent(slug)}/api-keys`;

export async function fetchApiKeys(slug: string, options: RequestOptions): Promise<ApiKey[]> {
  return list(record(await sendJson("GET", keysPath(slug), undefined, options)).api_keys)
    .map(decodeApiKey)
    .filter((key) => key.id !== "");
}

/** Creates a key; `secret` is the key itself (`kk_...`), which Kontor never shows again. */
export async function createApiKey(slug: string, draft: { name: string; scope: ApiKeyScope }, options: RequestOptions): Promise<{ key: ApiKey; secret: string }> {
  const json = record(await sendJson("POST", keysPath(slug), draft, options));
  return { key: decodeApiKey(json), secret: text(json.key) };
}

export async function revokeApiKey(slug: string, id: string, options: RequestOptions): Promise<void> {
  await sendJson("DELETE", `${keysPath(slug)}/${encodeURIComponent(id)}`, undefined, options);
}
