// The browser's typed client: a call names the route's own spec (lib/api/schemas), so the path, the
// body it accepts and the shape it answers with come from the schemas the server validates with.
import type { z } from "zod";
import type { ApiRoute, RouteBody, RouteResponse } from "../api/route-spec";

export type { RouteBody, RouteResponse };

export interface CallOptions<R extends ApiRoute> {
  /** Values for the path's {placeholders}. */
  params?: Record<string, string>;
  json?: RouteBody<R>;
  /** A multipart body (a file upload): the browser writes the content type and its boundary. */
  form?: R["body"] extends z.ZodType ? FormData : never;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** e.g. "no-store" for a read that must see the latest writes (the review queue). */
  cache?: RequestCache;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A refused request: the route's problem+json (RFC 9457) as an Error, with the field list of a 400. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: FieldProblem[];

  /** `body` is whatever the server sent; only well-typed members are kept. */
  constructor(status: number, body: { title?: unknown; detail?: unknown; errors?: unknown } = {}) {
    const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
    super(text(body.detail) ?? text(body.title) ?? `Request failed (${status})`);
    this.name = "ApiProblem";
    this.status = status;
    this.title = text(body.title);
    this.detail = text(body.detail);
    this.errors = Array.isArray(body.errors)
      ? body.errors.filter((e): e is FieldProblem => typeof e?.field === "string" && typeof e?.message === "string")
      : undefined;
  }

  /** field → message, for showing each next to its field ("choices.2" stays as the server named it). */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries((this.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/** "/api/sets/{id}" + { id: "a b" } → "/api/sets/a%20b"; a missing placeholder is a programming error. */
export function routeUrl(route: Pick<ApiRoute, "path">, params: Record<string, string> = {}, query: CallOptions<ApiRoute>["query"] = {}): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${route.path}: no value for {${name}}`);
    return encodeURIComponent(params[name]);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Sends the request; a non-2xx answer rejects with its ApiProblem (a network failure with fetch's own TypeError). */
async function request<R extends ApiRoute>(route: R, options: CallOptions<R>): Promise<Response> {
  const { json, form } = options;
  const res = await fetch(routeUrl(route, options.params, options.query), {
    method: route.method,
    headers: json !== undefined ? { "content-type": "application/json" } : undefined,
    body: json !== undefined ? JSON.stringify(json) : form,
    signal: options.signal,
    cache: options.cache,
  });
  if (!res.ok) {
    // A proxy's HTML error page or an empty body still becomes an ApiProblem with the status.
    const body: unknown = await res.json().catch(() => null);
    throw new ApiProblem(res.status, body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {});
  }
  return res;
}

/** Calls a route; resolves with its documented response, rejects with an ApiProblem. */
export async function call<R extends ApiRoute>(route: R, options: CallOptions<R> = {}): Promise<RouteResponse<R>> {
  const res = await request(route, options);
  // The one place a response is trusted to match its schema: the server parsed it with the same one.
  if (res.status === 204) return undefined as RouteResponse<R>;
  return (await res.json()) as RouteResponse<R>;
}

export interface Download {
  blob: Blob;
  /** The name the server gave the attachment (Content-Disposition), if any. */
  filename: string | null;
  /** The answer's headers, e.g. a route's own report of what the file leaves out. */
  headers: Headers;
}

/** Name from Content-Disposition: filename* first (it carries UTF-8), then the plain filename. */
export function attachmentName(disposition: string | null): string | null {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? null;
}

/** Fetches a route that answers with a file (a `responseType` route); rejects with an ApiProblem like call(). */
export async function download<R extends ApiRoute>(route: R, options: CallOptions<R> = {}): Promise<Download> {
  const res = await request(route, options);
  return { blob: await res.blob(), filename: attachmentName(res.headers.get("content-disposition")), headers: res.headers };
}
