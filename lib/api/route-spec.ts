import type { z } from "zod";

/** One documented route: the OpenAPI document is built from these and the zod schemas they name. */
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
