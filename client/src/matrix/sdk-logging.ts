import { logger as sdkLogger, type Logger } from "matrix-js-sdk/lib/logger.js";

/** The SDK logs a lot, some of it as console errors about things Kontor does not use; keep the console for real problems. */
export const quietLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  getChild: () => quietLogger,
};

/**
 * Parts of the SDK log through its root logger (or children of it created
 * later, which inherit its method factory), not through the client's logger.
 */
export function silenceSdkLogger(): void {
  const root = sdkLogger as unknown as { methodFactory?: unknown; rebuild?: () => void };
  root.methodFactory = () => () => undefined;
  root.rebuild?.();
}
