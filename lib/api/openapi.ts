// The OpenAPI document is generated from the same zod schemas the routes validate with.
import { z } from "zod";
import type { ApiRoute } from "./route-spec.ts";
import { routes as foundationRoutes } from "./schemas/foundation.ts";
import { routes as articleRoutes } from "./schemas/articles.ts";
import { routes as attemptRoutes } from "./schemas/attempts.ts";
import { routes as reviewRoutes } from "./schemas/review.ts";
import { routes as teacherRoutes } from "./schemas/teacher.ts";
import { routes as setRoutes } from "./schemas/sets.ts";
import { routes as ownArticleRoutes } from "./schemas/own-articles.ts";
import { routes as deckRoutes } from "./schemas/deck.ts";

export const allRoutes: ApiRoute[] = [
  ...foundationRoutes,
  ...articleRoutes,
  ...attemptRoutes,
  ...reviewRoutes,
  ...teacherRoutes,
  ...setRoutes,
  ...ownArticleRoutes,
  ...deckRoutes,
];

const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: "any", io: "output" });

const problemSchema = {
  type: "object",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } },
    },
  },
  required: ["type", "title", "status"],
};

export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of allRoutes) {
    const path = r.path.replace(/\{(\w+)\}/g, "{$1}");
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const query = r.query
      ? Object.entries((schemaOf(r.query) as { properties?: Record<string, unknown> }).properties ?? {}).map(
          ([name, schema]) => ({ name, in: "query", required: false, schema }),
        )
      : [];
    const responses: Record<string, unknown> = {
      [String(r.status ?? 200)]: {
        description: r.responseDescription ?? "OK",
        content: r.response ? { [r.responseType ?? "application/json"]: { schema: schemaOf(r.response) } } : undefined,
      },
    };
    for (const code of r.errors ?? []) {
      responses[String(code)] = {
        description: "Problem",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      };
    }
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: r.tags,
      parameters: [...params, ...query],
      requestBody: r.body ? { required: true, content: { "application/json": { schema: schemaOf(r.body) } } } : undefined,
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdeck API",
      version: "1",
      description: "Articles → questions, quizzes, spaced-repetition review and exports. Errors are application/problem+json.",
    },
    paths,
    components: { schemas: { Problem: problemSchema } },
  };
}
