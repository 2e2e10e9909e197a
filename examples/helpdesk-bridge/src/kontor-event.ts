/**
 * The webhook bodies Kontor sends, as far as the bridge reads them. The full
 * shapes are Kontor's conversation and message views (the same JSON as the
 * REST API).
 */

export type KontorEventType = "conversation.created" | "message.created" | "conversation.updated";

export interface KontorConversation {
  id: string;
  business: string;
  customer: { user_id: string; name: string | null };
  status: string;
  assignee: string | null;
  labels: string[];
  created_at: string | null;
}

/** `customer` wrote it; `business` is a reply by staff or the API; `note` is staff only; `auto` is a greeting or away message. */
export type MessageKind = "customer" | "business" | "note" | "auto";

export interface KontorMessage {
  id: string;
  seq: number;
  conversation_id: string;
  kind: MessageKind;
  sender: string;
  agent: string | null;
  msgtype: string;
  body: string;
  created_at: string | null;
}

export interface KontorEvent {
  /** A string, not only KontorEventType: Kontor may add event types, and the bridge ignores those it does not know. */
  type: string;
  timestamp: string;
  business: string;
  data: { conversation: KontorConversation; message?: KontorMessage; changed?: string[] };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The event in a webhook body, or undefined when the body is not one. */
export function parseKontorEvent(body: string): KontorEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value.type !== "string" || typeof value.business !== "string" || !isObject(value.data)) return undefined;
  const { conversation, message } = value.data;
  if (!isObject(conversation) || typeof conversation.id !== "string") return undefined;
  if (message !== undefined && !(isObject(message) && typeof message.id === "string" && typeof message.kind === "string" && typeof message.body === "string")) return undefined;
  return value as unknown as KontorEvent;
}
