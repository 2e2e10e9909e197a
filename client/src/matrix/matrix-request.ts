/**
 * Plain requests to a homeserver's client-server API, for what happens
 * before and around a session: discovery, login flows, login, registration,
 * OpenID tokens and logout. No Matrix SDK here, so the sign-in page loads
 * without it.
 */

export type MatrixFailure =
  | { kind: "network" }
  /** Wrong password, or not allowed. */
  | { kind: "forbidden"; errcode: string; message: string }
  /** The access token is no longer valid (signed out elsewhere, or deactivated). */
  | { kind: "unknown-token" }
  | { kind: "rate-limited"; retryAfterMs: number | undefined }
  | { kind: "not-found" }
  | { kind: "invalid"; errcode: string; message: string }
  | { kind: "server"; status: number };

export class MatrixRequestError extends Error {
  readonly failure: MatrixFailure;
  /** The whole JSON answer, e.g. the flows of a 401 during registration. */
  readonly body: Record<string, unknown>;

  constructor(failure: MatrixFailure, message: string, body: Record<string, unknown> = {}) {
    super(message);
    this.name = "MatrixRequestError";
    this.failure = failure;
    this.body = body;
  }
}

export type FetchFunction = typeof fetch;

export interface MatrixRequest {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  accessToken?: string;
  body?: unknown;
  fetchImpl?: FetchFunction;
  signal?: AbortSignal;
}

function failureOf(status: number, body: Record<string, unknown>): MatrixFailure {
  const errcode = typeof body.errcode === "string" ? body.errcode : "";
  const message = typeof body.error === "string" ? body.error : "";
  if (status === 429 || errcode === "M_LIMIT_EXCEEDED") {
    return { kind: "rate-limited", retryAfterMs: typeof body.retry_after_ms === "number" ? body.retry_after_ms : undefined };
  }
  if (errcode === "M_UNKNOWN_TOKEN" || errcode === "M_MISSING_TOKEN") return { kind: "unknown-token" };
  if (status === 403) return { kind: "forbidden", errcode, message };
  if (status === 404 && (errcode === "" || errcode === "M_UNRECOGNIZED" || errcode === "M_NOT_FOUND")) return { kind: "not-found" };
  if (status === 400 || status === 401) return { kind: "invalid", errcode, message };
  return { kind: "server", status };
}

/** Calls `baseUrl + path` and returns the JSON answer; throws MatrixRequestError. */
export async function matrixRequest<T = Record<string, unknown>>(baseUrl: string, path: string, request: MatrixRequest = {}): Promise<T> {
  const fetchImpl = request.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: "application/json" };
  if (request.accessToken) headers.authorization = `Bearer ${request.accessToken}`;
  if (request.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}${path}`, {
      method: request.method ?? "GET",
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new MatrixRequestError({ kind: "network" }, error instanceof Error ? error.message : String(error));
  }
  let body: Record<string, unknown> = {};
  try {
    const text = await response.text();
    if (text) body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON: a web server that is not a homeserver, or a proxy's error page.
    if (response.ok) throw new MatrixRequestError({ kind: "not-found" }, `${path} did not answer with JSON`);
  }
  if (!response.ok) {
    const failure = failureOf(response.status, body);
    throw new MatrixRequestError(failure, typeof body.error === "string" ? body.error : `${response.status} ${response.statusText}`, body);
  }
  return body as T;
}
