// Two built app instances (`next start`) started at the same moment on one PostgreSQL database that
// does not exist yet → both become healthy; then one learner's concurrent ratings and answers,
// sent through both → no 5xx, nothing lost (the card is the replay of its logs), nothing doubled.
//
// Needs a build (`npx next build`; honours NEXT_DIST_DIR) and PostgreSQL: `npm test` runs it after
// its build step with FACTDECK_MULTI_INSTANCE=1 when TEST_DATABASE_URL is set. Ports: E2E_PORT+1
// and +2 (default 3201, 3202), or MULTI_INSTANCE_PORT and the one above.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { cardSeed } from "@/lib/domain/card";
import { toCardSchedule } from "@/lib/db/cards";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/domain/study-settings";
import { newCard, replayLogs } from "@/lib/srs";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const enabled = process.env.FACTDECK_MULTI_INSTANCE === "1" && (process.env.TEST_DATABASE_URL ?? "").startsWith("postgres");
const firstPort = Number(process.env.MULTI_INSTANCE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1);
const ports = [firstPort, firstPort + 1];
const bases = ports.map((p) => `http://127.0.0.1:${p}`);
const dbName = `factdeck_multi_${Date.now().toString(36)}`;
const SEED = "iraq-us-forces-withdrawal";

let servers: ChildProcess[] = [];
const logs: string[] = ["", ""];
let url = "";
let db: Db;

async function dropDatabase() {
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await client.end();
}

async function healthy(i: number, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (servers[i].exitCode !== null) throw new Error(`instance ${i} exited with ${servers[i].exitCode}:\n${logs[i].slice(-3000)}`);
    try {
      const res = await fetch(`${bases[i]}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance ${i} not healthy in time:\n${logs[i].slice(-3000)}`);
}

beforeAll(async () => {
  if (!enabled) return;
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}/: run \`npx next build\` first`);
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${dbName}`;
  url = u.toString();
  servers = ports.map((port, i) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        DATABASE_URL: url,
        FACTDECK_CONTENT_DIR: path.join(process.cwd(), "content", "articles"),
        BETTER_AUTH_URL: bases[0],
        FACTDECK_TRUSTED_ORIGINS: bases.join(","),
        BETTER_AUTH_SECRET: "multi-instance-secret-multi-instance-secret",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => (logs[i] += d));
    child.stderr!.on("data", (d) => (logs[i] += d));
    return child;
  });
}, 60_000);

afterAll(async () => {
  if (!enabled) return;
  for (const s of servers) if (s.exitCode === null) s.kill("SIGTERM");
  await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((r) => s.on("exit", r)) : null)));
  await db?.$disconnect();
  await dropDatabase();
}, 60_000);

describe.runIf(enabled)("two instances on one fresh PostgreSQL database", () => {
  it("both start healthy, at once", async () => {
    await Promise.all([healthy(0), healthy(1)]);
    for (const base of bases) {
      const health = await (await fetch(`${base}/api/health`)).json();
      expect(health).toMatchObject({ status: "ok", database: "postgresql", migrations: { pending: 0 } });
    }
    db = createDb(url);
    const articles = await db.article.findMany({ select: { slug: true, _count: { select: { questions: true } } } });
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((a) => a._count.questions === 0)).toEqual([]);
  }, 300_000);

  it("serves one learner's concurrent ratings and answers through both: no 5xx, nothing lost or doubled", async () => {
    const headers = { "content-type": "application/json", origin: bases[0] };
    const signUp = await fetch(`${bases[0]}/api/auth/sign-up/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: `multi-${Date.now()}@example.com`, password: "multi instance 1", name: "Multi" }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(200);
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const authed = { ...headers, cookie };
    const post = (i: number, p: string, body: unknown) => fetch(`${bases[i % 2]}${p}`, { method: "POST", headers: authed, body: JSON.stringify(body) });

    expect((await post(1, "/api/deck", { articleSlug: SEED })).status).toBeLessThan(300);
    const queue = await (await fetch(`${bases[1]}/api/review/queue`, { headers: authed })).json();
    const cardId: string = queue.cards[0].id;

    // 30 ratings of one card, alternating instances; every key is also sent a second time
    // through the other instance (a client retry that crossed a load balancer).
    const keys = Array.from({ length: 30 }, (_, i) => `multi-${i}-${Date.now().toString(36)}`);
    const ratingCalls = keys.flatMap((key, i) => [0, 1].map((twin) => () => post(i + twin, "/api/review", { cardId, rating: (i % 4) + 1, key, durationMs: 800 })));
    // and a quiz attempt's answers, each question answered through both instances at once
    const attempt = await (await post(0, "/api/attempts", { articleSlug: SEED, mode: "PRACTICE" })).json();
    const answerCalls = (attempt.questions as { id: string; choices?: string[] }[]).flatMap((q) =>
      [0, 1].map((i) => () => post(i, `/api/attempts/${attempt.id}/answers`, { questionId: q.id, response: q.choices?.[0] ?? "x" })),
    );
    const responses = await Promise.all([...ratingCalls, ...answerCalls].map((call) => call()));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500), `${JSON.stringify(statuses)}\n${logs.join("\n").slice(-3000)}`).toEqual([]);
    // a rating answers 200 (or 409 for a real conflict); answers 200/201
    expect(statuses.filter((s) => s !== 200 && s !== 201 && s !== 409)).toEqual([]);

    const stored = await db.reviewLog.findMany({ where: { cardId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    const applied = new Set(stored.map((l) => l.clientKey));
    expect(stored).toHaveLength(applied.size); // no key twice
    const ratingResponses = await Promise.all(responses.slice(0, ratingCalls.length).map((r) => (r.status === 200 ? r.json() : null)));
    const okKeys = new Set(keys.filter((_, i) => ratingResponses[2 * i] || ratingResponses[2 * i + 1]));
    expect([...applied].sort()).toEqual([...okKeys].sort()); // every answered rating is stored
    const card = await db.card.findUniqueOrThrow({ where: { id: cardId } });
    expect(card.reps).toBe(stored.length);
    const replayed = replayLogs(newCard(card.createdAt), stored.map((l) => ({ ...l, rating: l.rating as 1, state: l.state as 0 })), { ...DEFAULT_STUDY_SETTINGS }, cardSeed(cardId));
    expect(replayed).toEqual(toCardSchedule(card));

    const answers = await db.attemptAnswer.findMany({ where: { attemptId: attempt.id } });
    expect(answers).toHaveLength(attempt.questions.length);
  }, 300_000);
});
