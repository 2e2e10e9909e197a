/** A failed call to Kontor's REST API. `status` is undefined when Kontor could not be reached. */
export class KontorApiError extends Error {
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, status?: number, retryAfterSeconds?: number) {
    super(message);
    this.name = "KontorApiError";
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Worth trying again: Kontor unreachable or busy (429, 5xx), or 409, which
   * Kontor answers while a new conversation's rooms are still being set up.
   */
  get retryable(): boolean {
    return this.status === undefined || this.status === 409 || this.status === 429 || this.status >= 500;
  }
}

export interface KontorApiOptions {
  /** Kontor's public URL, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  /** A write API key of the business: `kk_...`. */
  apiKey: string;
  business: string;
  /** Shown to staff as the reply's author (and to customers if the business signs replies). */
  agent?: string;
  timeoutMs?: number;
}

/** The one call the bridge makes: a reply to the customer, sent as the business. */
export class KontorApi {
  readonly #options: KontorApiOptions;

  constructor(options: KontorApiOptions) {
    this.#options = options;
  }

  /**
   * `POST /api/v1/businesses/{slug}/conversations/{id}/messages`. The same
   * `Idempotency-Key` sends once: a repeated call gets the first answer
   * (`replayed`) and the customer sees one message.
   */
  async reply(conversationId: string, body: string, idempotencyKey: string): Promise<{ messageId: string; replayed: boolean }> {
    const { baseUrl, apiKey, business, agent = "Helpdesk", timeoutMs = 10_000 } = this.#options;
    const url = `${baseUrl}/api/v1/businesses/${encodeURIComponent(business)}/conversations/${encodeURIComponent(conversationId)}/messages`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", "idempotency-key": idempotencyKey },
        body: JSON.stringify({ body, agent }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: Error }).cause ?? (error as Error);
      throw new KontorApiError(`Kontor is unreachable at ${baseUrl}: ${cause.message}`);
    }
    const text = await response.text();
    if (response.status !== 201 && response.status !== 200) {
      const retryAfter = Number(response.headers.get("retry-after"));
      throw new KontorApiError(`Kontor answered ${response.status}: ${errorMessageOf(text)}`, response.status, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
    }
    const message = JSON.parse(text) as { id: string };
    return { messageId: message.id, replayed: response.headers.get("idempotent-replayed") === "true" };
  }
}

/** Kontor's errors are `{"error": {"code", "message"}}`; anything else is shown as it came. */
function errorMessageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
    if (parsed.error?.message) return `${parsed.error.code ?? "error"}: ${parsed.error.message}`;
  } catch {
    // not JSON
  }
  return text.slice(0, 200) || "(no body)";
}
