#!/usr/bin/env node
// `npm run bench:api`: answer submission vs a bare route on the built app (see tests/bench/api.bench.mjs).
// The bare route is built only for benchmarks: this makes (or reuses) a bench build first.
import { ensureBenchBuild } from "./bench-build.mjs";

process.env.NEXT_DIST_DIR ||= ".next-bench";
ensureBenchBuild(process.env.NEXT_DIST_DIR);
const { main } = await import("../tests/bench/api.bench.mjs");
await main();
