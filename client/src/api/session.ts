import type { OpenIdToken } from "../matrix/matrix-auth.ts";
import type { KontorToken, StaffBusiness } from "../session/session-store.ts";
import { list, record, text } from "./decode.ts";
import { ApiError, sendJson, type RequestOptions } from "./http.ts";

/** Exchanges a Matrix OpenID token for a Kontor session token (`POST /api/v1/session`). */
export async function createKontorSession(openid: OpenIdToken, options: RequestOptions = {}): Promise<KontorToken & { userId: string }> {
  const json = record(await sendJson("POST", "/api/v1/session", { openid }, options));
  const expiresAt = Date.parse(text(json.expires_at));
  if (!text(json.session_token) || Number.isNaN(expiresAt)) throw new ApiError({ kind: "server", status: 201 }, "the session answer is incomplete");
  return { token: text(json.session_token), expiresAt, userId: text(json.user_id) };
}

/** Ends a Kontor session; a session that is gone already is no error. */
export async function deleteKontorSession(token: string, options: RequestOptions = {}): Promise<void> {
  await sendJson("DELETE", "/api/v1/session", undefined, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
}

export interface Me {
  userId: string;
  businesses: StaffBusiness[];
}

export function decodeMe(value: unknown): Me {
  const json = record(value);
  return {
    userId: text(json.user_id),
    businesses: list(json.businesses)
      .map(record)
      .map((business) => ({
        slug: text(business.slug),
        name: text(business.name),
        role: business.role === "owner" ? ("owner" as const) : ("agent" as const),
        mxid: text(business.mxid),
      }))
      .filter((business) => business.slug !== ""),
  };
}

/** Who the session belongs to and the businesses they work for (`GET /api/v1/me`). */
export async function fetchMe(options: RequestOptions): Promise<Me> {
  return decodeMe(await sendJson("GET", "/api/v1/me", undefined, options));
}

export interface ClientConfig {
  homeserver: { serverName: string; baseUrl: string };
}

/** This Kontor's homeserver (`GET /api/v1/client-config`): the default for sign-in and registration. */
export async function fetchClientConfig(options: RequestOptions = {}): Promise<ClientConfig> {
  const json = record(await sendJson("GET", "/api/v1/client-config", undefined, options));
  const homeserver = record(json.homeserver);
  return { homeserver: { serverName: text(homeserver.server_name), baseUrl: text(homeserver.base_url).replace(/\/+$/, "") } };
}
