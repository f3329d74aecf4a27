#!/usr/bin/env node
// `npm start`: build when there is no build or the sources are newer, then serve.
// Migrations and the import of content/ run inside the server at start (instrumentation.ts).
//
// Builds never touch a build that is being served: each goes to a fresh folder
// .next-builds/<id>/ (Next's distDir, through NEXT_DIST_DIR), and only when it succeeded does
// .next-builds/current (one line: the folder's name) switch to it, by an atomic rename. Each server
// serves the folder that was current when it started, so an instance already running keeps serving
// its own build while another `npm start` rebuilds. The three newest builds are kept.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");
const next = path.join("node_modules", "next", "dist", "bin", "next");
const BUILDS = ".next-builds";
const CURRENT = path.join(BUILDS, "current");
const KEEP = 3;

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

/** The build folder `current` names, when it holds a finished build. */
function currentBuild() {
  if (!existsSync(CURRENT)) return null;
  const dir = path.join(BUILDS, readFileSync(CURRENT, "utf8").trim());
  return existsSync(path.join(dir, "BUILD_ID")) ? dir : null;
}

function buildFresh() {
  const id = `${new Date().toISOString().replace(/[-:.]/g, "").replace("T", "-").slice(0, 15)}-${process.pid}`;
  const dir = path.join(BUILDS, id);
  mkdirSync(BUILDS, { recursive: true });
  console.log(`[factdeck] building into ${dir}/ (first start or sources changed)…`);
  const started = Date.now();
  // next build adds <distDir>/types to tsconfig.json's include for a non-default distDir: put it back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: dir } });
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    process.exit(build.status ?? 1);
  }
  // Switch: write the new name beside, then rename over `current` (atomic on one file system).
  const pending = `${CURRENT}.${process.pid}`;
  writeFileSync(pending, `${id}\n`);
  renameSync(pending, CURRENT);
  console.log(`[factdeck] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Old builds: keep the newest few (an instance started on one of them may still be serving it).
  const old = readdirSync(BUILDS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== id)
    .map((d) => d.name)
    .sort()
    .reverse()
    .slice(KEEP - 1);
  for (const name of old) rmSync(path.join(BUILDS, name), { recursive: true, force: true });
  return dir;
}

if (!existsSync("lib/db/generated/sqlite/client.ts") || !existsSync("lib/db/generated/postgres/client.ts")) {
  spawnSync(process.execPath, ["scripts/postinstall.mjs"], { stdio: "inherit" });
}

let distDir = process.env.NEXT_DIST_DIR;
if (!dev) {
  const sources = Math.max(
    ...["app", "components", "lib", "prisma"].map(newestMtime),
    ...["next.config.mjs", "package.json", "instrumentation.ts"].filter(existsSync).map((f) => statSync(f).mtimeMs),
  );
  distDir ||= currentBuild() ?? undefined;
  if (!distDir || !existsSync(path.join(distDir, "BUILD_ID")) || statSync(path.join(distDir, "BUILD_ID")).mtimeMs < sources) {
    distDir = buildFresh();
  }
}

console.log(`[factdeck] serving http://localhost:${port}${distDir ? ` from ${distDir}/` : ""}`);
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, next, dev ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: distDir ? { ...process.env, NEXT_DIST_DIR: distDir } : process.env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
