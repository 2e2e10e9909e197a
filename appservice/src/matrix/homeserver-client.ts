import type { Logger } from "../logging/logger.ts";

/** An error answer of the homeserver's client-server API. */
export class MatrixApiError extends Error {
  readonly status: number;
  readonly errcode: string;
  readonly body: unknown;

  constructor(method: string, path: string, status: number, errcode: string, message: string, body: unknown) {
    super(`${method} ${path} failed with ${status} ${errcode}: ${message}`);
    this.name = "MatrixApiError";
    this.status = status;
    this.errcode = errcode;
    this.body = body;
  }
}

/** The homeserver could not be reached at all (refused, timed out, DNS). */
export class HomeserverUnreachableError extends Error {
  override name = "HomeserverUnreachableError";
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /** Act as this user of the appservice's namespaces (identity assertion). */
  asUser?: string;
  /** Use this access token instead of the appservice's. */
  accessToken?: string | null;
  timeoutMs?: number;
}

export interface HomeserverClientOptions {
  baseUrl: string;
  asToken: string;
  logger: Logger;
  fetch?: typeof fetch;
  defaultTimeoutMs?: number;
}

/**
 * A thin client of the Matrix client-server API as an application service:
 * it authenticates with the as_token and may act as any user in the
 * appservice's namespaces.
 */
export class HomeserverClient {
  readonly baseUrl: string;
  /** The appservice's token, for the few requests made outside `request` (media downloads). */
  readonly asToken: string;
  readonly #asToken: string;
  readonly #logger: Logger;
  readonly #fetch: typeof fetch;
  readonly #defaultTimeoutMs: number;

  constructor(options: HomeserverClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#asToken = options.asToken;
    this.asToken = options.asToken;
    this.#logger = options.logger;
    this.#fetch = options.fetch ?? fetch;
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? 30_000;
  }

  request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return this.#send<T>(method, path, options, options.body === undefined ? undefined : JSON.stringify(options.body), "application/json");
  }

  /** Sends a raw body (media uploads). */
  requestRaw<T = unknown>(
    method: string,
    path: string,
    options: Omit<RequestOptions, "body"> & { body: Uint8Array; contentType: string },
  ): Promise<T> {
    return this.#send<T>(method, path, options, options.body, options.contentType);
  }

  async #send<T>(method: string, path: string, options: RequestOptions, body: string | Uint8Array | undefined, contentType: string): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    if (options.asUser) url.searchParams.set("user_id", options.asUser);
    const headers: Record<string, string> = { accept: "application/json" };
    const token = options.accessToken === undefined ? this.#asToken : options.accessToken;
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = contentType;
    const started = performance.now();
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? this.#defaultTimeoutMs),
      });
    } catch (error) {
      throw new HomeserverUnreachableError(
        `cannot reach the homeserver at ${this.baseUrl} (${method} ${path}): ${describeFetchError(error)}`,
      );
    }
    const text = await response.text();
    const parsed = parseMaybeJson(text);
    this.#logger.trace("homeserver request", {
      method,
      path,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    if (!response.ok) {
      const errcode = typeof parsed === "object" && parsed && "errcode" in parsed ? String(parsed.errcode) : "M_UNKNOWN";
      const message =
        typeof parsed === "object" && parsed && "error" in parsed ? String(parsed.error) : text.slice(0, 200);
      throw new MatrixApiError(method, path, response.status, errcode, message, parsed);
    }
    return parsed as T;
  }

  /** The spec versions the homeserver supports; doubles as a reachability check. */
  versions(timeoutMs?: number): Promise<{ versions: string[] }> {
    return this.request("GET", "/_matrix/client/versions", { accessToken: null, timeoutMs });
  }

  /**
   * Asks the homeserver to ping this appservice (`POST /_matrix/app/v1/ping`)
   * and reports the round trip. Also makes the homeserver retry any backlog
   * of transactions at once.
   */
  pingAppservice(appserviceId: string, transactionId: string, timeoutMs?: number): Promise<{ duration_ms: number }> {
    return this.request("POST", `/_matrix/client/v1/appservice/${encodeURIComponent(appserviceId)}/ping`, {
      body: { transaction_id: transactionId },
      timeoutMs,
    });
  }
}

function parseMaybeJson(text: string): unknown {
  if (text.length === 0) return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError") return "timed out";
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
