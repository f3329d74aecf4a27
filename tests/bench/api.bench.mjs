// API benchmark: the two hot write routes next to a bare route handler, in the same built server.
//
// Expects a bench build (`npm run bench:api` makes one in .next-bench: FACTDECK_BENCH=1 builds the
// bare route, which production builds leave out; honours NEXT_DIST_DIR). Starts `next start` on a free loopback
// port with a fresh SQLite database and the bundled articles, signs up one learner, starts enough
// PRACTICE attempts that every measured answer is a distinct (attempt, question) pair — a real
// graded write — adds the articles to the learner's deck, then runs autocannon against:
//   1. GET  /api/bench/ping                 bare route: no auth, no database
//   2. POST /api/bench/ping                 bare route reading a small JSON body (shown for scale)
//   3. POST /api/attempts/{id}/answers      distinct questions: session, grading, INSERT, feedback
//   4. POST /api/attempts/{id}/answers      the idempotent path: the same answer again
//   5. POST /api/review                     a rating with a fresh key: session, FSRS, log + card write
// The bare GET and the answer writes run in alternating rounds (BENCH_ROUNDS), so a busy moment
// of the machine hits both; it prints each round's ratio of (3) to (1) (goal ≥ 0.5) and their median.
//
// Options (env): BENCH_DURATION seconds per run (default 10), BENCH_CONNECTIONS (default 10),
// BENCH_ROUNDS (default 3), BENCH_CPU_PROFILE=<dir> writes the server's V8 CPU profile there.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { BENCH_ROUTE, builtAppRoutes } from "../../scripts/bench-build.mjs";
import { SERVER_NODE_FLAGS } from "../../scripts/server-node-flags.mjs";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SEED_SLUG = "iraq-us-forces-withdrawal";

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, child, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not become healthy in time");
}

