// `npm run bench:review` — how the review queue scales with deck size, and what a rating costs.
// Builds a temp SQLite database with two learners (1,000 and 100,000 cards, same mix of states),
// times reviewQueue() for each (it must page through the (userId, …, due) index with LIMIT, not
// load the deck), then times rateCard() against the bare scheduling function. Prints figures;
// asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-review-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const { migrate } = await import("../../lib/db/migrate.ts");
const { getDb, closeDb } = await import("../../lib/db/client.ts");
const { rateCard } = await import("../../lib/app/review.ts");
const { reviewQueue } = await import("../../lib/app/review-queue.ts");
const { DEFAULT_STUDY_SETTINGS, newCard, scheduleRating } = await import("../../lib/srs/index.ts");

const NOW = new Date("2026-06-10T10:00:00Z");
const DAY = 86_400_000;
const SIZES = [1_000, 100_000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/** A deterministic mix: 30% new, 0.3% learning, 0.2% relearning, 3% suspended, the rest review (due −30…+365 days). */
function cardFor(i: number) {
  const r = (Math.imul(i + 1, 2654435761) >>> 0) / 2 ** 32;
  const r2 = ((Math.imul(i + 7, 40503) >>> 0) % 1000) / 1000;
  if (r < 0.3) return { state: 0, due: new Date(NOW.getTime() - 200 * DAY + i * 1000), stability: 0, difficulty: 0, reps: 0, suspended: false };
  if (r < 0.303) return { state: 1, due: new Date(NOW.getTime() + (r2 - 0.5) * 3_600_000), stability: 1, difficulty: 5, reps: 1, suspended: false };
  if (r < 0.305) return { state: 3, due: new Date(NOW.getTime() + (r2 - 0.5) * 7_200_000), stability: 2, difficulty: 7, reps: 5, suspended: false };
  if (r < 0.335) return { state: 2, due: new Date(NOW.getTime() - 5 * DAY), stability: 10, difficulty: 9, reps: 9, suspended: true };
  return { state: 2, due: new Date(NOW.getTime() + (r2 * 395 - 30) * DAY), stability: 20, difficulty: 5, reps: 4, suspended: false };
}

// DateTime as the SQLite adapter stores it (ISO text with an explicit offset), so reads compare right.
const sqlTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Raw batched inserts in one transaction (the ORM's createMany is far too slow for 100k rows here). */
function seed(): Record<number, string> {
  const raw = new Database(path.join(dir, "bench.db"));
  raw.pragma("journal_mode = WAL");
  const now = sqlTime(NOW);
  const users: Record<number, string> = {};
  const insertUser = raw.prepare(
    `INSERT INTO "user" (id, name, email, emailVerified, createdAt, updatedAt, role, timeZone, dayStartHour) VALUES (?, ?, ?, 0, ?, ?, 'learner', 'Europe/Berlin', 4)`,
  );
  raw.prepare(`INSERT INTO "Article" (id, slug, title, body, checksum, createdAt, updatedAt) VALUES ('bench', 'bench', 'Bench', 'x', 'bench', ?, ?)`).run(now, now);
  const insertQuestion = raw.prepare(
    `INSERT INTO "Question" (id, key, articleId, type, prompt, answer, sentenceIndex, spanStart, spanEnd, sourceSentence, factKey, status, generatorVersion, createdAt, updatedAt)
     VALUES (?, ?, 'bench', 'CLOZE', ?, ?, 0, 0, 1, 'Sentence.', ?, 'APPROVED', 'bench', ?, ?)`,
  );
  const insertCard = raw.prepare(
    `INSERT INTO "Card" (id, userId, questionId, factKey, due, stability, difficulty, reps, state, suspended, scheduledDays, lastReview, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (const size of SIZES) {
      const userId = `bench-${size}`;
      users[size] = userId;
      insertUser.run(userId, `Bench ${size}`, `bench-${size}@example.com`, now, now);
      for (let i = 0; i < size; i++) {
        const qid = `q-${size}-${i}`;
        const fact = `f-${size}-${i}`;
        insertQuestion.run(qid, qid, `Prompt ${i} _____`, `A${i}`, fact, now, now);
        const c = cardFor(i);
        insertCard.run(
          `c-${size}-${i}`, userId, qid, fact, sqlTime(c.due), c.stability, c.difficulty, c.reps, c.state, c.suspended ? 1 : 0,
          c.state === 2 ? 10 : 0, c.state === 0 ? null : sqlTime(new Date(c.due.getTime() - 10 * DAY)), now, now,
        );
      }
    }
  })();
  raw.close();
  return users;
}

async function main() {
  await migrate(process.env.DATABASE_URL!);
  const t0 = performance.now();
  const users = seed();
  console.log(`seeded ${SIZES.join(" + ")} cards in ${((performance.now() - t0) / 1000).toFixed(1)} s (SQLite, ${dir})`);

  console.log("\nqueue latency — reviewQueue(user, now): counts + the next 5 cards with interval labels");
  const learners = SIZES.map((size) => ({ size, user: { id: users[size], timeZone: "Europe/Berlin", dayStartHour: 4 } }));
  // Warm both decks first, then alternate, so neither size pays for JIT warm-up or a busy moment alone.
  for (const { user } of learners) for (let i = 0; i < 20; i++) await reviewQueue(user, NOW);
  const times: Record<number, number[]> = Object.fromEntries(SIZES.map((size) => [size, []]));
  const counts: Record<number, { new: number; learning: number; review: number }> = {};
  for (let round = 0; round < 60; round++) {
    for (const { size, user } of learners) {
      const s = performance.now();
      counts[size] = (await reviewQueue(user, NOW)).counts;
      times[size].push(performance.now() - s);
    }
  }
  const medians: Record<number, number> = {};
  for (const size of SIZES) {
    medians[size] = median(times[size]);
    console.log(`  ${String(size).padStart(7)} cards: median ${medians[size].toFixed(2)} ms   p95 ${p95(times[size]).toFixed(2)} ms   counts ${JSON.stringify(counts[size])}`);
  }
  const ratio = medians[SIZES[1]] / medians[SIZES[0]];
  console.log(`  ratio 100k / 1k: ${ratio.toFixed(2)}×   (goal ≤ 1.5×)`);

  console.log("\nrating throughput");
  const N = 300;
  const card = newCard(NOW);
  let s = performance.now();
  for (let i = 0; i < N * 10; i++) scheduleRating(card, ((i % 4) + 1) as 1 | 2 | 3 | 4, NOW, DEFAULT_STUDY_SETTINGS, i);
  const bare = (N * 10) / ((performance.now() - s) / 1000);
  console.log(`  bare scheduleRating():           ${bare.toFixed(0).padStart(7)} ratings/s`);
  const user = { id: users[SIZES[1]], timeZone: "Europe/Berlin", dayStartHour: 4 };
  const targets = await getDb().card.findMany({ where: { userId: user.id, state: 0 }, take: N, select: { id: true } });
  s = performance.now();
  for (const [i, t] of targets.entries()) {
    const r = await rateCard(user, { cardId: t.id, rating: 3, key: `bench-key-${i}`, durationMs: 1000 }, new Date(NOW.getTime() + i * 1000));
    if (r.kind !== "ok") throw new Error(`rating failed: ${r.kind}`);
  }
  const db = N / ((performance.now() - s) / 1000);
  console.log(`  rateCard() (SQLite, 100k deck):  ${db.toFixed(0).padStart(7)} ratings/s   (${(bare / db).toFixed(0)}× the bare function)`);
  s = performance.now();
  for (const [i, t] of targets.entries()) await rateCard(user, { cardId: t.id, rating: 3, key: `bench-key-${i}`, durationMs: 1000 }, NOW);
  const retry = N / ((performance.now() - s) / 1000);
  console.log(`  retried keys (no-op replays):    ${retry.toFixed(0).padStart(7)} ratings/s`);
}

try {
  await main();
} finally {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
}
