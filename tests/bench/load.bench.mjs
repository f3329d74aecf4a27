// Load benchmark: mixed learner traffic against the built app (`npm run bench:load`).
//
// For each database (SQLite; PostgreSQL too when LOAD_PG_URL or TEST_DATABASE_URL names a server)
// it starts `next start` on a fresh database with the bundled articles, signs up LOAD_CONNECTIONS
// virtual learners (each signs in once and keeps its session cookie) who add one article to their
// deck, then each learner loops, one request at a time (so LOAD_CONNECTIONS requests are in flight):
//   GET  /api/review/queue                       the review page's queue
//   POST /api/review                             rate one of its cards (a fresh key each time)
//   POST /api/attempts/{id}/answers              answer the next question of its quiz
//   POST /api/attempts/{id}/finish + POST /api/attempts   when the quiz is done: finish, start another
// It measures LOAD_DURATION seconds (default 60) and prints req/s, p50/p99 per request kind and
// overall, errors (non-2xx or failed requests), the load average and the server's RSS; then (unless
// LOAD_SOAK=0) keeps the same traffic for LOAD_SOAK seconds (default 300) and prints RSS at the
// soak's start and end (and every 30 s between). Options (env): LOAD_CONNECTIONS (20), LOAD_DURATION (60), LOAD_SOAK (300),
// LOAD_DB (sqlite | postgresql | both; default: both when a PostgreSQL URL is given),
// LOAD_CPU_PROFILE=<dir> writes the server's V8 CPU profile there, LOAD_PORT pins the server's port,
// LOAD_NODE_FLAGS adds Node flags to the server's (e.g. "--trace-gc"), LOAD_SERVER_LOG=<file> keeps its output.
// It also prints the server's CPU time per request, which a busy machine disturbs far less than
// latency (see request-cpu.bench.mjs).
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { SERVER_NODE_FLAGS } from "../../scripts/server-node-flags.mjs";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const connections = Number(process.env.LOAD_CONNECTIONS ?? 20);
const duration = Number(process.env.LOAD_DURATION ?? 60);
const soak = Number(process.env.LOAD_SOAK ?? 300);
const pgBase = process.env.LOAD_PG_URL ?? process.env.TEST_DATABASE_URL ?? "";
const kinds = (process.env.LOAD_DB ?? (pgBase.startsWith("postgres") ? "both" : "sqlite")) === "both" ? ["sqlite", "postgresql"] : [process.env.LOAD_DB ?? "sqlite"];
const SEED = "iraq-us-forces-withdrawal";

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

/** The server's resident set size in MB (Linux /proc). */
function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return NaN;
  }
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

class Stats {
  constructor() {
    this.byKind = new Map();
    this.errors = 0;
    this.errorSamples = [];
  }
  record(kind, ms, ok, detail) {
    if (!this.byKind.has(kind)) this.byKind.set(kind, []);
    this.byKind.get(kind).push(ms);
    if (!ok) {
      this.errors++;
      if (this.errorSamples.length < 5) this.errorSamples.push(`${kind}: ${detail}`);
    }
  }
  summary(seconds) {
    const rows = [];
    const all = [];
    for (const [kind, list] of this.byKind) {
      const sorted = [...list].sort((a, b) => a - b);
      all.push(...list);
      rows.push({ kind, requests: list.length, rps: list.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
    }
    all.sort((a, b) => a - b);
    return { rows, total: { requests: all.length, rps: all.length / seconds, p50: percentile(all, 50), p99: percentile(all, 99) }, errors: this.errors };
  }
}

/** The server's CPU time so far (user + system) in ms (Linux /proc). */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

export async function startServer(kind, dir) {
  // LOAD_PORT pins the server's port (a shared machine hands each user a range); default: any free one.
  const port = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : await freePort();
  const base = `http://127.0.0.1:${port}`;
  const content = path.join(dir, "content");
  mkdirSync(content);
  const bundled = path.join(root, "content", "articles");
  for (const f of readdirSync(bundled).filter((f) => f.endsWith(".md"))) copyFileSync(path.join(bundled, f), path.join(content, f));
  let url = `file:${path.join(dir, "load.db")}`;
  let dropDb = async () => {};
  if (kind === "postgresql") {
    const name = `factdeck_load_${Date.now().toString(36)}`;
    const u = new URL(pgBase);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = async () => {
      const admin = new URL(pgBase);
      admin.pathname = "/postgres";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  }
  const profile = process.env.LOAD_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.LOAD_CPU_PROFILE)}`] : [];
  const extraFlags = (process.env.LOAD_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraFlags, ...profile, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATABASE_URL: url,
      FACTDECK_CONTENT_DIR: content,
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: "load-bench-secret-load-bench-secret-0123",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const until = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log.slice(-2000)}`);
    if (Date.now() > until) throw new Error("server did not become healthy in time");
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (process.env.LOAD_SERVER_LOG) writeFileSync(process.env.LOAD_SERVER_LOG, log);
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.on("exit", r));
    }
    await dropDb();
  };
  return { base, child, stop, log: () => log };
}

