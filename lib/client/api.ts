// The browser's typed client: a call names the route's own spec (lib/api/schemas), so the path, the
// body it accepts and the shape it answers with come from the schemas the server validates with.
import type { ApiRoute, RouteBody, RouteResponse } from "../api/route-spec";
import { api } from "./session";

export interface CallOptions<R extends ApiRoute> {
  /** Values for the path's {placeholders}. */
  params?: Record<string, string>;
  json?: RouteBody<R>;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** e.g. "no-store" for a read that must see the latest writes (the review queue). */
  cache?: RequestCache;
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

/** Calls a route; resolves with its documented response, rejects with the problem+json detail. */
export function call<R extends ApiRoute>(route: R, options: CallOptions<R> = {}): Promise<RouteResponse<R>> {
  return api<RouteResponse<R>>(routeUrl(route, options.params, options.query), {
    method: route.method,
    json: options.json,
    signal: options.signal,
    cache: options.cache,
  });
}
