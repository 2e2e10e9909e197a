/** A fetch that answers from a table of "METHOD url" → response, and records what was asked. */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  /** Throw a network error instead of answering. */
  fail?: boolean;
}

export interface FakeFetch {
  fetch: typeof fetch;
  calls: { method: string; url: string; body: unknown; headers: Record<string, string> }[];
}

export function fakeFetch(answers: Record<string, FakeAnswer | FakeAnswer[]>): FakeFetch {
  const calls: FakeFetch["calls"] = [];
  const queues = new Map(Object.entries(answers).map(([key, value]) => [key, Array.isArray(value) ? [...value] : [value]]));
  const impl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const method = init.method ?? "GET";
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined, headers: (init.headers as Record<string, string>) ?? {} });
    const queue = queues.get(`${method} ${url}`);
    const answer = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!answer || answer.fail) throw new TypeError(`Failed to fetch ${url}`);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { fetch: impl as typeof fetch, calls };
}
