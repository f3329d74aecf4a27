#!/usr/bin/env node
// `npm run bench:pages` (after `npx next build`): cold start of the built server on a fresh SQLite
// database (spawn → /api/health answers, which includes migrations and the content import), then
// the home and article pages in Chromium: JavaScript transferred on first load, and load time.
// Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const port = process.env.BENCH_PORT ?? "3290";
const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-pages-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-000",
};

const started = performance.now();
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { env, stdio: "ignore" });
let coldStartMs = null;
for (let i = 0; i < 600; i++) {
  try {
    const res = await fetch(`http://localhost:${port}/api/health`);
    if (res.ok) {
      coldStartMs = performance.now() - started;
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 100));
}
if (coldStartMs === null) {
  server.kill();
  console.error("server did not become healthy within 60 s");
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function measure(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t = performance.now();
  await page.goto(url, { waitUntil: "load" });
  const loadMs = performance.now() - t;
  const js = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"))
      .reduce((acc, e) => ({ transfer: acc.transfer + e.transferSize, decoded: acc.decoded + e.decodedBodySize, files: acc.files + 1 }), { transfer: 0, decoded: 0, files: 0 }),
  );
  await context.close();
  return { loadMs, ...js };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`cold start (spawn → healthy, incl. migrations + content import): ${(coldStartMs / 1000).toFixed(2)} s`);
for (const [name, url] of [
  ["home", `http://localhost:${port}/`],
  ["article", `http://localhost:${port}/articles/iraq-us-forces-withdrawal`],
]) {
  await measure(url); // warm the route once; the second load is what a visitor sees
  const m = await measure(url);
  console.log(`${name.padEnd(8)} first-load JS: ${kb(m.transfer)} transferred (${kb(m.decoded)} decoded) in ${m.files} files; load event ${m.loadMs.toFixed(0)} ms`);
}
await browser.close();
server.kill();
rmSync(dir, { recursive: true, force: true });
