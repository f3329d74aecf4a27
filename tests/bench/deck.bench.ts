// `npm run bench:deck` — how the deck browser's list scales with deck size. Builds a temp SQLite
// database with two learners (1,000 and 100,000 cards, the same mix), then times listCards() — one
// page of 50, what GET /api/cards runs — for each, alternating, per sort and for a deep keyset page
// and a few filters. Prints medians and the 100k / 1k ratio; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-deck-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const { migrate } = await import("../../lib/db/migrate.ts");
const { closeDb } = await import("../../lib/db/client.ts");
const { listCards } = await import("../../lib/app/card-browser.ts");
const { cardListQuery } = await import("../../lib/api/schemas/deck.ts");

const NOW = new Date("2026-06-10T10:00:00Z");
const DAY = 86_400_000;
const SIZES = [1_000, 100_000];
const ROUNDS = 80;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sqlTime = (d: Date) => d.toISOString().replace("Z", "+00:00");
/** A well-mixed hash of (i, salt) in [0, 1): each salt draws independently (murmur3's finaliser). */
function unit(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** 30% new (added in batches, so many share a due date), 3% suspended, 1% flagged, 2% leeches, the rest studied. */
function cardFor(i: number) {
  const r = unit(i, 1);
  const studied = r >= 0.3;
  return {
    state: studied ? (r < 0.31 ? 1 : r < 0.32 ? 3 : 2) : 0,
    due: studied ? new Date(NOW.getTime() + (unit(i, 2) * 395 - 30) * DAY) : new Date(NOW.getTime() - 200 * DAY + Math.floor(i / 500) * DAY),
    stability: studied ? unit(i, 3) * 300 : 0,
    difficulty: studied ? 1 + unit(i, 4) * 9 : 0,
    lapses: studied ? Math.floor(unit(i, 5) ** 4 * 12) : 0,
    suspended: unit(i, 6) < 0.03,
    flag: unit(i, 7) < 0.01 ? 1 + Math.floor(unit(i, 8) * 7) : 0,
    leech: unit(i, 9) < 0.02,
  };
}

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
    `INSERT INTO "Card" (id, userId, questionId, factKey, due, stability, difficulty, lapses, reps, state, suspended, flag, leech, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (const size of SIZES) {
      const userId = `bench-${size}`;
      users[size] = userId;
      insertUser.run(userId, `Bench ${size}`, `bench-${size}@example.com`, now, now);
      for (let i = 0; i < size; i++) {
        const qid = `q-${size}-${i}`;
        insertQuestion.run(qid, qid, `What is thing number ${i}?`, `Answer ${i}`, `f-${size}-${i}`, now, now);
        const c = cardFor(i);
        insertCard.run(
          `c-${size}-${String(i).padStart(6, "0")}`, userId, qid, `f-${size}-${i}`, sqlTime(c.due), c.stability, c.difficulty, c.lapses,
          c.state ? 3 : 0, c.state, c.suspended ? 1 : 0, c.flag, c.leech ? 1 : 0, now, now,
        );
      }
    }
  })();
  raw.close();
  return users;
}

type Case = { name: string; query: Record<string, string>; deep?: boolean };
const CASES: Case[] = [
  { name: "default page (due ↑)", query: {} },
  { name: "difficulty ↓", query: { sort: "difficulty", order: "desc" } },
  { name: "stability ↑", query: { sort: "stability" } },
  { name: "lapses ↓", query: { sort: "lapses", order: "desc" } },
  { name: "page 11 (keyset, due ↑)", query: {}, deep: true },
  { name: "state=review", query: { state: "review" } },
  { name: "state=suspended (3%)", query: { state: "suspended" } },
  { name: "flag=3 (~0.14%)", query: { flag: "3" } },
  { name: "search 'number 12'", query: { q: "number 12" } },
];

async function main() {
  await migrate(process.env.DATABASE_URL!);
  const t0 = performance.now();
  const users = seed();
  console.log(`seeded ${SIZES.join(" + ")} cards in ${((performance.now() - t0) / 1000).toFixed(1)} s (SQLite, ${dir})`);

  // the cursor of page 11 (after 500 cards) for each learner, fetched once
  const deepCursor: Record<number, string> = {};
  for (const size of SIZES) {
    let cursor: string | undefined;
    for (let p = 0; p < 10; p++) {
      const out = await listCards({ id: users[size] }, cardListQuery.parse(cursor ? { cursor } : {}), NOW);
      if (out.kind !== "ok" || !out.page.nextCursor) throw new Error("paging failed");
      cursor = out.page.nextCursor;
    }
    deepCursor[size] = cursor!;
  }

  console.log("\nlistCards(user, query) — one page of 50 (GET /api/cards), median of", ROUNDS, "alternating rounds");
  const ratios: string[] = [];
  for (const c of CASES) {
    const times: Record<number, number[]> = Object.fromEntries(SIZES.map((s) => [s, []]));
    const shown: Record<number, number> = {};
    const run = async (size: number) => {
      const query = cardListQuery.parse({ ...c.query, ...(c.deep ? { cursor: deepCursor[size] } : {}) });
      const s = performance.now();
      const out = await listCards({ id: users[size] }, query, NOW);
      const ms = performance.now() - s;
      if (out.kind !== "ok") throw new Error(`${c.name}: ${out.kind}`);
      shown[size] = out.page.cards.length;
      return ms;
    };
    for (let i = 0; i < 5; i++) for (const size of SIZES) await run(size);
    for (let round = 0; round < ROUNDS; round++) for (const size of SIZES) times[size].push(await run(size));
    const [small, big] = SIZES.map((s) => median(times[s]));
    const ratio = big / small;
    ratios.push(`${c.name}: ${ratio.toFixed(2)}×`);
    console.log(
      `  ${c.name.padEnd(26)} 1k ${small.toFixed(2).padStart(6)} ms (${String(shown[SIZES[0]]).padStart(2)} rows)   100k ${big.toFixed(2).padStart(7)} ms (${String(shown[SIZES[1]]).padStart(2)} rows)   ratio ${ratio.toFixed(2)}×`,
    );
  }
  console.log(`\ngoal: the default page ≤ 1.5× (100k vs 1k) — ${ratios[0]}`);

  // What SQLite does for each sort's page, independent of machine load: an index read in order that
  // stops at the page ("TEMP B-TREE" would mean sorting every matching card first).
  console.log("\nquery plans (100k learner, the WHERE/ORDER BY that listCards sends)");
  const raw = new Database(path.join(dir, "bench.db"), { readonly: true });
  const plans: Array<[string, string]> = [
    ...(["due", "difficulty", "stability", "lapses"] as const).map((col): [string, string] => [`sort ${col}`, `WHERE userId = ? ORDER BY ${col}, id LIMIT 51`]),
    ["state=review", "WHERE userId = ? AND state = 2 ORDER BY due, id LIMIT 51"],
    ["flag=3", "WHERE userId = ? AND flag = 3 ORDER BY due, id LIMIT 51"],
  ];
  for (const [name, tail] of plans) {
    const plan = (raw.prepare(`EXPLAIN QUERY PLAN SELECT id FROM "Card" ${tail}`).all(users[SIZES[1]]) as { detail: string }[]).map((r) => r.detail).join("; ");
    console.log(`  ${name.padEnd(16)} ${plan}`);
  }
  raw.close();
}

try {
  await main();
} finally {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
}