/** One virtual learner: signs up (its one sign-in), adds the seed article, then loops. */
export async function makeLearner(base, n) {
  const headers = { "content-type": "application/json", origin: base };
  const res = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: `load-${n}-${Date.now()}@example.com`, password: "load bench pass 1", name: `Load ${n}` }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const authed = { ...headers, cookie };
  const deck = await fetch(`${base}/api/deck`, { method: "POST", headers: authed, body: JSON.stringify({ articleSlug: SEED }) });
  if (!deck.ok) throw new Error(`deck failed: ${deck.status} ${await deck.text()}`);
  return { n, authed, cards: [], next: 0, attempt: null, keys: 0 };
}

export async function timed(stats, kind, doFetch) {
  const started = performance.now();
  try {
    const res = await doFetch();
    const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
    const ok = res.status >= 200 && res.status < 300;
    stats?.record(kind, performance.now() - started, ok, `${res.status} ${ok ? "" : JSON.stringify(body).slice(0, 200)}`);
    return ok ? body : null;
  } catch (error) {
    stats?.record(kind, performance.now() - started, false, String(error));
    return null;
  }
}

async function learnerLoop(base, learner, getStats, stopAt) {
  const { authed } = learner;
  const post = (p, body) => () => fetch(`${base}${p}`, { method: "POST", headers: authed, body: JSON.stringify(body) });
  while (Date.now() < stopAt()) {
    const queue = await timed(getStats(), "queue", () => fetch(`${base}/api/review/queue`, { headers: authed }));
    for (const c of queue?.cards ?? []) if (!learner.cards.includes(c.id)) learner.cards.push(c.id);
    if (learner.cards.length) {
      const cardId = learner.cards[learner.next++ % learner.cards.length];
      await timed(getStats(), "rate", post("/api/review", { cardId, rating: 2 + (learner.keys % 3), key: `load-${learner.n}-${learner.keys++}-${Date.now()}`, durationMs: 3000 }));
    }
    if (!learner.attempt || learner.attempt.left.length === 0) {
      if (learner.attempt) await timed(getStats(), "finish", post(`/api/attempts/${learner.attempt.id}/finish`, {}));
      const started = await timed(getStats(), "start quiz", post("/api/attempts", { articleSlug: SEED, mode: "PRACTICE" }));
      learner.attempt = started ? { id: started.id, left: [...started.questions] } : null;
    }
    const q = learner.attempt?.left.shift();
    if (q) await timed(getStats(), "answer", post(`/api/attempts/${learner.attempt.id}/answers`, { questionId: q.id, response: q.choices?.[0] ?? "Baghdad" }));
  }
}

function printSummary(title, s) {
  const pad = (x, n) => String(x).padEnd(n);
  const num = (x, n) => String(x).padStart(n);
  console.log(`\n${title}`);
  console.log(`${pad("request", 14)}${num("requests", 10)}${num("req/s", 9)}${num("p50 ms", 9)}${num("p99 ms", 9)}`);
  for (const r of [...s.rows, { kind: "all", ...s.total }]) {
    console.log(`${pad(r.kind, 14)}${num(r.requests, 10)}${num(r.rps.toFixed(1), 9)}${num(r.p50.toFixed(1), 9)}${num(r.p99.toFixed(1), 9)}`);
  }
  console.log(`errors: ${s.errors}`);
}

