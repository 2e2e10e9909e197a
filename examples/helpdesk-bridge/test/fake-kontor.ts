import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * Kontor's REST API as far as the bridge uses it, on loopback: it records
 * each request, sends once per Idempotency-Key (replaying the first answer),
 * and answers with the statuses a test queues first.
 */
export async function startFakeKontor() {
  const requests: ApiRequest[] = [];
  const failures: number[] = [];
  const sent = new Map<string, string>();
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: text ? JSON.parse(text) : undefined });
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "unavailable", message: "try later" } }));
        return;
      }
      const key = String(req.headers["idempotency-key"]);
      const replayed = sent.has(key);
      if (!replayed) sent.set(key, `$reply-${sent.size + 1}`);
      res.writeHead(201, { "content-type": "application/json", ...(replayed ? { "idempotent-replayed": "true" } : {}) });
      res.end(JSON.stringify({ id: sent.get(key), kind: "business" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    /** The next requests fail with these statuses, in order. */
    failNext: (...statuses: number[]) => failures.push(...statuses),
    /** Messages the customer would see: one per Idempotency-Key. */
    sentCount: () => sent.size,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
