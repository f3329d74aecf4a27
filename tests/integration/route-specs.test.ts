// Every route handler declares its contract (lib/api/schemas) on its wrapper; the OpenAPI document
// and the browser's typed client are built from those, so a handler without one is a gap in both.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/api/openapi";
import type { ApiRoute } from "@/lib/api/route-spec";
import { routeUrl } from "@/lib/client/api";

const API_DIR = path.resolve("app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** better-auth serves its own endpoints under this catch-all; they are not ours to describe. */
const NOT_OURS = new Set(["/api/auth/{...all}"]);

/**
 * Routes still on the bare wrapper, being moved over to declared specs. Each entry must really lack
 * a spec (the test below fails otherwise), so the list can only shrink; the goal is empty.
 */
const NOT_YET_DECLARED = new Set<string>([
]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

/** app/api/sets/[id]/route.ts → /api/sets/{id} */
const apiPathOf = (file: string) =>
  "/" + path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).map((seg) => seg.replace(/^\[(.+)\]$/, "{$1}")).join("/");

describe("route contracts", () => {
  const files = routeFiles(API_DIR);

  it("finds the route modules", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it("every exported handler declares a spec with its own method and path, and the OpenAPI document lists it", async () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, unknown>> };
    const missing: string[] = [];
    for (const file of files) {
      const apiPath = apiPathOf(file);
      if (NOT_OURS.has(apiPath)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS) {
        const fn = mod[method] as { spec?: ApiRoute } | undefined;
        if (!fn) continue;
        const key = `${method} ${apiPath}`;
        if (!fn.spec) {
          if (!NOT_YET_DECLARED.has(key)) missing.push(key);
          continue;
        }
        expect(NOT_YET_DECLARED.has(key), `${key} is declared now: take it off NOT_YET_DECLARED`).toBe(false);
        expect(`${fn.spec.method} ${fn.spec.path}`).toBe(key);
        expect(doc.paths[apiPath]?.[method.toLowerCase()], `${key} missing from the OpenAPI document`).toBeDefined();
      }
    }
    expect(missing, "handlers without a declared spec").toEqual([]);
  });

  it("the route table proxy.ts answers 405 from lists exactly the methods each route file exports", async () => {
    const { matchApiRoute } = await import("@/lib/api/route-table");
    for (const file of files) {
      const apiPath = apiPathOf(file);
      if (NOT_OURS.has(apiPath)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((m) => mod[m]).sort();
      const concrete = apiPath.replace(/\{(\w+)\}/g, "x-$1");
      const match = matchApiRoute(concrete);
      expect(match?.path, `${concrete} resolves to its own route`).toBe(apiPath);
      expect([...match!.methods].sort(), apiPath).toEqual(exported);
    }
  });

  it("the typed client fills path parameters and query strings", () => {
    expect(routeUrl({ path: "/api/sets/{id}/export" }, { id: "a b/c" }, { format: "gift", all: undefined })).toBe(
      "/api/sets/a%20b%2Fc/export?format=gift",
    );
    expect(() => routeUrl({ path: "/api/sets/{id}" }, {})).toThrow(/no value for \{id\}/);
  });
});
