import type { z } from "zod";

/** One documented route: the OpenAPI document, the route's own parsing and the browser's typed
 * client are all built from these and the zod schemas they name. */
export interface ApiRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string; // OpenAPI style: /api/articles/{slug}
  summary: string;
  tags: string[];
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  responseType?: string;
  responseDescription?: string;
  status?: number;
  errors?: number[];
}

/** A module's routes by name, keeping each schema's own type (for the typed client). */
export const defineRoutes = <const T extends Record<string, ApiRoute>>(routes: T): T => routes;

/** What a route answers with, as the browser sees it. */
export type RouteResponse<R extends ApiRoute> = R["response"] extends z.ZodType ? z.output<R["response"]> : unknown;
/** What a route's body accepts, as the browser writes it. */
export type RouteBody<R extends ApiRoute> = R["body"] extends z.ZodType ? z.input<R["body"]> : never;
