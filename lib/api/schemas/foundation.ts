import { z } from "zod";
import type { ApiRoute } from "../route-spec.ts";

export const healthResponse = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["sqlite", "postgresql"]),
});

export const roleBody = z.object({ role: z.enum(["learner", "teacher", "admin"]) });

export const routes: ApiRoute[] = [
  { method: "GET", path: "/api/health", summary: "Liveness and database reachability", tags: ["system"], response: healthResponse, errors: [503] },
  { method: "GET", path: "/api/openapi.json", summary: "This document", tags: ["system"] },
  {
    method: "PUT",
    path: "/api/admin/users/{id}/role",
    summary: "Grant a role (admins only)",
    tags: ["accounts"],
    body: roleBody,
    errors: [400, 401, 403, 404],
  },
];
