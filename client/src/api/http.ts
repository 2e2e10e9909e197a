/**
 * What can go wrong talking to Kontor's REST API, in terms a page can turn
 * into advice: wait (rate limited), fix the input, check the connection, or
 * try again later.
 */
export type ApiFailure =
  | { kind: "network" }
  | { kind: "rate-limited"; retryAfterSeconds: number | undefined }
  | { kind: "not-found" }
  /** `problems` name each invalid field first ("website: must start with https://"), when the API lists them. */
  | { kind: "invalid"; message: string; problems?: string[] }
  /** No session, or it expired. */
  | { kind: "unauthorized" }
  /** Signed in, but not allowed (not staff of the business, not an owner). */
  | { kind: "forbidden"; message: string }
  /** Clashes with the current state (a suspended business, a full list). */
  | { kind: "conflict"; message: string }
  | { kind: "server"; status: number };

export class ApiError extends Error {
  readonly failure: ApiFailure;

  constructor(failure: ApiFailure, message: string) {
    super(message);
    this.name = "ApiError";
    this.failure = failure;
  }
}

export interface RequestOptions {
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** The `error.message` and `error.details.problems` of Kontor's error format, when the body has them. */
async function errorOf(response: Response): Promise<{ message: string; problems: string[] | undefined }> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown; details?: { problems?: unknown } } };
    const problems = body.error?.details?.problems;
    return {
      message: typeof body.error?.message === "string" ? body.error.message : response.statusText,
      problems: Array.isArray(problems) ? problems.filter((problem): problem is string => typeof problem === "string") : undefined,
    };
  } catch {
    return { message: response.statusText, problems: undefined };
  }
}

/** Maps an HTTP answer that is not 2xx to a failure. */
export async function failureOf(response: Response): Promise<ApiError> {
  const { message, problems } = await errorOf(response);
  if (response.status === 429) {
    const seconds = Number(response.headers.get("retry-after"));
    return new ApiError({ kind: "rate-limited", retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined }, message);
  }
  if (response.status === 404) return new ApiError({ kind: "not-found" }, message);
  if (response.status === 400) return new ApiError(problems ? { kind: "invalid", message, problems } : { kind: "invalid", message }, message);
  if (response.status === 401) return new ApiError({ kind: "unauthorized" }, message);
  if (response.status === 403) return new ApiError({ kind: "forbidden", message }, message);
  if (response.status === 409) return new ApiError({ kind: "conflict", message }, message);
  return new ApiError({ kind: "server", status: response.status }, message);
}

/** GETs JSON from the API. Throws ApiError (or the AbortError of a cancelled request). */
export async function getJson(path: string, options: RequestOptions = {}): Promise<unknown> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(path, { headers: { accept: "application/json", ...options.headers }, signal: options.signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError({ kind: "network" }, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await failureOf(response);
  try {
    return await response.json();
  } catch {
    throw new ApiError({ kind: "server", status: response.status }, "the answer was not JSON");
  }
}

/**
 * Sends a request with an optional JSON body and returns the JSON answer
 * (undefined for 204). Throws ApiError (or the AbortError of a cancelled
 * request). Signed-in calls pass the session's fetch as `fetchImpl`.
 */
export async function sendJson(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body: unknown, options: RequestOptions = {}): Promise<unknown> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: options.signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError({ kind: "network" }, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await failureOf(response);
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    throw new ApiError({ kind: "server", status: response.status }, "the answer was not JSON");
  }
}
