/**
 * Every error Kontor answers over HTTP, in one table: a stable code, the HTTP
 * status it maps to, and the Matrix errcode used on the homeserver-facing API.
 * docs/errors.md lists them for API users.
 */
export const errorTable = {
  forbidden: { status: 403, errcode: "M_FORBIDDEN" },
  unauthorized: { status: 401, errcode: "M_UNKNOWN_TOKEN" },
  not_found: { status: 404, errcode: "M_NOT_FOUND" },
  unrecognized: { status: 404, errcode: "M_UNRECOGNIZED" },
  method_not_allowed: { status: 405, errcode: "M_UNRECOGNIZED" },
  not_json: { status: 400, errcode: "M_NOT_JSON" },
  bad_json: { status: 400, errcode: "M_BAD_JSON" },
  invalid_request: { status: 400, errcode: "M_INVALID_PARAM" },
  conflict: { status: 409, errcode: "M_UNKNOWN" },
  payload_too_large: { status: 413, errcode: "M_TOO_LARGE" },
  unsupported_media_type: { status: 415, errcode: "M_NOT_JSON" },
  rate_limited: { status: 429, errcode: "M_LIMIT_EXCEEDED" },
  homeserver_unavailable: { status: 502, errcode: "M_UNKNOWN" },
  unavailable: { status: 503, errcode: "M_UNKNOWN" },
  internal: { status: 500, errcode: "M_UNKNOWN" },
} as const satisfies Record<string, { status: number; errcode: string }>;

export type ErrorCode = keyof typeof errorTable;

/** An error with a stable code and a message the caller can act on. */
export class KontorError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "KontorError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorTable[this.code].status;
  }
}
