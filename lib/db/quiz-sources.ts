// Reads of articles and question sets that the learner side needs (where a quiz or a deck comes
// from, titles, the article text that decorates feedback). Kept apart from lib/db/{articles,sets}.ts,
// which the teacher side owns; no permission decisions here — the use case applies mayTakeSet.
import type { Question, Sentence } from "../domain/types.ts";
import { getDb } from "./client.ts";
import { toQuestion } from "./questions.ts";

export interface ArticleForQuiz {
  id: string;
  slug: string;
  title: string;
  origin: string;
  ownerId: string | null;
}

export async function findArticleForQuiz(slug: string): Promise<ArticleForQuiz | null> {
  return getDb().article.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, origin: true, ownerId: true } });
}

export interface SetForQuiz {
  id: string;
  title: string;
  ownerId: string;
  visibility: string;
}

export async function findSetForQuiz(setId: string): Promise<SetForQuiz | null> {
  return getDb().questionSet.findUnique({ where: { id: setId }, select: { id: true, title: true, ownerId: true, visibility: true } });
}

/** Whether the set is assigned to a class the user is a member of. */
export async function isAssignedToClassOf(userId: string, setId: string): Promise<boolean> {
  return (await getDb().classAssignment.count({ where: { setId, class: { members: { some: { userId } } } } })) > 0;
}

/** A set's APPROVED questions in its own order. */
export async function approvedSetQuestions(setId: string): Promise<Question[]> {
  const items = await getDb().questionSetItem.findMany({
    where: { setId, question: { status: "APPROVED" } },
    orderBy: { position: "asc" },
    include: { question: true },
  });
  return items.map((i) => toQuestion(i.question));
}

export interface ArticleText {
  id: string;
  slug: string;
  title: string;
  body: string;
  sentences: Sentence[];
}

export async function articleTexts(ids: string[]): Promise<ArticleText[]> {
  const rows = await getDb().article.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true, body: true, sentences: true } });
  return rows.map((row) => {
    let sentences: Sentence[] = [];
    try {
      sentences = JSON.parse(row.sentences) as Sentence[];
    } catch {
      sentences = [];
    }
    return { ...row, sentences };
  });
}

/** Slug and title of articles, title of sets, by id (for attempt lists and headers). */
export async function sourceTitles(
  articleIds: string[],
  setIds: string[],
): Promise<{ articles: Map<string, { slug: string; title: string }>; sets: Map<string, string> }> {
  const db = getDb();
  const [articles, sets] = await Promise.all([
    articleIds.length ? db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } }) : [],
    setIds.length ? db.questionSet.findMany({ where: { id: { in: setIds } }, select: { id: true, title: true } }) : [],
  ]);
  return {
    articles: new Map(articles.map((a) => [a.id, { slug: a.slug, title: a.title }])),
    sets: new Map(sets.map((s) => [s.id, s.title])),
  };
}
