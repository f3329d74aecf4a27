// Key-fact recall at default settings (issue 10, "Measure it"):
//   npm run eval:keyfacts                 per article + median/mean, bundled and new articles apart
//   npm run eval:keyfacts -- --verbose    also lists the missed facts of each article
//   npm run eval:keyfacts -- --dir <folder>   lists from another folder (a hidden set, same format;
//                                         `article` from the repository root or from that folder)
// Data: the hand-written lists in tests/fixtures/generate/key-facts/*.json (6 bundled articles in
// content/articles, ≥ 8 new ones in tests/fixtures/generate/key-facts/articles/).
// Settings: generateQuestions(article, { corpus }) with no other option, corpus = every stored
// article as lib/app/import-article.ts passes it — the 6 bundled articles, plus the article itself when it is a
// new one (a user importing it into a fresh install). A fact counts as asked when some question's
// answer or accepted answer equals one of the fact's forms (answer or variant) after normaliseAnswer
// (lib/domain/answer.ts). Also prints the share of wh-questions (SHORT_ANSWER, or MCQ whose prompt
// ends in "?" with no gap), the median stem length in words and the share of stems ≤ 120 characters.
// Prints figures; asserts nothing.
import { resolve } from "node:path";
import type { CleanArticle, QuestionDraft } from "../../lib/domain/types";
import { GENERATOR_VERSION, generateQuestions } from "../../lib/generate";
import { bundledArticles } from "../fixtures/generate/articles";
import {
  articleOfList,
  asksFact,
  factForms,
  isBundled,
  isWhQuestion,
  loadKeyFactLists,
  mean,
  median,
  stemWords,
  type KeyFact,
  type KeyFactList,
} from "../fixtures/generate/key-facts/key-facts";

const verbose = process.argv.includes("--verbose");
const dirArg = process.argv.indexOf("--dir");
const listDir = dirArg > 0 ? resolve(process.argv[dirArg + 1]) : undefined;
const bundled = bundledArticles();

interface Row {
  name: string;
  group: "bundled" | "new";
  listed: number;
  asked: number;
  questions: QuestionDraft[];
  missed: KeyFact[];
  ms: number;
}

function evaluate(list: KeyFactList): Row {
  const article = articleOfList(list);
  const corpus: CleanArticle[] = isBundled(list) ? bundled : [...bundled, article];
  const t = performance.now();
  const { questions } = generateQuestions(article, { corpus });
  const ms = performance.now() - t;
  const missed = list.facts.filter((f) => !questions.some((q) => asksFact(q, factForms(f))));
  return {
    name: list.file.replace(/\.json$/, ""),
    group: isBundled(list) ? "bundled" : "new",
    listed: list.facts.length,
    asked: list.facts.length - missed.length,
    questions,
    missed,
    ms,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (qs: QuestionDraft[]) => qs.filter((q) => q.prompt.length <= 120).length;
const wh = (qs: QuestionDraft[]) => qs.filter(isWhQuestion).length;

function line(r: Row): string {
  const q = r.questions;
  return (
    `  ${r.name.padEnd(38)} ${`${r.asked}/${r.listed}`.padStart(5)} ${pct(r.asked / r.listed).padStart(6)}` +
    `  q ${String(q.length).padStart(3)}  wh ${pct(wh(q) / Math.max(1, q.length)).padStart(6)}` +
    `  median stem ${String(median(q.map((x) => stemWords(x.prompt)))).padStart(4)} w` +
    `  ≤120 ch ${pct(short(q) / Math.max(1, q.length)).padStart(6)}  ${r.ms.toFixed(0).padStart(4)} ms`
  );
}

function summary(label: string, rows: Row[]): void {
  const recalls = rows.map((r) => r.asked / r.listed);
  const all = rows.flatMap((r) => r.questions);
  const asked = rows.reduce((n, r) => n + r.asked, 0);
  const listed = rows.reduce((n, r) => n + r.listed, 0);
  console.log(
    `  ${label}: key-fact recall median ${pct(median(recalls))}, mean ${pct(mean(recalls))} (pooled ${asked}/${listed}); ` +
      `${all.length} questions (median ${median(rows.map((r) => r.questions.length))} per article); ` +
      `wh-questions ${pct(wh(all) / Math.max(1, all.length))}; median stem ${median(all.map((q) => stemWords(q.prompt)))} words; ` +
      `stems ≤ 120 characters ${pct(short(all) / Math.max(1, all.length))}`,
  );
}

// Warm-up (module load, compromise lexicon, JIT) so the first article's time is not the library's start-up.
generateQuestions({ ...bundled[0], checksum: "warm-up" }, { corpus: bundled });
const lists = loadKeyFactLists(listDir);
const rows = lists.map(evaluate);
console.log(`Key-fact recall at default settings — generator ${GENERATOR_VERSION}; lists in ${listDir ?? "tests/fixtures/generate/key-facts/"}`);
console.log(`  columns: facts asked/listed, recall, questions generated, wh-question share, median stem words, stems ≤ 120 characters, generation time`);
for (const group of ["bundled", "new"] as const) {
  const part = rows.filter((r) => r.group === group);
  if (part.length === 0) continue;
  console.log(group === "bundled" ? "\nbundled articles (content/articles):" : "\nnew articles (not bundled):");
  for (const r of part) {
    console.log(line(r));
    if (verbose) for (const f of r.missed) console.log(`      missed [${f.kind}] ${f.question} → ${f.answer}`);
  }
  summary(group, part);
}
console.log("\noverall:");
summary(`all ${rows.length} articles`, rows);
const kinds = new Map<string, { asked: number; listed: number }>();
for (const [i, r] of rows.entries()) {
  for (const f of lists[i].facts) {
    const k = kinds.get(f.kind) ?? { asked: 0, listed: 0 };
    k.listed++;
    if (!r.missed.includes(f)) k.asked++;
    kinds.set(f.kind, k);
  }
}
console.log(
  "  recall by kind of fact: " +
    [...kinds.entries()]
      .sort((a, b) => b[1].listed - a[1].listed)
      .map(([k, v]) => `${k} ${v.asked}/${v.listed}`)
      .join(", "),
);
