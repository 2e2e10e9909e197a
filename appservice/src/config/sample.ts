import { z } from "zod";
import { stringify } from "yaml";
import { configSchema } from "./schema.ts";

interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

const placeholders: Record<string, string> = {
  "homeserver.url": "http://127.0.0.1:8008",
  "homeserver.serverName": "localhost",
  "homeserver.registrationSharedSecret": "<generated per install>",
  "appservice.asToken": "<generated per install>",
  "appservice.hsToken": "<generated per install>",
  "http.clientDir": "client/dist",
  "store.path": ".kontor/kontor.db",
  "admin.token": "<generated per install>",
};

function renderSection(node: JsonSchemaNode, path: string[], indent: string, lines: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = [...path, key];
    const dotted = childPath.join(".");
    if (child.properties) {
      lines.push(`${indent}${key}:`);
      renderSection(child, childPath, `${indent}  `, lines);
      continue;
    }
    const notes = [child.description, child.enum ? `one of: ${child.enum.join(", ")}` : undefined];
    const required = node.required?.includes(key) && child.default === undefined;
    if (required) notes.push("required");
    for (const note of notes.filter(Boolean)) lines.push(`${indent}# ${note}`);
    const value = child.default !== undefined ? child.default : (placeholders[dotted] ?? "");
    lines.push(`${indent}${key}: ${stringify(value).trimEnd()}`);
  }
}

/** The documented sample configuration, generated from the schema. */
export function renderSampleConfig(): string {
  const jsonSchema = z.toJSONSchema(configSchema, { io: "input" }) as JsonSchemaNode;
  const lines = [
    "# Kontor appservice configuration (generated from appservice/src/config/schema.ts).",
    "# `npm start` writes a real one with per-install secrets to .kontor/kontor.yaml.",
  ];
  renderSection(jsonSchema, [], "", lines);
  return `${lines.join("\n")}\n`;
}
