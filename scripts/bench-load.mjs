#!/usr/bin/env node
// `npm run bench:load`: mixed learner traffic on the built app (see tests/bench/load.bench.mjs).
// Uses the bench build (.next-bench, made or reused like `npm run bench:api`), or NEXT_DIST_DIR.
import { ensureBenchBuild } from "./bench-build.mjs";

process.env.NEXT_DIST_DIR ||= ".next-bench";
ensureBenchBuild(process.env.NEXT_DIST_DIR);
const { main } = await import("../tests/bench/load.bench.mjs");
await main();
