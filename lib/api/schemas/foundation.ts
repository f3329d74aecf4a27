import { z } from "zod";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";

export const healthResponse = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["sqlite", "postgresql"]),
  migrations: z
    .object({ last: z.string().nullable().describe("the last migration applied"), pending: z.number().int().describe("shipped migrations not applied yet") })
    .nullable()
    .describe("null while the database cannot be read"),
});

export const roleBody = z.object({ role: z.enum(["learner", "teacher", "admin"]) });

export const roleResult = z.object({ id: z.string(), email: z.string(), role: z.enum(["learner", "teacher", "admin"]) });

export const resetLinkResult = z.object({
  url: z.string().describe("One-time link to /reset-password; works once, until expiresAt"),
  expiresAt: z.string(),
});

/** Every route of this area, keyed "METHOD /path". */
export const foundationRoutes = defineRoutes({
  "GET /api/health": { method: "GET", path: "/api/health", summary: "Liveness and database reachability", tags: ["system"], response: healthResponse, errors: [503] },
  "GET /api/openapi.json": { method: "GET", path: "/api/openapi.json", summary: "This document", tags: ["system"] },
  "PUT /api/admin/users/{id}/role": {
    method: "PUT",
    path: "/api/admin/users/{id}/role",
    summary: "Grant a role (admins only)",
    tags: ["accounts"],
    body: roleBody,
    response: roleResult,
    errors: [400, 401, 403, 404],
  },
  "POST /api/admin/users/{id}/reset-link": {
    method: "POST",
    path: "/api/admin/users/{id}/reset-link",
    summary: "Issue a one-time password-reset link for an account (admins only)",
    tags: ["accounts"],
    response: resetLinkResult,
    errors: [401, 403, 404],
  },
});

export const routes: ApiRoute[] = Object.values(foundationRoutes);
