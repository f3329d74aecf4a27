#!/usr/bin/env node
// `npm test`: lint, boundaries, types, schema drift, unit + integration (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set), then end-to-end in Chromium. Provisions Chromium (and xmllint for
// the QTI checks) with apt when run as root on a machine that lacks them; otherwise says how.
// `npm run test:e2e` (`--e2e-only`): only the end-to-end part — build, bench-route check, then
// Playwright (and the two-instance test when TEST_DATABASE_URL is PostgreSQL).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve("scripts/groupby-polyfill.cjs")}`.trim();
const skipE2e = process.argv.includes("--no-e2e") || process.env.FACTDECK_SKIP_E2E === "1";
const e2eOnly = process.argv.includes("--e2e-only");
const results = [];
let passed = 0;
let failed = 0;
/** What failed, a few lines each, printed under the summary: CI keeps only the tail of the output. */
const failures = [];
const firstLines = (text, n = 4) => String(text ?? "").replace(/\x1b\[[0-9;]*m/g, "").split("\n").filter((l, i, all) => l.trim() && !(/^\s*at /.test(l) && all.slice(0, i).some((k) => /^\s*at /.test(k)))).slice(0, n).map((l) => `      ${l.trim().slice(0, 200)}`);
const out = mkdtempSync(path.join(tmpdir(), "factdeck-test-"));

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTotalTestSuites && report.success === false && !report.numFailedTests ? 1 : 0);
  for (const file of report.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name ?? "");
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failedTests) failures.push([`${where} › ${t.fullName}`, ...firstLines(t.failureMessages?.[0])]);
    // A file that failed to load or whose hooks threw has no failed test to name.
    if (file.status === "failed" && failedTests.length === 0) failures.push([where, ...firstLines(file.message)]);
  }
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const bad = (t.results ?? []).filter((r) => r.status !== "passed" && r.status !== "skipped");
        if (bad.length === 0) continue;
        const error = bad[0].error ?? bad[0].errors?.[0];
        failures.push([`tests/e2e/${spec.file}:${spec.line} › ${spec.title} (${bad.map((r) => r.status).join(", ")})`, ...firstLines(error?.message, 6)]);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of JSON.parse(readFileSync(file, "utf8")).suites ?? []) walk(suite);
}

function which(bin) {
  return spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
}

function aptInstall(pkgs, why) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !which("apt-get")) {
    console.error(`\n${why} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${pkgs.join(" ")}`);
    return false;
  }
  console.log(`\n▶ installing ${pkgs.join(" ")} (${why}) with apt-get`);
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  return spawnSync("apt-get", ["install", "-y", "-qq", ...pkgs], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

const npx = (args, env) => step(args[0], process.execPath, [path.join("node_modules", ".bin", args[0]), ...args.slice(1)], env);

if (!e2eOnly) {
  if (!which("xmllint")) aptInstall(["libxml2-utils"], "xmllint (QTI export validation)");

  npx(["eslint", "."]);
  // Boundaries: no cycles, no forbidden imports; any violation fails the run.
  npx(["depcruise", "--config", ".dependency-cruiser.cjs", "--progress", "none", "app", "components", "lib", "bin"]);
  npx(["tsc", "--noEmit", "-p", "."]);
  step("schema twin", process.execPath, ["scripts/derive-postgres-schema.mjs", "--check"]);

  const unitJson = path.join(out, "vitest.json");
  npx(["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${unitJson}`]);
  countVitest(unitJson);

  if (process.env.TEST_DATABASE_URL) {
    const pgJson = path.join(out, "vitest-pg.json");
    npx(["vitest", "run", "tests/integration", "--reporter=default", "--reporter=json", `--outputFile=${pgJson}`], {
      FACTDECK_TEST_DB: "postgresql",
    });
    countVitest(pgJson);
  } else {
    console.log("\n(PostgreSQL suite not run: set TEST_DATABASE_URL=postgresql://… to run the db tests against PostgreSQL too)");
  }
}

if (!skipE2e || e2eOnly) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) aptInstall(["chromium"], "Chromium (end-to-end tests)");
  if (!existsSync(chromium)) {
    results.push({ name: "e2e", ok: false, seconds: 0 });
    failed++;
  } else if (step("build", process.execPath, ["node_modules/next/dist/bin/next", "build"], { FACTDECK_BENCH: "" })) {
    step("no bench routes in the build", process.execPath, ["scripts/check-no-bench-routes.mjs"]);
    // Two `next start` instances of this build on one fresh PostgreSQL database, and pages of one
    // during a database outage (skipped without PostgreSQL).
    if (process.env.TEST_DATABASE_URL?.startsWith("postgres")) {
      const multiJson = path.join(out, "vitest-multi.json");
      npx(["vitest", "run", "tests/integration/multi-instance.test.ts", "tests/integration/faults-db.test.ts", "--reporter=default", "--reporter=json", `--outputFile=${multiJson}`], {
        FACTDECK_MULTI_INSTANCE: "1",
        FACTDECK_TEST_DB: "postgresql",
      });
      countVitest(multiJson);
    }
    const pwJson = path.join(out, "playwright.json");
    step("playwright", process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    });
    countPlaywright(pwJson);
  }
}

rmSync(out, { recursive: true, force: true });
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
const stepFailures = results.filter((r) => !r.ok).length;
if (failures.length > 0) {
  console.log("\nFailed:");
  for (const lines of failures.slice(0, 12)) console.log(`  ${lines.join("\n")}`);
  if (failures.length > 12) console.log(`  … and ${failures.length - 12} more (above)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
