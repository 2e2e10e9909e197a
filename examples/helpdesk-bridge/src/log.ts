/**
 * A tiny logger: one line per record on stderr, `time level module: message`
 * and then the fields as JSON. Swap it for your helpdesk's logger.
 */

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** The same logger, naming a module in every record. */
  child(module: string): Logger;
}

export interface LogRecord {
  level: "info" | "warn" | "error";
  module: string;
  message: string;
  fields: LogFields;
}

const readable = (value: unknown): unknown => (value instanceof Error ? value.message : value);

/** Writes each record as one line to `write` (stderr unless told otherwise). */
export function createLogger(module: string, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  return recordingLogger(module, (record) => {
    const fields = Object.entries(record.fields).map(([key, value]) => [key, readable(value)]);
    const extra = fields.length > 0 ? ` ${JSON.stringify(Object.fromEntries(fields))}` : "";
    write(`${new Date().toISOString()} ${record.level.padEnd(5)} ${record.module}: ${record.message}${extra}\n`);
  });
}

/** Hands every record to `onRecord`; tests use it to read what the bridge logged. */
export function recordingLogger(module: string, onRecord: (record: LogRecord) => void): Logger {
  const emit = (level: LogRecord["level"]) => (message: string, fields: LogFields = {}) => onRecord({ level, module, message, fields });
  return { info: emit("info"), warn: emit("warn"), error: emit("error"), child: (name) => recordingLogger(`${module}/${name}`, onRecord) };
}
