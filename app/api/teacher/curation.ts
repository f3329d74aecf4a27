// Shared by the curation routes: who may curate, and the article or question they name.
import { requireUser } from "@/lib/api/handler";
import { forbidden, notFound, unprocessable } from "@/lib/api/problem";
import { normalizeQuestion, questionIssues, type EditableQuestion } from "@/lib/api/schemas/teacher";
import { canTeach, mayCurateArticle } from "@/lib/domain/permissions";
import { findArticle, type StoredArticle } from "@/lib/db/articles";
import { findQuestionForCuration, type CurationTarget } from "@/lib/db/questions";
import type { AppUser } from "@/lib/db/users";

/** 401 without a session, 403 for learners and guests. */
export async function requireTeacher(request: Request): Promise<AppUser> {
  const user = await requireUser(request);
  if (!canTeach(user)) throw forbidden("Only teachers and admins curate questions.");
  return user;
}

/** The article when this teacher may curate it; another teacher's import is a 404, like a typo. */
export async function curatableArticle(slug: string, user: AppUser): Promise<StoredArticle> {
  const article = await findArticle(slug, user);
  if (!article || !mayCurateArticle(user, article)) throw notFound("article");
  return article;
}

export async function curatableQuestion(id: string, user: AppUser): Promise<CurationTarget> {
  const target = await findQuestionForCuration(id);
  if (!target || !mayCurateArticle(user, target.article)) throw notFound("question");
  return target;
}

/** Normalized content, or a 422 listing every field at fault. */
export function checkedContent(q: EditableQuestion): EditableQuestion {
  const normalized = normalizeQuestion(q);
  const issues = questionIssues(normalized);
  if (issues.length) throw unprocessable("The question cannot be saved as it is.", issues);
  return normalized;
}
