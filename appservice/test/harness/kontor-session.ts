import type { MatrixTestClient } from "./matrix-test-client.ts";

/** Signs a Matrix user in to Kontor's API the way the web client does: OpenID token in, session token out. */
export async function kontorSession(publicUrl: string, user: MatrixTestClient): Promise<string> {
  const openid = await user.request<Record<string, unknown>>("POST", `/_matrix/client/v3/user/${encodeURIComponent(user.userId)}/openid/request_token`, {});
  const response = await fetch(`${publicUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ openid }),
  });
  const body = (await response.json()) as { session_token?: string; error?: unknown };
  if (response.status !== 201 || !body.session_token) throw new Error(`sign-in failed with ${response.status}: ${JSON.stringify(body)}`);
  return body.session_token;
}

/** A small client for Kontor's REST API with a bearer token. */
export function kontorApi(publicUrl: string, token: string) {
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${publicUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  };
}
