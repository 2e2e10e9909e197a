/**
 * A small structured logger: one JSON object per line (or a readable line for
 * a terminal), a level threshold, and named children that carry their
 * bindings (module, request ID, ...) into every record.
 */

export const levels = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, silent: 100 } as const;
export type LogLevel = keyof typeof levels;
export type LogFields = Record<string, unknown>;

export interface LogSink {
  write(line: string): void;
}

export interface LoggerOptions {
  level: LogLevel;
  format: "json" | "pretty";
  sink?: LogSink;
  clock?: () => Date;
}

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(bindings: LogFields): Logger;
  isEnabled(level: LogLevel): boolean;
}

function serialiseError(value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}

function prettyValue(value: unknown): string {
  if (typeof value === "string") return /\s/.test(value) ? JSON.stringify(value) : value;
  if (value instanceof Error) return JSON.stringify(value.message);
  return JSON.stringify(value);
}

export function createLogger(options: LoggerOptions, bindings: LogFields = {}): Logger {
  const threshold = levels[options.level];
  const sink = options.sink ?? process.stdout;
  const clock = options.clock ?? (() => new Date());

  const emit = (level: Exclude<LogLevel, "silent">, message: string, fields?: LogFields): void => {
    if (levels[level] < threshold) return;
    const record: LogFields = { time: clock().toISOString(), level, ...bindings, msg: message };
    for (const [key, value] of Object.entries(fields ?? {})) record[key] = serialiseError(value);
    if (options.format === "json") {
      sink.write(`${JSON.stringify(record)}\n`);
      return;
    }
    const { time, level: _level, msg, module, ...rest } = record;
    const extras = Object.entries(rest)
      .map(([key, value]) => `${key}=${prettyValue(value)}`)
      .join(" ");
    const name = typeof module === "string" ? `[${module}] ` : "";
    sink.write(`${String(time).slice(11, 23)} ${level.toUpperCase().padEnd(5)} ${name}${String(msg)}${extras ? ` ${extras}` : ""}\n`);
  };

  return {
    trace: (message, fields) => emit("trace", message, fields),
    debug: (message, fields) => emit("debug", message, fields),
    info: (message, fields) => emit("info", message, fields),
    warn: (message, fields) => emit("warn", message, fields),
    error: (message, fields) => emit("error", message, fields),
    child: (more) => createLogger(options, { ...bindings, ...more }),
    isEnabled: (level) => levels[level] >= threshold,
  };
}

/** A logger that drops everything; for unit tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: "silent", format: "json" });
