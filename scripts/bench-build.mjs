// A build for benchmarks: FACTDECK_BENCH=1 adds the bench-only routes (app/api/bench/…/route.bench.ts,
// see next.config.mjs) that a production build leaves out. It goes to its own NEXT_DIST_DIR
// (default .next-bench) so the production build in .next is left as it is.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const BENCH_ROUTE = "/api/bench/ping/route";

/** The app routes a build serves (its app-paths manifest), or null when there is no build. */
export function builtAppRoutes(distDir) {
  const manifest = path.join(distDir, "server", "app-paths-manifest.json");
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(manifest)) return null;
  return Object.keys(JSON.parse(readFileSync(manifest, "utf8")));
}

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds into `distDir` with the bench routes unless a bench build newer than the sources is there. */
export function ensureBenchBuild(distDir) {
  const routes = builtAppRoutes(distDir);
  const sources = Math.max(
    ...["app", "components", "lib", "prisma"].map(newestMtime),
    ...["next.config.mjs", "package.json", "instrumentation.ts"].filter(existsSync).map((f) => statSync(f).mtimeMs),
  );
  if (routes?.includes(BENCH_ROUTE) && statSync(path.join(distDir, "BUILD_ID")).mtimeMs >= sources) return;
  console.log(`[bench] building with FACTDECK_BENCH=1 into ${distDir}/ …`);
  // next build adds <distDir>/types to tsconfig.json's include for a non-default distDir: put it back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, FACTDECK_BENCH: "1", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
