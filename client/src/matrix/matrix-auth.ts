import { matrixRequest, MatrixRequestError, type FetchFunction } from "./matrix-request.ts";

/** What a successful Matrix login gives the client. */
export interface MatrixLogin {
  userId: string;
  accessToken: string;
  deviceId: string;
  homeserverUrl: string;
}

/** The device name other sessions of the person see in their device list. */
export const deviceDisplayName = "Kontor web";

interface LoginResponse {
  user_id?: unknown;
  access_token?: unknown;
  device_id?: unknown;
  well_known?: { "m.homeserver"?: { base_url?: unknown } };
}

function loginOf(response: LoginResponse, homeserverUrl: string): MatrixLogin {
  if (typeof response.user_id !== "string" || typeof response.access_token !== "string") {
    throw new MatrixRequestError({ kind: "server", status: 200 }, "the homeserver's login answer has no user ID or access token");
  }
  // A homeserver may tell its clients to use another base URL from now on.
  const announced = response.well_known?.["m.homeserver"]?.base_url;
  return {
    userId: response.user_id,
    accessToken: response.access_token,
    deviceId: typeof response.device_id === "string" ? response.device_id : "",
    homeserverUrl: typeof announced === "string" && /^https?:\/\//.test(announced) ? announced.replace(/\/+$/, "") : homeserverUrl,
  };
}

/** Password login; `user` is a full Matrix ID or a localpart on this homeserver. */
export async function passwordLogin(homeserverUrl: string, user: string, password: string, fetchImpl?: FetchFunction): Promise<MatrixLogin> {
  const response = await matrixRequest<LoginResponse>(homeserverUrl, "/_matrix/client/v3/login", {
    method: "POST",
    fetchImpl,
    body: { type: "m.login.password", identifier: { type: "m.id.user", user }, password, initial_device_display_name: deviceDisplayName },
  });
  return loginOf(response, homeserverUrl);
}

/** Finishes single sign-on with the login token the homeserver put into the redirect URL. */
export async function tokenLogin(homeserverUrl: string, loginToken: string, fetchImpl?: FetchFunction): Promise<MatrixLogin> {
  const response = await matrixRequest<LoginResponse>(homeserverUrl, "/_matrix/client/v3/login", {
    method: "POST",
    fetchImpl,
    body: { type: "m.login.token", token: loginToken, initial_device_display_name: deviceDisplayName },
  });
  return loginOf(response, homeserverUrl);
}

/** The homeserver's single sign-on page, which sends the browser back to `redirectUrl` with `?loginToken=`. */
export function ssoRedirectUrl(homeserverUrl: string, redirectUrl: string, identityProviderId?: string): string {
  const provider = identityProviderId ? `/${encodeURIComponent(identityProviderId)}` : "";
  return `${homeserverUrl}/_matrix/client/v3/login/sso/redirect${provider}?redirectUrl=${encodeURIComponent(redirectUrl)}`;
}

export interface OpenIdToken {
  access_token: string;
  token_type: string;
  matrix_server_name: string;
  expires_in: number;
}

/** A token a third party (Kontor) can check with the homeserver to learn who the person is, and nothing else. */
export async function requestOpenIdToken(login: Pick<MatrixLogin, "homeserverUrl" | "userId" | "accessToken">, fetchImpl?: FetchFunction): Promise<OpenIdToken> {
  return matrixRequest<OpenIdToken>(login.homeserverUrl, `/_matrix/client/v3/user/${encodeURIComponent(login.userId)}/openid/request_token`, {
    method: "POST",
    accessToken: login.accessToken,
    body: {},
    fetchImpl,
  });
}

/** Ends the Matrix session (the access token stops working). */
export async function logout(login: Pick<MatrixLogin, "homeserverUrl" | "accessToken">, fetchImpl?: FetchFunction): Promise<void> {
  await matrixRequest(login.homeserverUrl, "/_matrix/client/v3/logout", { method: "POST", accessToken: login.accessToken, body: {}, fetchImpl });
}

/** Whether the homeserver lets anyone register with a flow this client can complete (m.login.dummy only). */
export type RegistrationAvailability = "open" | "closed";

function hasDummyFlow(body: Record<string, unknown>): boolean {
  const flows = Array.isArray(body.flows) ? (body.flows as { stages?: unknown }[]) : [];
  return flows.some((flow) => Array.isArray(flow.stages) && flow.stages.length > 0 && flow.stages.every((stage) => stage === "m.login.dummy"));
}

/** Probes registration with an empty request: an open homeserver answers 401 with the flows it accepts. */
export async function probeRegistration(homeserverUrl: string, fetchImpl?: FetchFunction): Promise<RegistrationAvailability> {
  try {
    await matrixRequest(homeserverUrl, "/_matrix/client/v3/register", { method: "POST", body: {}, fetchImpl });
    // A 200 to an empty body would be odd; there is nothing this client could complete.
    return "closed";
  } catch (error) {
    if (error instanceof MatrixRequestError && error.failure.kind === "invalid" && hasDummyFlow(error.body)) return "open";
    return "closed";
  }
}

/** Registers an account through the dummy flow: ask once for a session, then complete the stage. */
export async function register(homeserverUrl: string, username: string, password: string, fetchImpl?: FetchFunction): Promise<MatrixLogin> {
  const body = { username, password, initial_device_display_name: deviceDisplayName };
  let session: string | undefined;
  try {
    const response = await matrixRequest<LoginResponse>(homeserverUrl, "/_matrix/client/v3/register", { method: "POST", body, fetchImpl });
    return loginOf(response, homeserverUrl);
  } catch (error) {
    if (!(error instanceof MatrixRequestError) || error.failure.kind !== "invalid" || !hasDummyFlow(error.body)) throw error;
    session = typeof error.body.session === "string" ? error.body.session : undefined;
  }
  const response = await matrixRequest<LoginResponse>(homeserverUrl, "/_matrix/client/v3/register", {
    method: "POST",
    body: { ...body, auth: { type: "m.login.dummy", ...(session ? { session } : {}) } },
    fetchImpl,
  });
  return loginOf(response, homeserverUrl);
}
