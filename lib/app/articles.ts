// Reading articles: the home list, one article, its questions, and the teacher workspace. Each use
// case loads, then applies the rule from lib/domain/permissions in plain sight.
import { articleScope, canTeach, mayImportOwnArticle, mayReadArticle } from "../domain/permissions.ts";
import type { ArticleSummary, WorkspaceArticle } from "../domain/articles.ts";
import type { Question } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import { featuredArticleSlugs } from "../config.ts";
import * as articles from "../db/articles.ts";
import type { StoredArticle } from "../db/articles.ts";
import { countApprovedQuestions, questionsOfArticle, type RegenerateSummary } from "../db/questions.ts";
import type { ParseResult } from "../content/parse.ts";
import { importForLearner } from "./import-article.ts";

/** Articles the user may read: bundled, their own imports (admins: all); the featured ones
 * (FACTDECK_FEATURED_ARTICLES, default the seed) first, then newest first. */
export async function listArticles(user: AppUser | null): Promise<ArticleSummary[]> {
  const list = await articles.listArticles(articleScope(user));
  const featured = featuredArticleSlugs();
  const rank = (slug: string) => {
    const i = featured.indexOf(slug);
    return i === -1 ? featured.length : i;
  };
  return list.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a.slug) - rank(y.a.slug) || x.i - y.i).map(({ a }) => a);
}

/** One article, when the user may read it; null otherwise (another teacher's import reads as unknown). */
export async function readArticle(user: AppUser | null, slug: string): Promise<StoredArticle | null> {
  const article = await articles.findArticleBySlug(slug);
  return article && mayReadArticle(user, article) ? article : null;
}

/** One article with the number of approved questions it offers, when the user may read it. */
export async function readArticleDetail(user: AppUser | null, slug: string): Promise<{ article: StoredArticle; questionCount: number } | null> {
  const article = await readArticle(user, slug);
  return article ? { article, questionCount: await countApprovedQuestions(article.id) } : null;
}

/** A question as a learner may see it before answering: no answer, no provenance. */
export type LearnerQuestion = Pick<Question, "id" | "type" | "prompt" | "choices">;

/** An article's questions: all, with scores and status, for teachers; approved ones without their
 * answers for everyone else. Null when the user may not read the article. */
export async function articleQuestions(user: AppUser | null, slug: string): Promise<Question[] | LearnerQuestion[] | null> {
  const article = await readArticle(user, slug);
  if (!article) return null;
  if (canTeach(user)) return questionsOfArticle(article.id);
  const approved = await questionsOfArticle(article.id, { statuses: ["APPROVED"] });
  return approved.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, ...(q.choices ? { choices: q.choices } : {}) }));
}

/** The workspace list: own imports and bundled articles (admins: all), with counts by status. */
export const listWorkspace = (user: AppUser): Promise<WorkspaceArticle[]> => articles.listWorkspaceArticles(user.id, articleScope(user));

/** One workspace article by id, when the user may read it. */
export const workspaceArticle = (user: AppUser, id: string): Promise<WorkspaceArticle | null> =>
  articles.findWorkspaceArticle(id, user.id, articleScope(user));

export type OwnImportOutcome =
  | { kind: "ok"; article: { slug: string; title: string }; questions: RegenerateSummary; approved: number; duplicate: boolean }
  | { kind: "guest" };

/** A learner (or anyone signed up) brings their own text: a private article with questions ready to
 * quiz on. The teacher's import (importForTeacher) is unchanged. */
export async function importOwnArticle(user: AppUser, parsed: Extract<ParseResult, { ok: true }>): Promise<OwnImportOutcome> {
  if (!mayImportOwnArticle(user)) return { kind: "guest" };
  const outcome = await importForLearner(parsed, user.id);
  const detail = await readArticleDetail(user, outcome.slug);
  return {
    kind: "ok",
    article: { slug: outcome.slug, title: detail?.article.title ?? outcome.slug },
    questions: outcome.questions,
    approved: detail?.questionCount ?? 0,
    duplicate: outcome.duplicate,
  };
}

/** The articles a user brought themselves (their own imports), newest list order as the home page. */
export async function ownArticles(user: AppUser): Promise<ArticleSummary[]> {
  return (await listArticles(user)).filter((a) => a.origin === "IMPORTED" && a.ownerId === user.id);
}
