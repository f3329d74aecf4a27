// Reads of articles and question sets that the learner side needs (where a quiz or a deck comes
// from, titles, the article text that decorates feedback). Kept apart from lib/db/{articles,sets}.ts,
// which the teacher side owns; no permission decisions here — the use case applies mayTakeSet.
import type { Question, Sentence } from "../domain/types.ts";
import { getDb, queryRows } from "./client.ts";
import { toQuestion } from "./questions.ts";
import { toBool, toDate, toNumber } from "./raw-values.ts";

export interface ArticleForQuiz {
  id: string;
  slug: string;
  title: string;
  origin: string;
  ownerId: string | null;
}

// ---------- the quiz's hot reads, straight on the connection (lib/db/client.ts queryRows) ----------
// Starting and finishing a quiz read an article's questions or an attempt's: through the ORM each
// read cost more in query planning and row mapping than the indexed lookup itself.

/** A question's columns under the alias q (explicit, so a join's own columns never clash). */
export const QUESTION_COLUMNS = [
  "id", "articleId", "key", "type", "prompt", "answer", "acceptedAnswers", "choices", "explanation", "sentenceIndex", "spanStart",
  "spanEnd", "sourceSentence", "answerType", "factKey", "difficulty", "score", "status", "generatorVersion", "edited", "updatedAt",
]
  .map((c) => `q."${c}"`)
  .join(", ");

/** A question read by queryRows (values as the driver gives them) → the domain's Question, with its updatedAt. */
export function questionFromRaw(r: Record<string, unknown>): { question: Question; updatedAt: Date } {
  const row: Parameters<typeof toQuestion>[0] = {
    id: String(r.id),
    articleId: String(r.articleId),
    key: String(r.key),
    type: String(r.type),
    prompt: String(r.prompt),
    answer: String(r.answer),
    acceptedAnswers: String(r.acceptedAnswers),
    choices: r.choices === null || r.choices === undefined ? null : String(r.choices),
    explanation: String(r.explanation),
    sentenceIndex: toNumber(r.sentenceIndex),
    spanStart: toNumber(r.spanStart),
    spanEnd: toNumber(r.spanEnd),
    sourceSentence: String(r.sourceSentence),
    answerType: String(r.answerType),
    factKey: String(r.factKey),
    difficulty: toNumber(r.difficulty),
    score: toNumber(r.score),
    status: String(r.status),
    generatorVersion: String(r.generatorVersion),
    edited: toBool(r.edited),
    // toQuestion reads neither of these; they complete the row type.
    authorId: null,
    createdAt: new Date(0),
    updatedAt: toDate(r.updatedAt),
  };
  return { question: toQuestion(row), updatedAt: row.updatedAt };
}

/** An article (by slug) with its APPROVED questions, best first (as questionsOfArticle orders them): one read. */
export async function articleWithApprovedQuestions(slug: string): Promise<{ article: ArticleForQuiz; questions: Question[] } | null> {
  const rows = await queryRows(
    `SELECT a.id AS "quizArticleId", a.slug AS "quizArticleSlug", a.title AS "quizArticleTitle", a.origin AS "quizArticleOrigin",
            a."ownerId" AS "quizArticleOwnerId", ${QUESTION_COLUMNS}
     FROM "Article" a LEFT JOIN "Question" q ON q."articleId" = a.id AND q.status = 'APPROVED'
     WHERE a.slug = ?
     ORDER BY q.score DESC, q."createdAt" ASC`,
    [slug],
  );
  const first = rows[0];
  if (!first) return null;
  const article: ArticleForQuiz = {
    id: String(first.quizArticleId),
    slug: String(first.quizArticleSlug),
    title: String(first.quizArticleTitle),
    origin: String(first.quizArticleOrigin),
    ownerId: first.quizArticleOwnerId === null || first.quizArticleOwnerId === undefined ? null : String(first.quizArticleOwnerId),
  };
  return { article, questions: rows.filter((r) => r.id !== null && r.id !== undefined).map((r) => questionFromRaw(r).question) };
}

/** Questions by id, in the order asked (ids with no question are left out): one read. */
export async function questionsByIds(ids: readonly string[]): Promise<Question[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const rows = await queryRows(`SELECT ${QUESTION_COLUMNS} FROM "Question" q WHERE q.id IN (${unique.map(() => "?").join(", ")})`, unique);
  const byId = new Map(rows.map((r) => [String(r.id), questionFromRaw(r).question]));
  return ids.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
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
