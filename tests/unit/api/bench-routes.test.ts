// Bench routes exist only in a bench build: their files carry the `.bench.ts` page extension, which
// next.config.mjs adds only when FACTDECK_BENCH=1. (The production-build check itself is a step of
// `npm test`: scripts/check-no-bench-routes.mjs reads the build's route manifest; tested below on
// hand-made manifests.)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/bench/ping/route.bench";
import { allRoutes, buildOpenApi } from "@/lib/api/openapi";
import { matchApiRoute } from "@/lib/api/route-table";

async function pageExtensions(bench: string | undefined): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv("FACTDECK_BENCH", bench ?? "");
  const file = path.resolve("next.config.mjs"); // a plain .mjs: imported by path, it has no types
  const config = ((await import(/* @vite-ignore */ file)) as { default: { pageExtensions: string[] } }).default;
  return config.pageExtensions;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe("bench routes", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are page files only with FACTDECK_BENCH=1", async () => {
    const plain = await pageExtensions(undefined);
    const bench = await pageExtensions("1");
    expect(plain).not.toContain("bench.ts");
    expect(bench).toContain("bench.ts");
    // Every other extension is the same, so the rest of the app builds identically.
    expect(bench.filter((e) => e !== "bench.ts")).toEqual(plain);
  });

  it("every file under app/api/bench uses the bench extension (a plain route.ts would ship)", () => {
    const all = files(path.resolve("app/api/bench"));
    expect(all.length).toBeGreaterThan(0);
    for (const file of all) expect(path.basename(file)).toMatch(/\.bench\.ts$/);
  });

  it("are neither in the OpenAPI document nor in the proxy's route table (which a production build uses)", () => {
    expect(allRoutes.filter((r) => r.path.startsWith("/api/bench"))).toEqual([]);
    const paths = Object.keys((buildOpenApi() as { paths: Record<string, unknown> }).paths);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => p.startsWith("/api/bench"))).toEqual([]);
    // unmatched, the proxy leaves the path to Next.js: a 404 in production, the handler in a bench build
    expect(matchApiRoute("/api/bench/ping")).toBeNull();
    expect(matchApiRoute("/api/health")).not.toBeNull();
  });

  it("answers a bad body with 400 problem+json, a good one with 200", async () => {
    const bad = await POST(new Request("http://x/api/bench/ping", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(((await bad.json()) as { status: number }).status).toBe(400);
    const good = await POST(new Request("http://x/api/bench/ping", { method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}' }));
    expect(await good.json()).toEqual({ ok: true, received: "object" });
    expect(await GET().json()).toEqual({ ok: true });
  });

  it("the production-build check fails on a build that serves /api/bench and passes on one that does not", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdeck-benchcheck-"));
    const check = (routes: string[]) => {
      mkdirSync(path.join(dir, "server"), { recursive: true });
      writeFileSync(path.join(dir, "BUILD_ID"), "x");
      writeFileSync(path.join(dir, "server", "app-paths-manifest.json"), JSON.stringify(Object.fromEntries(routes.map((r) => [r, "app/x.js"]))));
      return spawnSync(process.execPath, ["scripts/check-no-bench-routes.mjs"], { env: { ...process.env, NEXT_DIST_DIR: dir }, encoding: "utf8" });
    };
    try {
      expect(check(["/api/health/route", "/page"]).status).toBe(0);
      const bad = check(["/api/health/route", "/api/bench/ping/route"]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("/api/bench/ping/route");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
