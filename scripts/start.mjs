#!/usr/bin/env node
// `npm start`: build when the build is missing or older than the sources, then serve.
// Migrations and the import of content/ run inside the server at start (instrumentation.ts).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");
const next = path.join("node_modules", "next", "dist", "bin", "next");

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

if (!existsSync("lib/db/generated/sqlite/client.ts") || !existsSync("lib/db/generated/postgres/client.ts")) {
  spawnSync(process.execPath, ["scripts/postinstall.mjs"], { stdio: "inherit" });
}

if (!dev) {
  const buildId = path.join(".next", "BUILD_ID");
  const sources = Math.max(
    ...["app", "components", "lib", "prisma"].map(newestMtime),
    ...["next.config.mjs", "package.json", "instrumentation.ts"].filter(existsSync).map((f) => statSync(f).mtimeMs),
  );
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < sources) {
    console.log("[factdeck] building (first start or sources changed)…");
    const started = Date.now();
    const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
    console.log(`[factdeck] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

console.log(`[factdeck] serving http://localhost:${port}`);
const child = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", port], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
