// Answer recall on SQuAD v1.1 dev (see ../shared/benchmarks/README.md):
//   npx tsx tests/bench/squad-eval.ts            the 7-article slice (tune on this one)
//   npx tsx tests/bench/squad-eval.ts --full     all 48 articles (41 held out: do not tune on them)
// Per paragraph, the paragraph becomes a tiny CleanArticle; recall is the share of distinct human
// answers that some generated question's answer (or accepted form, or cited span) matches after
// normalising case, punctuation, articles and number format. Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitSentences } from "../../lib/content/sentences";
import type { CleanArticle, QuestionDraft } from "../../lib/domain/types";
import { generateQuestions } from "../../lib/generate";

interface Squad {
  data: Array<{
    title: string;
    paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ text: string }> }> }>;
  }>;
}

const full = process.argv.includes("--full");
const file = fileURLToPath(
  new URL(`../../../shared/benchmarks/squad/${full ? "dev-full-48-articles.json" : "dev-slice-7-articles.json"}`, import.meta.url),
);
if (!existsSync(file)) {
  console.log(`SQuAD benchmark not found at ${file}: skipping.`);
  process.exit(0);
}
const squad = JSON.parse(readFileSync(file, "utf8")) as Squad;

/** SQuAD-style answer normalisation, plus "2,500" = "2500". */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\b(a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function answersOf(q: QuestionDraft): string[] {
  const span = q.source.sentence.slice(q.source.start, q.source.end);
  return q.type === "TRUE_FALSE" ? [span] : [q.answer, ...q.acceptedAnswers, span];
}

let paragraphs = 0;
let distinctAnswers = 0;
let matchedAnswers = 0;
let humanQuestions = 0;
let matchedQuestions = 0;
let generated = 0;
let ms = 0;
const perArticle: string[] = [];
for (const [articleIndex, entry] of squad.data.entries()) {
  let aAnswers = 0;
  let aMatched = 0;
  let aGenerated = 0;
  for (const [i, p] of entry.paragraphs.entries()) {
    const article: CleanArticle = {
      title: entry.title.replace(/_/g, " "),
      slug: `${entry.title}-${i}`,
      tags: [],
      body: p.context,
      paragraphs: [p.context],
      sentences: splitSentences([p.context]),
      checksum: `${articleIndex}-${i}`,
    };
    const t = performance.now();
    const { questions } = generateQuestions(article);
    ms += performance.now() - t;
    const ours = new Set(questions.flatMap(answersOf).map(norm).filter(Boolean));
    const human = new Set(p.qas.flatMap((q) => q.answers.map((a) => norm(a.text))).filter(Boolean));
    for (const h of human) if (ours.has(h)) aMatched++;
    aAnswers += human.size;
    for (const q of p.qas) {
      humanQuestions++;
      if (q.answers.some((a) => ours.has(norm(a.text)))) matchedQuestions++;
    }
    aGenerated += questions.length;
    paragraphs++;
  }
  distinctAnswers += aAnswers;
  matchedAnswers += aMatched;
  generated += aGenerated;
  perArticle.push(
    `  ${entry.title.padEnd(40)} recall ${((100 * aMatched) / Math.max(1, aAnswers)).toFixed(1).padStart(5)}%  ` +
      `questions/paragraph ${(aGenerated / entry.paragraphs.length).toFixed(1)}`,
  );
}

console.log(`SQuAD v1.1 dev ${full ? "full (48 articles)" : "slice (7 articles)"}: ${paragraphs} paragraphs, ${humanQuestions} human questions`);
console.log(perArticle.join("\n"));
console.log(`answer recall (distinct human answers matched): ${((100 * matchedAnswers) / distinctAnswers).toFixed(1)}%  (${matchedAnswers}/${distinctAnswers})`);
console.log(`question recall (human questions with any answer matched): ${((100 * matchedQuestions) / humanQuestions).toFixed(1)}%`);
console.log(`questions per paragraph: ${(generated / paragraphs).toFixed(1)}  (${generated} in all)`);
console.log(`generation time: ${(ms / paragraphs).toFixed(0)} ms per paragraph`);
