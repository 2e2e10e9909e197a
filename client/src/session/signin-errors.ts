import { ApiError } from "../api/http.ts";
import { DiscoveryError } from "../matrix/homeserver-discovery.ts";
import { MatrixRequestError } from "../matrix/matrix-request.ts";
import type { AnyMessageKey } from "../i18n/signed-in-locale-controller.ts";
import type { MessageParams } from "../i18n/messages.ts";
import { KontorSignInError } from "./sign-in.ts";

export interface SigninProblem {
  key: AnyMessageKey;
  params?: MessageParams;
  field: "user" | "password" | "server" | "register" | "form";
}

/** What went wrong while signing in or registering, as advice a person can follow, and the field it belongs to. */
export function signinProblem(error: unknown, context: { serverName: string; during: "discover" | "signin" | "register" | "sso" }): SigninProblem {
  const server = context.serverName;
  const discoveryField = context.during === "discover" ? "server" : "user";
  if (error instanceof DiscoveryError) {
    switch (error.reason) {
      case "not-found":
        return { key: "problemHomeserverNotFound", params: { server: error.serverName }, field: discoveryField };
      case "no-supported-login":
        return { key: "problemNoSupportedLogin", params: { server: error.serverName }, field: discoveryField };
      case "network":
        return { key: "problemHomeserverUnreachable", params: { server: error.serverName }, field: discoveryField };
    }
  }
  if (error instanceof KontorSignInError) {
    const cause = error.cause;
    if (cause instanceof ApiError && cause.failure.kind === "network") return { key: "problemKontorUnreachable", field: "form" };
    if (cause instanceof MatrixRequestError && cause.failure.kind === "network") return { key: "problemHomeserverUnreachable", params: { server }, field: "form" };
    return { key: "problemKontorRefused", params: { server }, field: "form" };
  }
  if (error instanceof MatrixRequestError) {
    const failure = error.failure;
    switch (failure.kind) {
      case "network":
        return { key: "problemHomeserverUnreachable", params: { server }, field: "form" };
      case "rate-limited":
        return failure.retryAfterMs
          ? { key: "problemRateLimited", params: { seconds: Math.ceil(failure.retryAfterMs / 1000) }, field: "form" }
          : { key: "problemRateLimitedShort", field: "form" };
      case "forbidden":
        if (failure.errcode === "M_USER_DEACTIVATED") return { key: "problemDeactivated", field: "user" };
        if (context.during === "register") return { key: "problemRegistrationClosed", params: { server }, field: "register" };
        if (context.during === "sso") return { key: "problemSsoExpired", field: "form" };
        return { key: "problemWrongPassword", params: { server }, field: "password" };
      case "invalid":
        if (failure.errcode === "M_USER_IN_USE") return { key: "problemUsernameTaken", field: "register" };
        if (failure.errcode === "M_INVALID_USERNAME") return { key: "problemUsernameInvalid", field: "register" };
        if (failure.errcode === "M_WEAK_PASSWORD") return { key: "problemWeakPassword", field: "register" };
        if (context.during === "sso") return { key: "problemSsoExpired", field: "form" };
        return { key: context.during === "register" ? "problemRegistrationFailed" : "problemWrongPassword", params: { server }, field: context.during === "register" ? "register" : "password" };
      case "unknown-token":
        return { key: "problemSessionEnded", field: "form" };
      case "not-found":
        return { key: "problemHomeserverNotFound", params: { server }, field: discoveryField };
      case "server":
        return { key: "problemHomeserverError", params: { server }, field: "form" };
    }
  }
  if (error instanceof ApiError && error.failure.kind === "network") return { key: "problemKontorUnreachable", field: "form" };
  return { key: "problemUnexpected", field: "form" };
}
