#!/usr/bin/env node
// `npm run bench:api`: answer submission vs a bare route on the built app (see tests/bench/api.bench.mjs).
import { main } from "../tests/bench/api.bench.mjs";

await main();
