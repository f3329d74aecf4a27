// Server CPU per request kind (`node tests/bench/request-cpu.bench.mjs`, after a build; honours
// NEXT_DIST_DIR, e.g. .next-bench). Latency on a shared machine mostly measures the other
// processes; the server's own CPU time (/proc utime + stime) per request does not, much. For each
// kind it runs CPU_CONNECTIONS learners (default 20) doing only that request for CPU_DURATION
// seconds (default 15) on one server (SQLite; CPU_DB=postgresql with TEST_DATABASE_URL for
// PostgreSQL) and prints CPU ms per request. CPU_PROFILE=<dir> writes the server's V8 CPU profile;
// CPU_KINDS=answer,finish measures only those kinds (in the order below).
//   queue    GET  /api/review/queue
//   rate     POST /api/review (a fresh key each; the learner's cards in turn)
//   answer   POST /api/attempts/{id}/answers (quizzes started before the measured run)
//   start    POST /api/attempts (a practice quiz on the seed article)
//   finish   POST /api/attempts/{id}/finish (the quizzes started before, answered in part or whole by
//            the answer run, then those the start run began)
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

process.env.LOAD_CPU_PROFILE ||= process.env.CPU_PROFILE ?? "";
if (process.env.CPU_DB === "postgresql") process.env.LOAD_PG_URL ||= process.env.TEST_DATABASE_URL ?? "";
const { cpuMs, makeLearner, startServer, timed } = await import("./load.bench.mjs");

const connections = Number(process.env.CPU_CONNECTIONS ?? 20);
const duration = Number(process.env.CPU_DURATION ?? 15);
const SEED = "iraq-us-forces-withdrawal";

async function prepare(base, learner) {
  const post = (p, body) => () => fetch(`${base}${p}`, { method: "POST", headers: learner.authed, body: JSON.stringify(body) });
  const queue = await timed(null, "queue", () => fetch(`${base}/api/review/queue`, { headers: learner.authed }));
  learner.cards = (queue?.cards ?? []).map((c) => c.id);
  learner.answers = [];
  learner.toFinish = [];
  for (let i = 0; i < 15; i++) {
    const started = await timed(null, "start", post("/api/attempts", { articleSlug: SEED, mode: "PRACTICE" }));
    if (started) learner.toFinish.push(started.id);
    for (const q of started?.questions ?? []) learner.answers.push({ path: `/api/attempts/${started.id}/answers`, body: { questionId: q.id, response: q.choices?.[0] ?? "Baghdad" } });
  }
}

const steps = {
  queue: (base, l) => () => fetch(`${base}/api/review/queue`, { headers: l.authed }),
  rate: (base, l) => {
    const cardId = l.cards[l.next++ % l.cards.length];
    const body = { cardId, rating: 2 + (l.keys % 3), key: `cpu-${l.n}-${l.keys++}-${Date.now()}`, durationMs: 3000 };
    return () => fetch(`${base}/api/review`, { method: "POST", headers: l.authed, body: JSON.stringify(body) });
  },
  answer: (base, l) => {
    const a = l.answers.shift();
    return a ? () => fetch(`${base}${a.path}`, { method: "POST", headers: l.authed, body: JSON.stringify(a.body) }) : null;
  },
  start: (base, l) => async () => {
    const res = await fetch(`${base}/api/attempts`, { method: "POST", headers: l.authed, body: JSON.stringify({ articleSlug: SEED, mode: "PRACTICE" }) });
    // Read here so the finish run can finish it; timed() reads the body from the clone.
    if (res.ok) l.toFinish.push((await res.clone().json()).id);
    return res;
  },
  finish: (base, l) => {
    const id = l.toFinish.shift();
    return id ? () => fetch(`${base}/api/attempts/${id}/finish`, { method: "POST", headers: l.authed, body: "{}" }) : null;
  },
};

async function measure(server, learners, kind, seconds) {
  let count = 0;
  let errors = 0;
  const stats = { record: (_k, _ms, ok) => (count++, ok || errors++) };
  const until = Date.now() + seconds * 1000;
  const cpu0 = cpuMs(server.child.pid);
  await Promise.all(
    learners.map(async (l) => {
      while (Date.now() < until) {
        const request = steps[kind](server.base, l);
        if (!request) return;
        await timed(stats, kind, request);
      }
    }),
  );
  return { count, errors, cpuPerRequest: (cpuMs(server.child.pid) - cpu0) / count };
}

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-cpu-"));
const server = await startServer(process.env.CPU_DB ?? "sqlite", dir);
try {
  const learners = [];
  for (let i = 0; i < connections; i += 5) learners.push(...(await Promise.all(Array.from({ length: Math.min(5, connections - i) }, (_, j) => makeLearner(server.base, i + j)))));
  await Promise.all(learners.map((l) => prepare(server.base, l)));
  console.log(`server CPU per request — ${connections} connections, ${duration} s per kind, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  for (const kind of (process.env.CPU_KINDS ?? "queue,rate,answer,start,finish").split(",")) {
    await measure(server, learners, kind, 2); // warm-up
    const from = process.hrtime.bigint() / 1000n;
    const r = await measure(server, learners, kind, duration);
    // The profile's clock is the same monotonic clock, in µs: its samples in this window are this kind's.
    if (process.env.LOAD_CPU_PROFILE) console.log(`profile window ${kind}: ${from} ${process.hrtime.bigint() / 1000n}`);
    console.log(`${kind.padEnd(8)} ${String(r.count).padStart(7)} requests  ${r.cpuPerRequest.toFixed(2).padStart(6)} ms CPU each  errors ${r.errors}`);
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
