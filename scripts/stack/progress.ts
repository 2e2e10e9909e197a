/** Human-facing progress output for the set-up and start scripts. */

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, text: string): string => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);

export const bold = (text: string): string => paint("1", text);
export const dim = (text: string): string => paint("2", text);

export function step(message: string): void {
  process.stdout.write(`${paint("36", "▸")} ${message}\n`);
}

export function done(message: string): void {
  process.stdout.write(`${paint("32", "✓")} ${message}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`${paint("33", "!")} ${message}\n`);
}

/** An error the person running the command can fix; printed without a stack trace. */
export class SetupError extends Error {
  override name = "SetupError";
}

export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${paint("31", "✗")} ${message}\n`);
  if (!(error instanceof SetupError) && error instanceof Error && error.stack && process.env.KONTOR_DEBUG) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}

/** Runs `work`, printing a line now and then so a long step never looks stuck. */
export async function withHeartbeat<T>(label: string, work: Promise<T>, everyMs = 10_000): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => {
    process.stdout.write(dim(`  … ${label} (${Math.round((Date.now() - started) / 1000)} s)\n`));
  }, everyMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
