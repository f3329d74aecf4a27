// Every route handler declares its contract (lib/api/schemas) on its wrapper; the OpenAPI document
// and the browser's typed client are built from those, so a handler without one is a gap in both.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
// Next's matcher test helper reads AsyncLocalStorage from the global scope, as the server has it.
vi.hoisted(async () => {
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import("node:async_hooks")).AsyncLocalStorage;
});
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NOT_ALLOWED } from "@/lib/api/handler";
import { buildOpenApi } from "@/lib/api/openapi";
import { config as proxyConfig } from "@/proxy";
import type { ApiRoute } from "@/lib/api/route-spec";
import { routeUrl } from "@/lib/client/api";
import { ORIGIN } from "./helpers/http";

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
        const fn = mod[method] as { spec?: ApiRoute; [NOT_ALLOWED]?: true } | undefined;
        if (!fn || fn[NOT_ALLOWED]) continue;
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
      const exported = METHODS.filter((m) => mod[m] && !(mod[m] as { [NOT_ALLOWED]?: true })[NOT_ALLOWED]).sort();
      const concrete = apiPath.replace(/\{(\w+)\}/g, "x-$1");
      const match = matchApiRoute(concrete);
      expect(match?.path, `${concrete} resolves to its own route`).toBe(apiPath);
      expect([...match!.methods].sort(), apiPath).toEqual(exported);
    }
  });

  it("a route proxy.ts does not run on answers its 405s and OPTIONS itself, as the proxy would", async () => {
    const { allowHeader } = await import("@/lib/api/route-table");
    const skipped: string[] = [];
    for (const file of files) {
      const apiPath = apiPathOf(file);
      const concrete = apiPath.replace(/\{(\w+)\}/g, "x-$1");
      if (unstable_doesMiddlewareMatch({ config: proxyConfig, url: concrete })) {
        // A percent-encoded parameter always goes through the proxy (it answers a broken one with 400).
        continue;
      }
      skipped.push(apiPath);
      const mod = (await import(file)) as Record<string, (request: Request, ctx: unknown) => Promise<Response>>;
      const own = METHODS.filter((m) => mod[m] && !(mod[m] as unknown as { [NOT_ALLOWED]?: true })[NOT_ALLOWED]);
      const allow = allowHeader([...own]);
      for (const method of [...METHODS.filter((m) => !own.includes(m)), "OPTIONS"]) {
        expect(mod[method], `${method} ${apiPath} is answered`).toBeDefined();
        const response = await mod[method](new Request(`${ORIGIN}${concrete}`, { method, headers: { origin: ORIGIN } }), { params: Promise.resolve({}) });
        expect(response.status, `${method} ${apiPath}`).toBe(method === "OPTIONS" ? 204 : 405);
        expect(response.headers.get("allow")).toBe(allow);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        if (method !== "OPTIONS") expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
    }
    expect(skipped.sort()).toEqual(["/api/attempts", "/api/attempts/{id}/answers", "/api/attempts/{id}/finish", "/api/review", "/api/review/queue"]);
    // The bench-only bare route (bench builds only) is left out too, like the routes it is compared with.
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url: "/api/bench/ping" })).toBe(false);
    for (const encoded of ["/api/attempts/%ff%fe/answers", "/api/attempts/a%20b/finish"]) {
      expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url: encoded }), encoded).toBe(true);
    }
  });

  it("the typed client fills path parameters and query strings", () => {
    expect(routeUrl({ path: "/api/sets/{id}/export" }, { id: "a b/c" }, { format: "gift", all: undefined })).toBe(
      "/api/sets/a%20b%2Fc/export?format=gift",
    );
    expect(() => routeUrl({ path: "/api/sets/{id}" }, {})).toThrow(/no value for \{id\}/);
  });
});
