// The source sentence in its paragraph, for feedback and results. Article text only decorates
// feedback, so a short-lived per-instance copy is safe: an edited article shows its old paragraph
// for at most a minute. It keeps the article out of the answer route's database calls.
import { articleContext, contextOf, type ArticleContext, type SourceContext } from "../quiz/context.ts";
import type { Question } from "../domain/types.ts";
import { articleTexts } from "../db/quiz-sources.ts";

const ARTICLE_TEXT_TTL_MS = 60_000;
/** The cache's budget: approximate bytes of article text held (FACTDECK_ARTICLE_CACHE_MB, default 32). */
const articleTextBudget = () => Number(process.env.FACTDECK_ARTICLE_CACHE_MB ?? 32) * 1024 * 1024;
type Entry = { at: number; bytes: number; article: ArticleContext };
// On globalThis: Next.js may bundle this module into several server chunks.
const shared = globalThis as unknown as { factdeckArticleText?: { entries: Map<string, Entry>; bytes: number } };
const articleCache = (shared.factdeckArticleText ??= { entries: new Map(), bytes: 0 });

/** What an article's context costs in memory, roughly: its strings as UTF-16 plus per-object overhead. */
export function articleContextBytes(article: ArticleContext): number {
  let bytes = 2 * (article.slug.length + article.title.length) + 200;
  for (const p of article.paragraphs) bytes += 2 * p.length + 40;
  for (const s of article.sentences.values()) bytes += 2 * s.text.length + 120;
  return bytes;
}

function forget(id: string): void {
  const entry = articleCache.entries.get(id);
  if (!entry) return;
  articleCache.entries.delete(id);
  articleCache.bytes -= entry.bytes;
}

/** Bytes the article-text cache holds now (for tests and operators). */
export const articleCacheBytes = () => articleCache.bytes;

export async function articleContexts(ids: string[], nowMs = Date.now()): Promise<Map<string, ArticleContext>> {
  const out = new Map<string, ArticleContext>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = articleCache.entries.get(id);
    if (hit && nowMs - hit.at < ARTICLE_TEXT_TTL_MS) out.set(id, hit.article);
    else missing.push(id);
  }
  if (missing.length) {
    const budget = articleTextBudget();
    for (const text of await articleTexts(missing)) {
      const article = articleContext(text);
      out.set(text.id, article);
      forget(text.id);
      const bytes = articleContextBytes(article);
      if (bytes > budget) continue; // larger than the whole budget: served, not kept
      // Oldest first (a Map keeps insertion order) until the new one fits.
      while (articleCache.bytes + bytes > budget) forget(articleCache.entries.keys().next().value!);
      articleCache.entries.set(text.id, { at: nowMs, bytes, article });
      articleCache.bytes += bytes;
    }
  }
  return out;
}

/** Source context for each question, by question id. */
export async function sourceContexts(questions: Question[]): Promise<Map<string, SourceContext>> {
  const byId = await articleContexts(questions.map((q) => q.articleId));
  return new Map(questions.map((q) => [q.id, contextOf(q, byId.get(q.articleId))]));
}
