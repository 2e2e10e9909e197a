import type { MessageKey, MessageParams } from "../i18n/messages.ts";
import { ApiError, type ApiFailure } from "./http.ts";

/** The message that tells a person what to do about a failed request. */
export function failureMessage(failure: ApiFailure): { key: MessageKey; params?: MessageParams } {
  switch (failure.kind) {
    case "network":
      return { key: "failureNetwork" };
    case "rate-limited":
      return failure.retryAfterSeconds === undefined
        ? { key: "failureRateLimitedShort" }
        : { key: "failureRateLimited", params: { seconds: failure.retryAfterSeconds } };
    case "invalid":
      return { key: "failureInvalid" };
    case "not-found":
      return { key: "failureNotFound" };
    case "unauthorized":
      return { key: "failureUnauthorized" };
    case "forbidden":
      return { key: "failureForbidden" };
    case "conflict":
      return { key: "failureConflict" };
    case "server":
      return { key: "failureServer" };
  }
}

/** The same for anything a request threw: an `ApiError`'s failure, otherwise the network's. */
export function errorMessage(error: unknown): { key: MessageKey; params?: MessageParams } {
  return failureMessage(error instanceof ApiError ? error.failure : { kind: "network" });
}
