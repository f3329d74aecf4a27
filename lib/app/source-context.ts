// The source sentence in its paragraph, for feedback and results. Article text only decorates
// feedback, so a short-lived per-instance copy is safe: an edited article shows its old paragraph
// for at most a minute. It keeps the article out of the answer route's database calls.
import { articleContext, contextOf, type ArticleContext, type SourceContext } from "../quiz/context.ts";
import type { Question } from "../domain/types.ts";
import { articleTexts } from "../db/quiz-sources.ts";

const ARTICLE_TEXT_TTL_MS = 60_000;
const ARTICLE_TEXT_MAX = 200;
// On globalThis: Next.js may bundle this module into several server chunks.
const shared = globalThis as unknown as { factdeckArticleText?: Map<string, { at: number; article: ArticleContext }> };
const articleCache = (shared.factdeckArticleText ??= new Map());

export async function articleContexts(ids: string[], nowMs = Date.now()): Promise<Map<string, ArticleContext>> {
  const out = new Map<string, ArticleContext>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = articleCache.get(id);
    if (hit && nowMs - hit.at < ARTICLE_TEXT_TTL_MS) out.set(id, hit.article);
    else missing.push(id);
  }
  if (missing.length) {
    for (const text of await articleTexts(missing)) {
      const article = articleContext(text);
      if (articleCache.size >= ARTICLE_TEXT_MAX) articleCache.delete(articleCache.keys().next().value!);
      articleCache.set(text.id, { at: nowMs, article });
      out.set(text.id, article);
    }
  }
  return out;
}

/** Source context for each question, by question id. */
export async function sourceContexts(questions: Question[]): Promise<Map<string, SourceContext>> {
  const byId = await articleContexts(questions.map((q) => q.articleId));
  return new Map(questions.map((q) => [q.id, contextOf(q, byId.get(q.articleId))]));
}