function run(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections, duration, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const row = (name, r) => ({
  name,
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  total: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

export async function main() {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`No build in ${distDir}/. Run \`npm run bench:api\` (it builds one; the benchmark measures the built app).`);
    process.exit(1);
  }
  if (!builtAppRoutes(distDir)?.includes(BENCH_ROUTE)) {
    console.error(`The build in ${distDir}/ has no ${BENCH_ROUTE}: build it with FACTDECK_BENCH=1 (npm run bench:api does).`);
    process.exit(1);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-"));
  const content = path.join(dir, "content");
  mkdirSync(content);
  const bundled = path.join(root, "content", "articles");
  const articleFiles = readdirSync(bundled).filter((f) => f.endsWith(".md"));
  for (const f of articleFiles) copyFileSync(path.join(bundled, f), path.join(content, f));
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    FACTDECK_CONTENT_DIR: content,
    BETTER_AUTH_URL: base,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  };
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profile, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  try {
    console.log(`factdeck API benchmark — ${base} (loopback), SQLite, ${connections} connections, ${duration} s per run`);
    await waitForHealth(base, child);
    const headers = { "content-type": "application/json", origin: base };
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: "bench@example.com", password: "bench password 1", name: "Bench" }),
    });
    if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const authed = { ...headers, cookie };

    // Enough distinct (attempt, question) pairs that no measured answer repeats one.
    const pairs = [];
    const startAttempt = async () => {
      const res = await fetch(`${base}/api/attempts`, { method: "POST", headers: authed, body: JSON.stringify({ articleSlug: SEED_SLUG, mode: "PRACTICE" }) });
      if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
      const { id, questions } = await res.json();
      for (const q of questions) pairs.push({ path: `/api/attempts/${id}/answers`, body: JSON.stringify({ questionId: q.id, response: q.choices?.[0] ?? "Baghdad" }) });
      return questions.length;
    };
    const perAttempt = await startAttempt();
    // BENCH_ANSWERS lowers it on a busy machine, where preparing the default takes minutes.
    const wanted = Number(process.env.BENCH_ANSWERS ?? Math.max(20_000, duration * 2000 * (rounds + 1)));
    const attempts = Math.ceil(wanted / perAttempt);
    for (let i = 1; i < attempts; i += 20) await Promise.all(Array.from({ length: Math.min(20, attempts - i) }, startAttempt));
    console.log(`prepared ${pairs.length} distinct answers across ${attempts} attempts (${perAttempt} questions each)`);

    // Cards to rate: every bundled article in the learner's deck, rated in turn with fresh keys.
    for (const f of articleFiles) {
      const res = await fetch(`${base}/api/deck`, { method: "POST", headers: authed, body: JSON.stringify({ articleSlug: f.replace(/\.md$/, "") }) });
      if (!res.ok) throw new Error(`adding ${f} to the deck failed: ${res.status} ${await res.text()}`);
    }
    const raw = new Database(path.join(dir, "bench.db"), { readonly: true });
    const cardIds = raw.prepare(`SELECT id FROM "Card"`).all().map((r) => r.id);
    raw.close();
    console.log(`prepared ${cardIds.length} cards from ${articleFiles.length} articles\n`);

    // warm-up: compile/route caches, DB connection
    await run({ url: `${base}/api/bench/ping`, duration: 2 });
    const replay = pairs.pop();
    await fetch(`${base}${replay.path}`, { method: "POST", headers: authed, body: replay.body });
    await run({ url: base, duration: 2, requests: [{ method: "POST", path: replay.path, headers: authed, body: replay.body }] });

    /** An autocannon run of signed-in POSTs, each request's path and body made by `next()`. */
    const posts = (next) => run({ url: base, requests: [{ method: "POST", headers: authed, setupRequest: (req) => ({ ...req, ...next() }) }] });
    let used = 0;
    let exhausted = 0;
    const answerWrites = () =>
      posts(() => {
        const pair = pairs[used++];
        if (!pair) exhausted++;
        return pair ?? replay;
      });
    let rated = 0;
    const ratings = () =>
      posts(() => {
        const n = rated++;
        const body = { cardId: cardIds[n % cardIds.length], rating: (n % 4) + 1, key: `bench-rating-${n}`, durationMs: 4000 };
        return { path: "/api/review", body: JSON.stringify(body) };
      });

    const pings = [];
    const writes = [];
    for (let r = 0; r < rounds; r++) {
      pings.push(await run({ url: `${base}/api/bench/ping` }));
      writes.push(await answerWrites());
    }
    const pingPost = await run({ url: base, requests: [{ method: "POST", path: "/api/bench/ping", headers, body: replay.body }] });
    const idempotent = await run({ url: base, requests: [{ method: "POST", path: replay.path, headers: authed, body: replay.body }] });
    const rating = await ratings();

    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const pad = (x, n) => String(x).padEnd(n);
    const num = (x, n) => String(x).padStart(n);
    console.log(`${pad("route", 50)}${num("req/s", 9)}${num("p50 ms", 9)}${num("p99 ms", 9)}${num("requests", 10)}${num("non-2xx", 9)}${num("errors", 8)}`);
    const rows = [
      ...pings.map((p, r) => row(`bare route  GET /api/bench/ping        (round ${r + 1})`, p)),
      row("bare route  POST /api/bench/ping (JSON body)", pingPost),
      ...writes.map((w, r) => row(`answer      POST …/answers, new answer  (round ${r + 1})`, w)),
      row("answer      POST …/answers, the same answer again", idempotent),
      row("rating      POST /api/review, a fresh key each", rating),
    ];
    for (const r of rows) console.log(`${pad(r.name, 50)}${num(r.rps.toFixed(0), 9)}${num(r.p50, 9)}${num(r.p99, 9)}${num(r.total, 10)}${num(r.non2xx, 9)}${num(r.errors, 8)}`);

    const ratios = writes.map((w, r) => w.requests.average / pings[r].requests.average);
    const ratio = median(ratios);
    const bare = median(pings.map((p) => p.requests.average));
    console.log(`\nanswer (new answers) / bare route throughput, per round: ${ratios.map((x) => `${x.toFixed(2)}×`).join("  ")}`);
    console.log(`answer (new answers) / bare route throughput, median: ${ratio.toFixed(2)}× (goal ≥ 0.5×) — ${ratio >= 0.5 ? "met" : "NOT met"}`);
    console.log(`answer (same answer again) / bare route (median): ${(idempotent.requests.average / bare).toFixed(2)}×`);
    console.log(`rating (fresh keys) / bare route (median): ${(rating.requests.average / bare).toFixed(2)}×`);
    if (exhausted > 0) console.log(`note: ${exhausted} write requests ran out of distinct pairs and repeated an answer instead`);
    if ([...writes, idempotent, rating].some((r) => r.non2xx > 0 || r.errors > 0)) {
      console.error("some requests failed — the figures above are not trustworthy");
      for (const [name, r] of [["answers", writes.at(-1)], ["same answer", idempotent], ["ratings", rating]]) {
        if (r.non2xx > 0) console.error(`  ${name}: status codes ${JSON.stringify(r.statusCodeStats)}`);
      }
      console.error(log.split("\n").filter((l) => l.includes("failed")).slice(-5).join("\n"));
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error);
    console.error(log.split("\n").slice(-30).join("\n"));
    process.exitCode = 1;
  } finally {
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
