/**
 * What can go wrong talking to Kontor's REST API, in terms a page can turn
 * into advice: wait (rate limited), fix the input, check the connection, or
 * try again later.
 */
export type ApiFailure =
  | { kind: "network" }
  | { kind: "rate-limited"; retryAfterSeconds: number | undefined }
  | { kind: "not-found" }
  | { kind: "invalid"; message: string }
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

/** The `error.message` of Kontor's error format, when the body has one. */
async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" ? body.error.message : response.statusText;
  } catch {
    return response.statusText;
  }
}

/** Maps an HTTP answer that is not 2xx to a failure. */
export async function failureOf(response: Response): Promise<ApiError> {
  const message = await errorMessageOf(response);
  if (response.status === 429) {
    const seconds = Number(response.headers.get("retry-after"));
    return new ApiError({ kind: "rate-limited", retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined }, message);
  }
  if (response.status === 404) return new ApiError({ kind: "not-found" }, message);
  if (response.status === 400) return new ApiError({ kind: "invalid", message }, message);
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
