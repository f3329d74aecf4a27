// What proxy.ts costs each request in-process (headers, nonce, route-table lookup, NextResponse), per
// kind of path. Run: npx tsx tests/bench/proxy.bench.ts. Prints figures; asserts nothing.
import { NextRequest } from "next/server";
import { proxy } from "../../proxy";

const N = Number(process.env.BENCH_N ?? 20_000);
const cases: [string, string][] = [
  ["page", "/articles/the-nile-river-basin"],
  ["API (hot path)", "/api/attempts/abc/answers"],
  ["API (405)", "/api/health"],
  ["static file", "/_next/static/chunks/a.js"],
];
for (const [label, path] of cases) {
  const url = new URL(path, "http://localhost:3000");
  const method = label === "API (405)" ? "DELETE" : "POST";
  const make = () => new NextRequest(url, { method });
  for (let i = 0; i < 2000; i++) proxy(make());
  let t = performance.now();
  for (let i = 0; i < N; i++) make();
  const bare = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < N; i++) proxy(make());
  const total = performance.now() - t;
  console.log(`${label.padEnd(16)} ${(((total - bare) * 1000) / N).toFixed(1)} µs per request (NextRequest construction excluded)`);
}
