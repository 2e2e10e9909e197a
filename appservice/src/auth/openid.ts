import { z } from "zod";
import { KontorError } from "../errors/codes.ts";
import type { GuardedFetcher } from "../http/ssrf-guard.ts";
import { federationTarget } from "./server-discovery.ts";

/** The token a client gets from `POST /_matrix/client/v3/user/{userId}/openid/request_token`. */
export const openIdTokenSchema = z
  .object({
    access_token: z.string().min(1).max(512),
    token_type: z.literal("Bearer"),
    matrix_server_name: z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$/, "must be a Matrix server name").max(255),
    expires_in: z.number().int().positive().max(86_400),
  })
  .strict();

export type OpenIdToken = z.infer<typeof openIdTokenSchema>;

export interface OpenIdVerifierOptions {
  own: { serverName: string; url: string };
  /** For this Kontor's own homeserver (on loopback). */
  localFetch: typeof fetch;
  /** For other homeservers: refuses non-public addresses. */
  remoteFetch: GuardedFetcher;
}

/**
 * Verifies an OpenID token with the homeserver that issued it and returns
 * the Matrix user it vouches for. The user must belong to that server, so a
 * server cannot vouch for users of another one.
 */
export async function verifyOpenIdToken(token: OpenIdToken, options: OpenIdVerifierOptions): Promise<string> {
  const local = token.matrix_server_name === options.own.serverName;
  const target = await federationTarget(token.matrix_server_name, options.own, options.remoteFetch);
  const url = `${target.url}/_matrix/federation/v1/openid/userinfo?access_token=${encodeURIComponent(token.access_token)}`;
  let status: number;
  let body: unknown;
  try {
    const response = local ? await options.localFetch(url, { signal: AbortSignal.timeout(10_000) }) : await options.remoteFetch(url, { signal: AbortSignal.timeout(10_000), connectHost: target.connectHost });
    status = response.status;
    body = await response.json().catch(() => undefined);
  } catch (error) {
    throw new KontorError("homeserver_unavailable", `could not reach ${token.matrix_server_name} to check the sign-in: ${(error as Error).message}`);
  }
  if (status === 401 || status === 403 || status === 404) {
    throw new KontorError("unauthorized", "the homeserver did not accept the OpenID token; sign in again");
  }
  const sub = (body as { sub?: unknown } | undefined)?.sub;
  if (status !== 200 || typeof sub !== "string") {
    throw new KontorError("homeserver_unavailable", `${token.matrix_server_name} answered the sign-in check with ${status}`);
  }
  if (!sub.endsWith(`:${token.matrix_server_name}`)) {
    throw new KontorError("forbidden", `${token.matrix_server_name} vouched for ${sub}, a user of another server`);
  }
  return sub;
}
