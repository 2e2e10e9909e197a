import type { KontorConfig } from "../config/schema.ts";

/** The operator API answered with an error; `message` is what it said. */
export class AdminApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: string[];

  constructor(status: number, code: string, message: string, problems: string[]) {
    super(message);
    this.name = "AdminApiError";
    this.status = status;
    this.code = code;
    this.problems = problems;
  }
}

/** Kontor is not running (or not on the configured port). */
export class KontorUnreachableError extends Error {
  override name = "KontorUnreachableError";
}

/**
 * The CLI's way into a running Kontor: the operator REST API under
 * /api/v1/admin, authenticated with the install's admin token. Going through
 * the running appservice keeps one writer for the store and the homeserver.
 */
export class AdminClient {
  readonly #base: string;
  readonly #token: string;

  constructor(config: KontorConfig) {
    const host = config.http.host.includes(":") ? `[${config.http.host}]` : config.http.host;
    this.#base = `http://${host}:${config.http.port}/api/v1/admin`;
    this.#token = config.admin.token;
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, contentType = "application/json"): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.#base + path, {
        method,
        headers: {
          authorization: `Bearer ${this.#token}`,
          ...(body === undefined ? {} : { "content-type": contentType }),
        },
        body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(120_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new KontorUnreachableError(`cannot reach Kontor at ${this.#base} (${cause}). Is it running? Start it with \`npm start\`.`);
    }
    if (response.status === 204) return {} as T;
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AdminApiError(response.status, "invalid_response", `unexpected answer (${response.status}): ${text.slice(0, 200)}`, []);
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string; details?: { problems?: string[] } } }).error ?? {};
      throw new AdminApiError(response.status, error.code ?? "unknown", error.message ?? text, error.details?.problems ?? []);
    }
    return parsed as T;
  }
}
