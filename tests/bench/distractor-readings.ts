// Share of multiple-choice items with three adequate distractors (issue 10, rubric item 6), by the
// hand readings in tests/fixtures/generate/distractor-readings/*.json:
//   node bin/factdeck.mjs generate content/articles --types mcq --json > /tmp/mcq.json
//   npx tsx tests/bench/distractor-readings.ts /tmp/mcq.json [--unread]
// An item counts as read when some reading has its article, prompt, answer and options (in any
// order); items nobody has read are counted apart and listed with --unread (read them, then add
// them to a readings file). The figure is a reading's, never the generator's own score.
// Prints figures; asserts nothing.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Reading {
  article: string;
  prompt: string;
  answer: string;
  options: string[];
  adequate: number;
}
interface Item {
  article: string;
  prompt: string;
  answer: string;
  choices: string[];
}

const dir = fileURLToPath(new URL("../fixtures/generate/distractor-readings/", import.meta.url));
const keyOf = (article: string, prompt: string, answer: string, options: string[]) => JSON.stringify([article, prompt, answer, [...options].sort()]);
const readings = new Map<string, Reading>();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const data = JSON.parse(readFileSync(dir + file, "utf8")) as Record<string, unknown>;
  for (const list of Object.values(data)) {
    if (!Array.isArray(list)) continue;
    // Later files and later lists win: a re-reading replaces an earlier one.
    for (const r of list as Reading[]) readings.set(keyOf(r.article, r.prompt, r.answer, r.options), r);
  }
}

const path = process.argv[2];
if (!path) throw new Error("usage: tsx tests/bench/distractor-readings.ts <mcq.json> [--unread]");
const items = (JSON.parse(readFileSync(path, "utf8")) as Item[]).filter((q) => q.choices?.length);
const byArticle = new Map<string, { n: number; ok: number; unread: number }>();
const unread: Item[] = [];
for (const q of items) {
  const row = byArticle.get(q.article) ?? { n: 0, ok: 0, unread: 0 };
  byArticle.set(q.article, row);
  row.n++;
  const r = readings.get(keyOf(q.article, q.prompt, q.answer, q.choices));
  if (!r) {
    row.unread++;
    unread.push(q);
  } else if (r.adequate === 3) row.ok++;
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log("MCQs with three adequate distractors, by hand reading (tests/fixtures/generate/distractor-readings)");
for (const [article, r] of [...byArticle].sort()) console.log(`  ${article.padEnd(38)} ${`${r.ok}/${r.n}`.padStart(7)} ${pct(r.ok, r.n).padStart(6)}${r.unread ? `  (${r.unread} unread)` : ""}`);
const ok = [...byArticle.values()].reduce((s, r) => s + r.ok, 0);
console.log(`  all: ${ok}/${items.length} = ${pct(ok, items.length)}; unread ${unread.length} (counted as not adequate)`);
if (process.argv.includes("--unread")) for (const q of unread) console.log(`  UNREAD ${q.article} | ${q.prompt} => ${q.answer} [${q.choices.join(" | ")}]`);
