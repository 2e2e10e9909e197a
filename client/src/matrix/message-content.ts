import type { SendOptions } from "./runtime-types.ts";

/** The Matrix event contents Kontor sends: text (a reply, a staff note), edits, files. */

export function textContent(text: string, options: SendOptions = {}): Record<string, unknown> {
  // Kontor's appservice reads `!note` in a staff room as a note that stays with the team.
  const content: Record<string, unknown> = { msgtype: "m.text", body: options.note ? `!note ${text}` : text };
  if (options.replyTo && !options.note) content["m.relates_to"] = { "m.in_reply_to": { event_id: options.replyTo } };
  return content;
}

export function editContent(eventId: string, text: string): Record<string, unknown> {
  return {
    msgtype: "m.text",
    body: `* ${text}`,
    "m.new_content": { msgtype: "m.text", body: text },
    "m.relates_to": { rel_type: "m.replace", event_id: eventId },
  };
}

/** An uploaded file; with its size known, an image shows as one. */
export function fileContent(file: File, contentUri: string, size: { w: number; h: number } | undefined): Record<string, unknown> {
  const image = file.type.startsWith("image/") && size !== undefined;
  return {
    msgtype: image ? "m.image" : "m.file",
    body: file.name,
    filename: file.name,
    url: contentUri,
    info: { mimetype: file.type || "application/octet-stream", size: file.size, ...(size ?? {}) },
  };
}