async function runFor(kind) {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-load-"));
  const server = await startServer(kind, dir);
  try {
    console.log(`\n=== ${kind}: ${connections} learners (connections), ${duration} s measured${soak ? `, then a ${soak} s soak` : ""} — ${server.base}`);
    const learners = [];
    for (let i = 0; i < connections; i += 5) learners.push(...(await Promise.all(Array.from({ length: Math.min(5, connections - i) }, (_, j) => makeLearner(server.base, i + j)))));
    // warm-up: every route compiled and cached once, not measured
    let phase = { stats: null, until: Date.now() + 5_000 };
    const loops = learners.map((l) => learnerLoop(server.base, l, () => phase.stats, () => phase.until));
    await Promise.all(loops);

    const measured = new Stats();
    const load0 = loadavg()[0];
    const rssStart = rssMb(server.child.pid);
    const cpu0 = cpuMs(server.child.pid);
    const t0 = Date.now();
    phase = { stats: measured, until: t0 + duration * 1000 };
    await Promise.all(learners.map((l) => learnerLoop(server.base, l, () => phase.stats, () => phase.until)));
    const seconds = (Date.now() - t0) / 1000;
    const summary = measured.summary(seconds);
    printSummary(`${kind}: ${seconds.toFixed(0)} s at ${connections} connections (load average 1 min: ${load0.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end; server RSS ${rssStart} → ${rssMb(server.child.pid)} MB)`, summary);
    console.log(`server CPU: ${((cpuMs(server.child.pid) - cpu0) / summary.total.requests).toFixed(2)} ms per request (all kinds; less load-dependent than latency)`);
    if (measured.errorSamples.length) console.log(`error samples:\n  ${measured.errorSamples.join("\n  ")}`);

    let soakResult = null;
    if (soak > 0) {
      const soakStats = new Stats();
      const rss0 = rssMb(server.child.pid);
      const s0 = Date.now();
      phase = { stats: soakStats, until: s0 + soak * 1000 };
      // RSS every 30 s: a leak climbs to the end, a young generation or cache still filling levels off.
      const trace = [rss0];
      const sampler = setInterval(() => trace.push(rssMb(server.child.pid)), 30_000);
      await Promise.all(learners.map((l) => learnerLoop(server.base, l, () => phase.stats, () => phase.until)));
      clearInterval(sampler);
      const rss1 = rssMb(server.child.pid);
      trace.push(rss1);
      const ss = soakStats.summary((Date.now() - s0) / 1000);
      soakResult = { rss0, rss1, growth: (rss1 - rss0) / rss0, ...ss.total, errors: ss.errors };
      console.log(
        `${kind} soak ${soak} s: ${ss.total.requests} requests, ${ss.total.rps.toFixed(1)} req/s, p50 ${ss.total.p50.toFixed(1)} ms, p99 ${ss.total.p99.toFixed(1)} ms, errors ${ss.errors}; ` +
          `RSS ${rss0} MB at the start → ${rss1} MB at the end (${(100 * soakResult.growth).toFixed(1)}%), load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`,
      );
      console.log(`${kind} soak RSS every 30 s (MB): ${trace.join(" ")}`);
    }
    return { kind, summary, soak: soakResult };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main() {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`No build in ${distDir}/ (npm run bench:load makes one).`);
    process.exit(1);
  }
  const results = [];
  for (const kind of kinds) results.push(await runFor(kind));
  console.log("\nTargets: 0 errors; p99 ≤ 150 ms at 20 connections on SQLite; RSS growth ≤ 10% over the soak.");
  for (const r of results) {
    const p99ok = r.kind !== "sqlite" || connections !== 20 || r.summary.total.p99 <= 150;
    console.log(
      `  ${r.kind}: errors ${r.summary.errors}${r.soak ? ` (+${r.soak.errors} in the soak)` : ""}, p99 ${r.summary.total.p99.toFixed(1)} ms${r.kind === "sqlite" ? (p99ok ? " (met)" : " (NOT met)") : ""}` +
        (r.soak ? `, RSS growth ${(100 * r.soak.growth).toFixed(1)}% ${r.soak.growth <= 0.1 ? "(met)" : "(NOT met)"}` : ""),
    );
    if (r.summary.errors > 0 || (r.soak && r.soak.errors > 0)) process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
