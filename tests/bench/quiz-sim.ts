// Sibling pairs in simulated quizzes (issue 10, rubric item 8 "one item per fact"):
//   npm run sim:quizzes                  1,000 quizzes of 10 questions per article
//   npm run sim:quizzes -- --quizzes N --count K --verbose   (verbose: one example pair per article)
// Data: the 6 bundled articles (content/articles) and the new key-fact articles
// (tests/fixtures/generate/key-facts/articles). Questions: generateQuestions(article, { corpus }) at
// default settings, corpus as lib/app/import-article.ts passes it (bundled articles, plus the article itself when
// it is a new one). The quiz pool is what the app offers: APPROVED questions — for a bundled article
// those with score ≥ BUNDLED_APPROVAL_THRESHOLD (lib/app/import-article.ts), for an imported one every question
// (as if the teacher approved all of them). Each quiz is drawn by the pure assembleAttempt
// (lib/quiz/attempt.ts) exactly as lib/db/attempts.ts calls it: { seed, count: 10, shuffle: true },
// no type filter; seeds come from the house PRNG seeded with 20261130, so runs are reproducible.
// A quiz has a sibling pair when two of its items share a factKey, or come from the same source
// sentence and one reveals the other's answer: the other's answer or an accepted answer occurs (as
// whole words, after normaliseAnswer) in this item's prompt, choices or explanation.
// Prints figures; asserts nothing.
import type { CleanArticle, Question, QuestionDraft } from "../../lib/domain/types";
import { normaliseAnswer } from "../../lib/domain/answer";
import { createRandom } from "../../lib/domain/random";
import { GENERATOR_VERSION, generateQuestions } from "../../lib/generate";
import { BUNDLED_APPROVAL_THRESHOLD } from "../../lib/app/import-article";
import { assembleAttempt } from "../../lib/quiz/attempt";
import { countFacts } from "../../lib/quiz/siblings";
import { bundledArticles } from "../fixtures/generate/articles";
import { newArticles } from "../fixtures/generate/key-facts/key-facts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const QUIZZES = arg("--quizzes", 1000);
const COUNT = arg("--count", 10);
const SEED = 20261130;
const verbose = process.argv.includes("--verbose");

/** A generated draft as a stored, approved question (id = its key, as stable as the key). */
function asQuestion(d: QuestionDraft, articleId: string): Question {
  return { ...d, id: d.key, articleId, status: "APPROVED", edited: false };
}

const padded = (s: string) => ` ${normaliseAnswer(s)} `;

/** Answers a learner must produce for `q` (none for true/false: "True" reveals nothing). */
function revealableAnswers(q: QuestionDraft): string[] {
  if (q.type === "TRUE_FALSE") return [];
  return [...new Set([q.answer, ...q.acceptedAnswers].map(normaliseAnswer).filter((a) => a.length > 0))];
}

/** Whether `shown`'s prompt, choices or explanation gives away `asked`'s answer. */
function reveals(shown: QuestionDraft, asked: QuestionDraft): boolean {
  const texts = [shown.prompt, shown.explanation, ...(shown.choices ?? [])].map(padded);
  return revealableAnswers(asked).some((a) => texts.some((t) => t.includes(` ${a} `)));
}

export type SiblingReason = "same factKey" | "same sentence, one reveals the other";

/** Why two items of one quiz are siblings, or null when they are not. */
export function siblingReason(a: QuestionDraft, b: QuestionDraft): SiblingReason | null {
  if (a.factKey === b.factKey) return "same factKey";
  if (a.source.sentenceIndex === b.source.sentenceIndex && (reveals(a, b) || reveals(b, a))) {
    return "same sentence, one reveals the other";
  }
  return null;
}

interface Row {
  name: string;
  group: "bundled" | "new";
  pool: number;
  generated: number;
  withPair: number;
  byFactKey: number;
  bySentence: number;
  pairsPerQuiz: number;
  siblingPairsInPool: number;
  drawable: number;
  mcqDrawable: number;
  example?: string;
}

