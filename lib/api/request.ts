import type { z } from "zod";
import { MAX_BODY_BYTES } from "../config.ts";
import { ApiError, badRequest, type FieldError } from "./problem.ts";

/** zod issues → the field list of a problem+json body. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join(".") : "(body)",
    message: issue.message,
  }));
}

/** Reads at most `limit` bytes of the body; more is a 413 (or `tooLargeError`), whatever
 * Content-Length claimed. */
export async function readBodyBytes(
  request: Request,
  limit = MAX_BODY_BYTES,
  tooLargeError: () => ApiError = () => tooLarge(limit),
): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLargeError();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

const tooLarge = (limit: number) =>
  new ApiError(413, "Payload too large", `The request body is larger than ${Math.round(limit / 1024)} KiB.`);

/** parse → validate: a JSON body checked against its zod schema (400 with the fields at fault). */
export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new ApiError(415, "Unsupported media type", "Send the body as application/json.");
  }
  const text = await readBodyText(request);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw badRequest("The body is not valid JSON.", [{ field: "(body)", message: "malformed JSON" }]);
  }
  assertStorable(data, "body");
  return validate(schema, data);
}

/** Deeper than any body we accept (ours are at most 4 levels); deeper is refused before validation. */
export const MAX_JSON_DEPTH = 32;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string no database stores faithfully: NUL (PostgreSQL refuses it) or a lone
 * UTF-16 surrogate (no UTF-8 form); null when it is fine. */
export function unstorableString(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain NUL characters";
  if (LONE_SURROGATE.test(value)) return "must be valid Unicode (lone surrogate)";
  return null;
}

/**
 * Refuses (400, naming the field) input that would reach the database as a 500: NUL characters and
 * lone surrogates in any string or key, and JSON nested deeper than MAX_JSON_DEPTH.
 */
export function assertStorable(data: unknown, what: "body" | "query string" | "path"): void {
  const errors: FieldError[] = [];
  const walk = (value: unknown, path: string[], depth: number): void => {
    if (errors.length) return;
    const field = path.length ? path.join(".") : `(${what === "body" ? "body" : what})`;
    if (typeof value === "string") {
      const problem = unstorableString(value);
      if (problem) errors.push({ field, message: problem });
      return;
    }
    if (!value || typeof value !== "object") return;
    if (depth >= MAX_JSON_DEPTH) {
      errors.push({ field, message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = unstorableString(key);
      if (keyProblem) {
        errors.push({ field: [...path, "(key)"].join("."), message: keyProblem });
        return;
      }
      walk(child, [...path, key], depth + 1);
    }
  };
  walk(data, [], 0);
  if (errors.length) throw badRequest(`The ${what} is not valid.`, errors);
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, what = "body"): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw badRequest(`The ${what} is not valid.`, fieldErrors(result.error));
  return result.data;
}

/** Query string → object, validated. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  assertStorable(params, "query string");
  return validate(schema, params, "query string");
}

/** Bodies smaller than this go out uncompressed (Next.js's own compression threshold, 1 KB). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * What a new connection sends in its first round trip (10 segments of ~1,400 bytes, RFC 6928): a
 * body smaller than this arrives in one round trip compressed or not, so gzip would only cost CPU
 * and event-loop turns (its stream hops to the thread pool and back). For `compressFromBytes`.
 */
export const ONE_ROUND_TRIP_BYTES = 14_000;

/**
 * A JSON response. A small body (a rating, an answer) is marked `Cache-Control: no-transform`,
 * which Next.js's gzip respects: compressing a few hundred bytes cost more CPU than it saved (a
 * tenth of a rating's server time), and Next.js drops a route's Content-Length, so its own
 * size threshold never applies to route handlers. Larger bodies are compressed as before;
 * `compressFromBytes` moves the line (a hot route uses ONE_ROUND_TRIP_BYTES).
 */
export function json(data: unknown, { compressFromBytes = COMPRESS_FROM_BYTES, ...init }: ResponseInit & { compressFromBytes?: number } = {}): Response {
  const body = JSON.stringify(data);
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  if (Buffer.byteLength(body) < compressFromBytes) {
    const cache = headers.get("cache-control");
    if (!cache?.includes("no-transform")) headers.set("cache-control", cache ? `${cache}, no-transform` : "no-transform");
  }
  return new Response(body, { ...init, headers });
}
