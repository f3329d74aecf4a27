// Curating an article's questions: edit, approve/reject, write by hand, approve in bulk,
// regenerate. Each use case loads the article or question, applies mayCurateArticle on the next
// line (another teacher's import is "not found", like a typo), then writes through lib/db.
import { normalizeQuestion, questionIssues, type EditableQuestion } from "../domain/question-rules.ts";
import { mayCurateArticle } from "../domain/permissions.ts";
import type { ItemError } from "../domain/sets.ts";
import type { Question, QuestionStatus } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import { questionKey } from "../generate/index.ts";
import { findArticleBySlug, type StoredArticle } from "../db/articles.ts";
import * as questions from "../db/questions.ts";
import type { RegenerateSummary } from "../db/questions.ts";
import { regenerate } from "./import-article.ts";

/** An edit: any subset of the content, and optionally a status. */
export type QuestionPatch = Partial<EditableQuestion> & { status?: "DRAFT" | "APPROVED" | "REJECTED" };
/** A question written by hand, resting on an article sentence (or none: -1 / absent). */
export type NewQuestion = EditableQuestion & { sentenceIndex?: number; status: "DRAFT" | "APPROVED" };

export type CurationOutcome =
  | { kind: "ok"; question: Question }
  | { kind: "not-found" }
  | { kind: "invalid"; errors: ItemError[] }
  | { kind: "no-sentence"; errors: ItemError[] }
  | { kind: "duplicate" };

/** The article when this user may curate it; null otherwise. */
export async function curatableArticle(user: AppUser, slug: string): Promise<StoredArticle | null> {
  const article = await findArticleBySlug(slug);
  return article && mayCurateArticle(user, article) ? article : null;
}

async function curatableQuestion(user: AppUser, id: string): Promise<Question | null> {
  const target = await questions.findQuestionForCuration(id);
  return target && mayCurateArticle(user, target.article) ? target.question : null;
}

/** Normalized content, or every field at fault. */
function checked(q: EditableQuestion): { ok: true; content: EditableQuestion } | { ok: false; errors: ItemError[] } {
  const content = normalizeQuestion(q);
  const errors = questionIssues(content);
  return errors.length ? { ok: false, errors } : { ok: true, content };
}

/** Every question of an article already found curatable (the curation page), best first. */
export const curationQuestions = (article: StoredArticle): Promise<Question[]> => questions.questionsOfArticle(article.id);

export async function questionForCuration(user: AppUser, id: string): Promise<Question | null> {
  return curatableQuestion(user, id);
}

/** Edits any subset of the content (and the status); the result must still be a valid question. */
export async function editQuestion(user: AppUser, id: string, patch: QuestionPatch): Promise<CurationOutcome> {
  const question = await curatableQuestion(user, id);
  if (!question) return { kind: "not-found" };
  const result = checked({
    type: question.type,
    prompt: patch.prompt ?? question.prompt,
    answer: patch.answer ?? question.answer,
    acceptedAnswers: patch.acceptedAnswers ?? question.acceptedAnswers,
    choices: patch.choices === undefined ? question.choices : patch.choices,
    explanation: patch.explanation ?? question.explanation,
  });
  if (!result.ok) return { kind: "invalid", errors: result.errors };
  return { kind: "ok", question: await questions.updateQuestionContent(id, result.content, patch.status) };
}

/** Approve, reject, or back to draft. A status decision is not an edit: the content stays the
 * generator's and a regeneration may still refresh it. */
export async function setQuestionStatus(user: AppUser, id: string, status: QuestionStatus): Promise<Question | null> {
  if (!(await curatableQuestion(user, id))) return null;
  return questions.setQuestionStatus(id, status);
}

/** A question written by hand: same rules as an edit; regeneration never touches it. */
export async function writeQuestion(user: AppUser, slug: string, body: NewQuestion): Promise<CurationOutcome> {
  const article = await curatableArticle(user, slug);
  if (!article) return { kind: "not-found" };
  const result = checked(body);
  if (!result.ok) return { kind: "invalid", errors: result.errors };
  const { content } = result;
  const index = body.sentenceIndex ?? -1;
  const sentence = article.sentences.find((s) => s.index === index);
  if (index >= 0 && !sentence) {
    return { kind: "no-sentence", errors: [{ field: "sentenceIndex", message: `the article has sentences 0–${article.sentences.length - 1}` }] };
  }
  const key = questionKey(content.type, content.prompt, content.answer);
  const created = await questions.createAuthoredQuestion(article.id, user.id, { ...content, key, status: body.status }, {
    sentenceIndex: sentence ? sentence.index : -1,
    sentence: sentence?.text ?? "",
  });
  return created === "duplicate" ? { kind: "duplicate" } : { kind: "ok", question: created };
}

/** Bulk approval: every DRAFT question scoring at least minScore. Null when the article is not curatable. */
export async function approveDraftsAbove(user: AppUser, slug: string, minScore: number): Promise<number | null> {
  const article = await curatableArticle(user, slug);
  if (!article) return null;
  return questions.approveDraftsAbove(article.id, minScore);
}

/** Runs the generator again. New questions arrive as DRAFT for review; edited and hand-written
 * ones are kept; generated ones that vanished are RETIRED (never deleted: cards point at them). */
export async function regenerateArticle(user: AppUser, slug: string): Promise<RegenerateSummary | null> {
  const article = await curatableArticle(user, slug);
  if (!article) return null;
  const summaries = await regenerate([article.id], { approveAbove: null });
  return summaries.get(article.slug) ?? { created: 0, updated: 0, kept: 0, retired: 0 };
}
