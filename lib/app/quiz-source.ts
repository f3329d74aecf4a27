// Where a quiz (or a deck) comes from: an article or a question set the user may see, with its
// APPROVED questions in the source's own order (article: best first; set: its positions).
import { mayReadArticle, mayTakeSet } from "../domain/permissions.ts";
import type { Question } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import { approvedSetQuestions, articleWithApprovedQuestions, findSetForQuiz, isAssignedToClassOf } from "../db/quiz-sources.ts";

export interface QuizSource {
  kind: "article" | "set";
  articleId: string | null;
  setId: string | null;
  title: string;
  slug: string | null;
  questions: Question[];
}

export type SourceRef = { articleSlug?: string; setId?: string };

/** The source, or null when it does not exist or the user may not see it (both read as 404). */
export async function findQuizSource(user: AppUser | null, ref: SourceRef): Promise<QuizSource | null> {
  if (ref.articleSlug !== undefined) {
    // One read for both: the article and its questions (a refused article's questions go unused).
    const found = await articleWithApprovedQuestions(ref.articleSlug);
    if (!found || !mayReadArticle(user, found.article)) return null;
    const { article, questions } = found;
    return { kind: "article", articleId: article.id, setId: null, title: article.title, slug: article.slug, questions };
  }
  if (ref.setId !== undefined && user) {
    const set = await findSetForQuiz(ref.setId);
    // Class membership is looked up only when it can matter (a CLASS set).
    const inClass = set?.visibility === "CLASS" && (await isAssignedToClassOf(user.id, set.id));
    if (!set || !mayTakeSet(user, set, inClass)) return null;
    const questions = await approvedSetQuestions(set.id);
    return { kind: "set", articleId: null, setId: set.id, title: set.title, slug: null, questions };
  }
  return null;
}

export { countByType } from "../quiz/context.ts";
