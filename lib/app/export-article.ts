// Exporting an article file without the database (`factdeck export <article-file>`): the file is
// parsed and the questions the generator keeps, one per fact, become a set. Kept apart from lib/app/export.ts so
// this path never loads Prisma.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleFile } from "../content/parse.ts";
import type { CleanArticle } from "../domain/types.ts";
import type { ExportSet, SkippedQuestion } from "../export/types.ts";
import { generateQuestions } from "../generate/index.ts";
import { onePerFactWithSkips } from "../quiz/index.ts";

const BUNDLED_DIR = "content/articles";
const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

function bundledArticles(except: string): CleanArticle[] {
  if (!existsSync(BUNDLED_DIR)) return [];
  return readdirSync(BUNDLED_DIR)
    .filter((name) => ARTICLE_FILE.test(name))
    .map((name) => path.join(BUNDLED_DIR, name))
    .filter((file) => path.resolve(file) !== path.resolve(except))
    .flatMap((file) => {
      const parsed = parseArticleFile({ path: file, bytes: readFileSync(file) });
      return parsed.ok ? [parsed.article] : [];
    });
}

const shortPrompt = (prompt: string) => (prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt);

/**
 * An article file → a set of the questions the generator keeps (distractors drawn from the bundled
 * articles too), one per fact: the best-ranked item of each sibling group; the others are listed
 * as skipped, with the item they repeat. (A set export keeps what the teacher chose.)
 */
export function setFromArticleFile(file: string, now: Date): { set: ExportSet; skipped: SkippedQuestion[] } | { error: string } {
  const parsed = parseArticleFile({ path: file, bytes: readFileSync(file) });
  if (!parsed.ok) return { error: `${parsed.error.file}:${parsed.error.line}: error: ${parsed.error.message}` };
  const article = parsed.article;
  const generated = generateQuestions(article, { corpus: [article, ...bundledArticles(file)] });
  const { kept: questions, skipped: siblings } = onePerFactWithSkips(generated.questions.map((q) => ({ ...q, id: q.key })));
  return {
    skipped: siblings.map(({ question, keptSibling }) => ({
      key: question.key,
      prompt: question.prompt,
      reason: `asks the same fact as “${shortPrompt(keptSibling.prompt)}” (one item per fact)`,
    })),
    set: {
      slug: article.slug,
      title: article.title,
      exportedAt: now,
      questions: questions.map((q) => ({
        id: q.key,
        key: q.key,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        acceptedAnswers: q.acceptedAnswers,
        ...(q.choices ? { choices: q.choices } : {}),
        explanation: q.explanation,
        answerType: q.answerType,
        sourceSentence: q.source.sentence,
        articleTitle: article.title,
        tags: article.tags,
      })),
    },
  };
}
