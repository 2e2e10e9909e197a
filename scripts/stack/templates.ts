import { readFileSync } from "node:fs";

export type TemplateValues = Record<string, string | number | boolean>;

/**
 * Fills `{{name}}` placeholders. Values are written as YAML scalars (strings
 * double-quoted and escaped), so a secret or path can never break the file's
 * structure. A placeholder without a value is an error, not an empty string.
 */
export function renderTemplate(template: string, values: TemplateValues, source = "template"): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${source}: no value for the placeholder {{${name}}}`);
    return typeof value === "string" ? JSON.stringify(value) : String(value);
  });
}

/** Placeholders inside comments are documentation; rendering only touches non-comment lines. */
export function renderTemplateFile(path: string, values: TemplateValues): string {
  const lines = readFileSync(path, "utf8").split("\n");
  return lines.map((line) => (/^\s*#/.test(line) ? line : renderTemplate(line, values, path))).join("\n");
}

/** Escapes a string for use inside a regular expression (namespace regexes). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
