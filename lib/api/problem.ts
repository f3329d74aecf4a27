// Errors cross the API as RFC 9457 application/problem+json.
import { retryAfterSeconds } from "../config.ts";

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? title);
  }
}

const TYPES: Record<number, string> = {
  400: "bad-request",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  405: "method-not-allowed",
  409: "conflict",
  413: "payload-too-large",
  415: "unsupported-media-type",
  422: "unprocessable",
  429: "too-many-requests",
  500: "internal",
  503: "unavailable",
};

/** The problem type URI for a status (RFC 9457 `type`). */
export const problemType = (status: number) => `https://factdeck.dev/problems/${TYPES[status] ?? "error"}`;

export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string>; members?: Record<string, unknown> } = {},
): Response {
  const body = {
    type: problemType(status),
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
    // RFC 9457 extension members (e.g. a code, or retryAfter in seconds).
    ...(extra.members ?? {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...(extra.headers ?? {}) },
  });
}

/** The answer while the database cannot be reached: 503, worth retrying after Retry-After seconds. */
export const databaseUnavailable = () =>
  problemResponse(503, "Service unavailable", "The database cannot be reached right now. Try again shortly.", {
    headers: { "retry-after": String(retryAfterSeconds()) },
  });

export const badRequest = (detail: string, errors?: FieldError[]) => new ApiError(400, "Bad request", detail, { errors });
export const unauthorized = () => new ApiError(401, "Unauthorized", "Sign in (or continue as a guest) first.");
export const forbidden = (detail = "You may not do this.") => new ApiError(403, "Forbidden", detail);
export const notFound = (what = "resource") => new ApiError(404, "Not found", `No such ${what}.`);
export const conflict = (detail: string) => new ApiError(409, "Conflict", detail);
export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new ApiError(422, "Unprocessable content", detail, { errors });
