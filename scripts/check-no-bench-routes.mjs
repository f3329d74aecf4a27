#!/usr/bin/env node
// `npm test` runs this after `next build`: a production build must not serve the bench-only
// routes (app/api/bench/…/route.bench.ts, built only with FACTDECK_BENCH=1). Reads the build's
// route manifest; exits 1 when a /api/bench route is in it or there is no build to read.
import { builtAppRoutes } from "./bench-build.mjs";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const routes = builtAppRoutes(distDir);
if (!routes) {
  console.error(`No build in ${distDir}/ to check.`);
  process.exit(1);
}
const bench = routes.filter((r) => r.startsWith("/api/bench"));
if (bench.length > 0) {
  console.error(`The build in ${distDir}/ serves bench-only routes: ${bench.join(", ")} (built with FACTDECK_BENCH=1?)`);
  process.exit(1);
}
console.log(`${routes.length} routes in ${distDir}/, none under /api/bench.`);
