import { createHmac, randomBytes } from "node:crypto";

/** A webhook secret as Kontor makes them, and its HMAC key. */
export function newSecret(): { secret: string; key: Buffer } {
  const key = randomBytes(24);
  return { secret: `whsec_${key.toString("base64")}`, key };
}

/** A Standard Webhooks v1 signature, computed here with node:crypto, independently of the bridge's code. */
export function signature(key: Buffer, id: string, timestamp: number | string, body: string): string {
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The headers Kontor sends with a webhook. */
export function webhookHeaders(key: Buffer, id: string, timestamp: number, body: string): Record<string, string> {
  return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature(key, id, timestamp, body) };
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const conversation = (id: string) => ({
  id,
  business: "corner-shop",
  customer: { user_id: "@jane:example.org", name: "Jane Doe" },
  status: "open",
  assignee: null,
  labels: [],
  created_at: "2025-06-01T09:00:00.000Z",
});

/** A webhook body as Kontor sends it (the fields the bridge reads, and a few more). */
export function eventBody(
  type: string,
  options: { conversation?: string; message?: string; kind?: string; body?: string; business?: string } = {},
): string {
  const conversationId = options.conversation ?? "conv-1";
  const data: Record<string, unknown> = { conversation: conversation(conversationId) };
  if (type === "message.created") {
    data.message = {
      id: options.message ?? `$${randomBytes(6).toString("hex")}`,
      seq: 1,
      conversation_id: conversationId,
      kind: options.kind ?? "customer",
      sender: "@jane:example.org",
      agent: null,
      msgtype: "m.text",
      body: options.body ?? "Où est ma commande ? 📦",
      created_at: "2025-06-01T09:00:01.000Z",
    };
  }
  if (type === "conversation.updated") data.changed = ["status"];
  return JSON.stringify({ type, timestamp: "2025-06-01T09:00:01.000Z", business: options.business ?? "corner-shop", data });
}