function simulate(article: CleanArticle, group: "bundled" | "new", corpus: CleanArticle[]): Row {
  const { questions } = generateQuestions(article, { corpus });
  const approved = group === "bundled" ? questions.filter((q) => q.score >= BUNDLED_APPROVAL_THRESHOLD) : questions;
  const pool = approved.map((d) => asQuestion(d, article.slug));
  const byId = new Map(pool.map((q) => [q.id, q]));
  // Sibling relation over the pool, computed once.
  const sib = new Map<string, SiblingReason>();
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++) {
      const r = siblingReason(pool[i], pool[j]);
      if (r) sib.set(`${pool[i].id}|${pool[j].id}`, r).set(`${pool[j].id}|${pool[i].id}`, r);
    }
  const random = createRandom(SEED);
  let withPair = 0;
  let byFactKey = 0;
  let bySentence = 0;
  let pairs = 0;
  let example: string | undefined;
  for (let n = 0; n < QUIZZES; n++) {
    const seed = Math.floor(random() * 2 ** 31);
    const { questionIds } = assembleAttempt(pool, { seed, count: COUNT, shuffle: true });
    const reasons = new Set<SiblingReason>();
    for (let i = 0; i < questionIds.length; i++)
      for (let j = i + 1; j < questionIds.length; j++) {
        const r = sib.get(`${questionIds[i]}|${questionIds[j]}`);
        if (!r) continue;
        pairs++;
        reasons.add(r);
        if (!example) {
          const [a, b] = [byId.get(questionIds[i])!, byId.get(questionIds[j])!];
          example = `${r}:\n        ${a.type} "${a.prompt}" → ${a.answer}\n        ${b.type} "${b.prompt}" → ${b.answer}`;
        }
      }
    if (reasons.size) withPair++;
    if (reasons.has("same factKey")) byFactKey++;
    if (reasons.has("same sentence, one reveals the other")) bySentence++;
  }
  return {
    name: article.slug,
    group,
    pool: pool.length,
    generated: questions.length,
    withPair,
    byFactKey,
    bySentence,
    pairsPerQuiz: pairs / QUIZZES,
    siblingPairsInPool: sib.size / 2,
    drawable: countFacts(pool),
    mcqDrawable: countFacts(pool.filter((q) => q.type === "MCQ")),
    example,
  };
}

const pct = (x: number, of: number) => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;
const bundled = bundledArticles();
const rows: Row[] = [
  ...bundled.map((a) => simulate(a, "bundled", bundled)),
  ...newArticles().map((a) => simulate(a, "new", [...bundled, a])),
];

console.log(
  `Sibling pairs in simulated quizzes — generator ${GENERATOR_VERSION}; ${QUIZZES} quizzes of ${COUNT} per article, ` +
    `assembleAttempt({ seed, count: ${COUNT}, shuffle: true }), seeds from createRandom(${SEED})`,
);
console.log(`  columns: quizzes with a sibling pair (of which: same factKey / same sentence revealing), sibling pairs per quiz, pool (approved of generated), sibling pairs in the pool, questions one-per-fact can draw from the pool (of them MCQ)`);
for (const group of ["bundled", "new"] as const) {
  const part = rows.filter((r) => r.group === group);
  console.log(group === "bundled" ? "\nbundled articles (pool: score ≥ " + BUNDLED_APPROVAL_THRESHOLD + ")" : "\nnew articles (pool: every generated question)");
  for (const r of part) {
    console.log(
      `  ${r.name.padEnd(38)} ${String(r.withPair).padStart(5)}/${QUIZZES} ${pct(r.withPair, QUIZZES).padStart(6)}` +
        `  (factKey ${pct(r.byFactKey, QUIZZES).padStart(6)}, sentence ${pct(r.bySentence, QUIZZES).padStart(6)})` +
        `  ${r.pairsPerQuiz.toFixed(2)} pairs/quiz  pool ${r.pool}/${r.generated}  pool pairs ${r.siblingPairsInPool}  drawable ${r.drawable} (MCQ ${r.mcqDrawable})`,
    );
    if (verbose && r.example) console.log(`      e.g. ${r.example}`);
  }
  const sum = part.reduce((n, r) => n + r.withPair, 0);
  console.log(`  ${group}: ${sum}/${part.length * QUIZZES} quizzes with a sibling pair (${pct(sum, part.length * QUIZZES)})`);
}
const total = rows.reduce((n, r) => n + r.withPair, 0);
console.log(`\noverall: ${total}/${rows.length * QUIZZES} quizzes with a sibling pair (${pct(total, rows.length * QUIZZES)}) over ${rows.length} articles`);
