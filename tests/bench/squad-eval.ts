// Answer recall on SQuAD v1.1 dev (see ../shared/benchmarks/README.md):
//   npm run eval:squad                the 7-article slice (tune on this one)
//   npm run eval:squad -- --full      the slice, then the 41 held-out articles (do not tune on them)
// Two settings, each printed for the slice and (with --full) for the held-out articles:
// - per paragraph, no cap: each paragraph becomes a tiny CleanArticle (no corpus) and
//   generateQuestions runs with max 10,000 — what the generator can find at all;
// - per article, default settings: the whole SQuAD article (its paragraphs joined by blank lines)
//   goes through the importer (parseArticleText, title = the SQuAD title) and
//   generateQuestions(article, { corpus }) with no other option, corpus = the 6 bundled articles
//   plus the article itself, as lib/app/import-article.ts passes it — what a user importing it gets.
// Recall is the share of distinct human answers of a paragraph that one of the generator's
// questions from that paragraph matches (its answer, an accepted form, or the cited span, after
// normalising case, punctuation, articles and "2,500" = "2500"), pooled over paragraphs. Also
// printed: questions per paragraph and the share of paragraphs with at least one question.
// Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import { parseArticleText } from "../../lib/content/parse";
import { splitSentences } from "../../lib/content/sentences";
import type { CleanArticle, QuestionDraft } from "../../lib/domain/types";
import { GENERATOR_VERSION, generateQuestions } from "../../lib/generate";
import { bundledArticles } from "../fixtures/generate/articles";
import { SQUAD_DIR } from "../fixtures/shared-dir";

interface SquadArticle {
  title: string;
  paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ text: string }> }> }>;
}
interface Squad {
  data: SquadArticle[];
}

const full = process.argv.includes("--full");
const dir = `${SQUAD_DIR}/`;
const sliceFile = `${dir}dev-slice-7-articles.json`;
const fullFile = `${dir}dev-full-48-articles.json`;
if (!existsSync(sliceFile) || (full && !existsSync(fullFile))) {
  console.log(`SQuAD benchmark not found in ${dir}: skipping.`);
  process.exit(0);
}
const slice = (JSON.parse(readFileSync(sliceFile, "utf8")) as Squad).data;
const sliceTitles = new Set(slice.map((a) => a.title));
const heldOut = full ? (JSON.parse(readFileSync(fullFile, "utf8")) as Squad).data.filter((a) => !sliceTitles.has(a.title)) : [];
const bundled = bundledArticles();

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

interface Tally {
  articles: number;
  paragraphs: number;
  paragraphsWithQuestion: number;
  distinct: number;
  matched: number;
  humanQuestions: number;
  matchedQuestions: number;
  generated: number;
  ms: number;
  lines: string[];
}
const tally = (): Tally => ({
  articles: 0, paragraphs: 0, paragraphsWithQuestion: 0, distinct: 0, matched: 0,
  humanQuestions: 0, matchedQuestions: 0, generated: 0, ms: 0, lines: [],
});

/** Scores one SQuAD article given the generated questions grouped by SQuAD paragraph. */
function score(t: Tally, entry: SquadArticle, byParagraph: QuestionDraft[][]): void {
  let aDistinct = 0;
  let aMatched = 0;
  let aGenerated = 0;
  for (const [i, p] of entry.paragraphs.entries()) {
    const questions = byParagraph[i] ?? [];
    const ours = new Set(questions.flatMap(answersOf).map(norm).filter(Boolean));
    const human = new Set(p.qas.flatMap((q) => q.answers.map((a) => norm(a.text))).filter(Boolean));
    for (const h of human) if (ours.has(h)) aMatched++;
    aDistinct += human.size;
    for (const q of p.qas) {
      t.humanQuestions++;
      if (q.answers.some((a) => ours.has(norm(a.text)))) t.matchedQuestions++;
    }
    if (questions.length > 0) t.paragraphsWithQuestion++;
    aGenerated += questions.length;
  }
  t.articles++;
  t.paragraphs += entry.paragraphs.length;
  t.distinct += aDistinct;
  t.matched += aMatched;
  t.generated += aGenerated;
  t.lines.push(
    `    ${entry.title.padEnd(40)} recall ${((100 * aMatched) / Math.max(1, aDistinct)).toFixed(1).padStart(5)}%  ` +
      `${aGenerated} questions, ${(aGenerated / entry.paragraphs.length).toFixed(1)}/paragraph`,
  );
}

