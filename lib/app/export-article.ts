// Exporting an article file without the database (`factdeck export <article-file>`): the file is
// parsed and every question the generator keeps becomes a set. Kept apart from lib/app/export.ts so
// this path never loads Prisma.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleFile } from "../content/parse.ts";
import type { CleanArticle } from "../domain/types.ts";
import type { ExportSet } from "../export/types.ts";
import { generateQuestions } from "../generate/index.ts";

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

/** An article file → a set of every question the generator keeps (distractors drawn from the bundled articles too). */
export function setFromArticleFile(file: string, now: Date): { set: ExportSet } | { error: string } {
  const parsed = parseArticleFile({ path: file, bytes: readFileSync(file) });
  if (!parsed.ok) return { error: `${parsed.error.file}:${parsed.error.line}: error: ${parsed.error.message}` };
  const article = parsed.article;
  const { questions } = generateQuestions(article, { corpus: [article, ...bundledArticles(file)] });
  return {
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
