import type { IncomingMessage } from "node:http";
import { KontorError } from "../errors/codes.ts";

/** Keys that could reach an object's prototype when a parsed body is merged somewhere. */
const forbiddenKeys = new Set(["__proto__", "constructor"]);

function rejectPrototypeKeys(this: unknown, key: string, value: unknown): unknown {
  if (forbiddenKeys.has(key)) throw new KontorError("bad_json", `the key "${key}" is not allowed in a request body`);
  return value;
}

/**
 * Parses JSON text, refusing `__proto__` and `constructor` keys at any depth.
 * The reviver only runs when the text could hold such a key, spelled out or
 * escaped, so ordinary bodies parse at full speed.
 */
export function parseJsonSafely(text: string): unknown {
  const suspicious = text.includes("__proto__") || text.includes("constructor") || text.includes("\\u");
  try {
    return suspicious ? JSON.parse(text, rejectPrototypeKeys) : JSON.parse(text);
  } catch (error) {
    if (error instanceof KontorError) throw error;
    throw new KontorError("not_json", `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

export interface ReadJsonOptions {
  /** Largest accepted body in bytes; a larger one is refused before it is read to the end. */
  limit: number;
}

/** Reads a request body as JSON with a size limit; throws a KontorError with a 4xx code otherwise. */
export async function readJsonBody(req: IncomingMessage, options: ReadJsonOptions): Promise<unknown> {
  const type = req.headers["content-type"];
  if (type !== undefined && !/^application\/json\b/i.test(type)) {
    throw new KontorError("unsupported_media_type", `expected Content-Type application/json, got ${type}`);
  }
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.limit) {
    req.resume();
    throw new KontorError("payload_too_large", `the body has ${declared} bytes; the limit is ${options.limit}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.limit) {
      req.resume();
      throw new KontorError("payload_too_large", `the body exceeds the limit of ${options.limit} bytes`);
    }
    chunks.push(chunk);
  }
  if (size === 0) throw new KontorError("not_json", "the request body is empty; expected a JSON object");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new KontorError("not_json", "the request body is not valid UTF-8");
  }
  return parseJsonSafely(text);
}
