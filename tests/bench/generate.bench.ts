// Generator speed over the bundled corpus ×20, next to the bare compromise parse of the same text:
//   npx tsx tests/bench/generate.bench.ts [--rounds N]
// "Bare parse" is what parsing alone costs: nlp(text) plus the calls the generator makes on it
// (term json with offsets) and, for reference, the people/places/organisations/dates lookups a
// compromise-only extractor would make. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import type { CleanArticle } from "../../lib/domain/types";
import { parseArticleFile } from "../../lib/content/parse";
import { analyzeArticle, generateQuestions } from "../../lib/generate";

nlp.plugin(datesPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20;
const dir = fileURLToPath(new URL("../../content/articles/", import.meta.url));
const articles: CleanArticle[] = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => {
    const r = parseArticleFile({ path: `${dir}${f}`, bytes: readFileSync(`${dir}${f}`) });
    if (!r.ok) throw new Error(`${r.error.file}:${r.error.line}: ${r.error.message}`);
    return r.article;
  });
const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
const texts = articles.map((a) => a.sentences.map((s) => s.text).join("\n\n"));

// Fresh article objects each round so nothing is served from the generator's per-article cache.
const copies = (round: number) => articles.map((a) => ({ ...a, checksum: `${a.checksum}-${round}` }));

// Warm up both paths (module load, compromise lexicon, JIT).
for (const a of copies(-1)) generateQuestions(a, { corpus: articles });
for (const t of texts) nlp(t).json({ offset: true, terms: { offset: true } });

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

let generateMs = 0;
let analyzeMs = 0;
let questions = 0;
let bareMs = 0;
let bareFullMs = 0;
for (let round = 0; round < ROUNDS; round++) {
  // Interleave the measurements so machine load affects both alike.
  bareMs += time(() => {
    for (const t of texts) nlp(t).json({ offset: true, terms: { offset: true } });
  });
  bareFullMs += time(() => {
    for (const [i, t] of texts.entries()) {
      const doc = nlp(t);
      doc.json({ offset: true, terms: { offset: true } });
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
      (doc as unknown as { dates(o: { today: string; timezone: string }): { json(): unknown } }).dates({ today: articles[i].published ?? "2024-01-01", timezone: "UTC" }).json();
    }
  });
  const batch = copies(round);
  analyzeMs += time(() => {
    for (const a of batch) analyzeArticle(a);
  });
  const fresh = copies(round + 1000);
  generateMs += time(() => {
    for (const a of fresh) questions += generateQuestions(a, { corpus: articles }).questions.length;
  });
}

const runs = ROUNDS * articles.length;
const perArticle = (ms: number) => (ms / runs).toFixed(1);
console.log(`corpus: ${articles.length} articles, ${sentences} sentences; ${ROUNDS} rounds (${runs} article runs)`);
console.log(`generateQuestions:        ${perArticle(generateMs)} ms/article, ${((questions / generateMs) * 1000).toFixed(0)} questions/s, ${(questions / runs).toFixed(1)} questions/article`);
console.log(`  of which fact analysis: ${perArticle(analyzeMs)} ms/article`);
console.log(`bare parse (nlp + terms): ${perArticle(bareMs)} ms/article`);
console.log(`bare parse + people/places/organizations/dates: ${perArticle(bareFullMs)} ms/article`);
console.log(`ratio generate / bare parse: ${(generateMs / bareMs).toFixed(2)}×   (goal ≤ 1.5×)`);
console.log(`ratio generate / bare parse with entity and date lookups: ${(generateMs / bareFullMs).toFixed(2)}×`);
