import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  /** The status this receiver answered with: only 2xx counts as delivered. */
  answered: number;
  headers: IncomingMessage["headers"];
  body: string;
  json: { type: string; business: string; data: Record<string, unknown> };
}

/** A webhook endpoint for tests: records what arrives and answers with a status the test chooses. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  status = 200;
  #server: Server | undefined;
  url = "";

  async start(port = 0): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        this.received.push({ answered: this.status, headers: req.headers, body, json: JSON.parse(body) as ReceivedWebhook["json"] });
        if (this.status >= 300 && this.status < 400) res.setHeader("location", "http://127.0.0.1:1/elsewhere");
        res.statusCode = this.status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(port, "127.0.0.1", resolve));
    const { port: bound } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${bound}/hooks`;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    this.#server = undefined;
  }

  /** Webhooks of a type that were accepted (answered 2xx). */
  of(type: string): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.json.type === type && webhook.answered >= 200 && webhook.answered < 300);
  }
}