function perParagraph(entries: SquadArticle[]): Tally {
  const t = tally();
  for (const [articleIndex, entry] of entries.entries()) {
    const byParagraph = entry.paragraphs.map((p, i) => {
      const article: CleanArticle = {
        title: entry.title.replace(/_/g, " "),
        slug: `${entry.title}-${i}`,
        tags: [],
        body: p.context,
        paragraphs: [p.context],
        sentences: splitSentences([p.context]),
        checksum: `${articleIndex}-${i}`,
      };
      const start = performance.now();
      const { questions } = generateQuestions(article, { max: 10_000 });
      t.ms += performance.now() - start;
      return questions;
    });
    score(t, entry, byParagraph);
  }
  return t;
}

let unmapped = 0;
function perArticle(entries: SquadArticle[]): Tally {
  const t = tally();
  for (const entry of entries) {
    const parsed = parseArticleText({ text: entry.paragraphs.map((p) => p.context).join("\n\n"), title: entry.title.replace(/_/g, " ") });
    if (!parsed.ok) throw new Error(`${entry.title}: ${parsed.error.message}`);
    const article = parsed.article;
    const start = performance.now();
    const { questions } = generateQuestions(article, { corpus: [...bundled, article] });
    t.ms += performance.now() - start;
    // Each question back to its SQuAD paragraph: by paragraph number when the importer kept them
    // one to one, else by the paragraph whose text holds the question's source sentence.
    const oneToOne = article.paragraphs.length === entry.paragraphs.length;
    const byParagraph: QuestionDraft[][] = entry.paragraphs.map(() => []);
    for (const q of questions) {
      let i = oneToOne ? article.sentences[q.source.sentenceIndex]?.paragraph ?? -1 : -1;
      if (i < 0) i = entry.paragraphs.findIndex((p) => p.context.includes(q.source.sentence));
      if (i < 0) unmapped++;
      else byParagraph[i].push(q);
    }
    score(t, entry, byParagraph);
  }
  return t;
}

function print(label: string, t: Tally, verbose: boolean): void {
  console.log(`  ${label}: ${t.articles} articles, ${t.paragraphs} paragraphs, ${t.humanQuestions} human questions`);
  if (verbose) console.log(t.lines.join("\n"));
  console.log(
    `    answer recall ${((100 * t.matched) / Math.max(1, t.distinct)).toFixed(1)}% (${t.matched}/${t.distinct} distinct human answers); ` +
      `question recall ${((100 * t.matchedQuestions) / Math.max(1, t.humanQuestions)).toFixed(1)}%; ` +
      `${(t.generated / t.paragraphs).toFixed(1)} questions/paragraph (${t.generated} in all); ` +
      `paragraphs with ≥ 1 question ${((100 * t.paragraphsWithQuestion) / t.paragraphs).toFixed(1)}%; ` +
      `${(t.ms / t.articles).toFixed(0)} ms per article`,
  );
}

// Warm-up (module load, compromise lexicon, JIT).
generateQuestions({ ...bundled[0], checksum: "warm-up" }, { corpus: bundled });
const verbose = process.argv.includes("--verbose");
console.log(`SQuAD v1.1 dev answer recall — generator ${GENERATOR_VERSION}${full ? "" : " (add --full for the 41 held-out articles)"}`);
console.log("\nper paragraph, no cap (each paragraph its own article, max 10,000, no corpus):");
print("slice (tuned on)", perParagraph(slice), verbose);
if (full) print("held out (41 articles)", perParagraph(heldOut), verbose);
console.log("\nper article, default settings (whole article imported, generateQuestions(article, { corpus })):");
print("slice (tuned on)", perArticle(slice), verbose);
if (full) print("held out (41 articles)", perArticle(heldOut), verbose);
if (unmapped) console.log(`  (${unmapped} questions could not be traced to a SQuAD paragraph and were not counted)`);
