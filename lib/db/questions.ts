import type { Question, QuestionDraft, QuestionStatus, QuestionType } from "../domain/types.ts";
import type { CleanArticle } from "../domain/types.ts";
import { articleColumns, freeSlug, type UpsertOutcome } from "./articles.ts";
import { getDb } from "./client.ts";

type QuestionRow = Awaited<ReturnType<ReturnType<typeof getDb>["question"]["findFirstOrThrow"]>>;

const list = (s: string | null): string[] => {
  if (s == null) return [];
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

export function toQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    articleId: row.articleId,
    key: row.key,
    type: row.type as QuestionType,
    prompt: row.prompt,
    answer: row.answer,
    acceptedAnswers: list(row.acceptedAnswers),
    choices: row.choices == null ? undefined : list(row.choices),
    explanation: row.explanation,
    source: { sentenceIndex: row.sentenceIndex, start: row.spanStart, end: row.spanEnd, sentence: row.sourceSentence },
    answerType: row.answerType,
    factKey: row.factKey,
    difficulty: row.difficulty,
    score: row.score,
    generatorVersion: row.generatorVersion,
    status: row.status as QuestionStatus,
    edited: row.edited,
  };
}

export function draftColumns(q: QuestionDraft) {
  return {
    key: q.key,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: JSON.stringify(q.acceptedAnswers ?? []),
    choices: q.choices ? JSON.stringify(q.choices) : null,
    explanation: q.explanation ?? "",
    sentenceIndex: q.source.sentenceIndex,
    spanStart: q.source.start,
    spanEnd: q.source.end,
    sourceSentence: q.source.sentence,
    answerType: q.answerType,
    factKey: q.factKey,
    difficulty: q.difficulty,
    score: q.score,
    generatorVersion: q.generatorVersion,
  };
}

export async function questionsOfArticle(
  articleId: string,
  opts: { statuses?: QuestionStatus[] } = {},
): Promise<Question[]> {
  const rows = await getDb().question.findMany({
    where: { articleId, ...(opts.statuses ? { status: { in: opts.statuses } } : {}) },
    orderBy: [{ score: "desc" }, { createdAt: "asc" }],
  });
  return rows.map(toQuestion);
}

export async function findQuestions(ids: string[]): Promise<Question[]> {
  const rows = await getDb().question.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, toQuestion(r)]));
  return ids.map((id) => byId.get(id)).filter((q): q is Question => Boolean(q));
}

export async function findQuestion(id: string): Promise<Question | null> {
  const row = await getDb().question.findUnique({ where: { id } });
  return row ? toQuestion(row) : null;
}

export interface RegenerateSummary {
  created: number;
  updated: number;
  kept: number;
  retired: number;
}

/** What a regeneration plan needs to know of each question the article already has. */
export interface ExistingQuestion {
  id: string;
  key: string;
  status: QuestionStatus;
  edited: boolean;
  /** Set for hand-written questions. */
  authorId: string | null;
}

/** The writes a regeneration makes, decided by lib/app/regeneration.ts. */
export interface RegenerationPlan {
  create: { draft: QuestionDraft; status: QuestionStatus }[];
  update: { id: string; draft: QuestionDraft; status?: QuestionStatus }[];
  retire: string[];
  summary: RegenerateSummary;
}

/**
 * Stores a fresh generation in one transaction: the plan is made from the article's questions as
 * they are inside the transaction, so two regenerations at once cannot both create a key.
 */
export async function storeGeneratedQuestions(
  articleId: string,
  plan: (existing: ExistingQuestion[]) => RegenerationPlan,
): Promise<RegenerateSummary> {
  return getDb().$transaction(async (tx) => {
    const rows = await tx.question.findMany({ where: { articleId }, select: { id: true, key: true, status: true, edited: true, authorId: true } });
    const writes = plan(rows.map((r) => ({ ...r, status: r.status as QuestionStatus })));
    for (const { draft, status } of writes.create) {
      await tx.question.create({ data: { ...draftColumns(draft), articleId, status } });
    }
    for (const { id, draft, status } of writes.update) {
      await tx.question.update({ where: { id }, data: { ...draftColumns(draft), ...(status ? { status } : {}) } });
    }
    for (const id of writes.retire) await tx.question.update({ where: { id }, data: { status: "RETIRED" } });
    return writes.summary;
  });
}

/**
 * An imported article and its generated questions in one transaction: the article is created or
 * updated, the plan applied to its questions and its generation time set — all or nothing, so an
 * import killed midway never leaves an article without its questions. `outcome` says what happened
 * to the article row ("unchanged": same checksum, only the questions were regenerated).
 */
export async function storeArticleWithQuestions(
  article: CleanArticle,
  opts: { origin: "BUNDLED" | "IMPORTED"; ownerId: string | null },
  plan: (existing: ExistingQuestion[]) => RegenerationPlan,
  generatedAt: Date,
): Promise<{ id: string; outcome: UpsertOutcome; summary: RegenerateSummary }> {
  return getDb().$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({ where: { slug: article.slug }, select: { id: true, checksum: true } });
      const columns = { ...articleColumns(article), generatedAt };
      let id: string;
      let outcome: UpsertOutcome;
      if (!existing) {
        id = (await tx.article.create({ data: { ...columns, slug: article.slug, origin: opts.origin, ownerId: opts.ownerId }, select: { id: true } })).id;
        outcome = "created";
      } else {
        id = existing.id;
        outcome = existing.checksum === article.checksum ? "unchanged" : "updated";
        await tx.article.update({ where: { id }, data: columns });
      }
      const rows = await tx.question.findMany({ where: { articleId: id }, select: { id: true, key: true, status: true, edited: true, authorId: true } });
      const writes = plan(rows.map((r) => ({ ...r, status: r.status as QuestionStatus })));
      if (writes.create.length) {
        await tx.question.createMany({ data: writes.create.map(({ draft, status }) => ({ ...draftColumns(draft), articleId: id, status })) });
      }
      for (const { id: qid, draft, status } of writes.update) {
        await tx.question.update({ where: { id: qid }, data: { ...draftColumns(draft), ...(status ? { status } : {}) } });
      }
      if (writes.retire.length) await tx.question.updateMany({ where: { id: { in: writes.retire } }, data: { status: "RETIRED" } });
      return { id, outcome, summary: writes.summary };
    },
    // A long article's questions are many rows; SQLite writes them while holding the file's lock.
    { maxWait: 30_000, timeout: 120_000 },
  );
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/**
 * A teacher's or learner's own import: a new IMPORTED article and its generated questions in one
 * transaction, so nobody ever lists the article before its questions exist, and an import killed
 * midway leaves nothing. The owner's earlier import of the same text (same checksum), found inside
 * the transaction, is answered instead (`duplicate`). A concurrent import that took `slug` first
 * makes us try the next free one after `baseSlug` (`-2`, `-3` …).
 */
export async function storeOwnImport(
  article: CleanArticle,
  owner: { ownerId: string; baseSlug: string },
  plan: (existing: ExistingQuestion[]) => RegenerationPlan,
  generatedAt: Date,
): Promise<{ id: string; slug: string; summary: RegenerateSummary; duplicate: boolean }> {
  const nothing: RegenerateSummary = { created: 0, updated: 0, kept: 0, retired: 0 };
  const tried = new Set<string>();
  const { ownerId, baseSlug } = owner;
  for (let slug = article.slug; ; slug = await freeSlug(baseSlug, tried)) {
    try {
      return await getDb().$transaction(
        async (tx) => {
          const earlier = await tx.article.findFirst({ where: { ownerId, checksum: article.checksum, origin: "IMPORTED" }, select: { id: true, slug: true } });
          if (earlier) return { ...earlier, summary: nothing, duplicate: true };
          const { id } = await tx.article.create({
            data: { ...articleColumns(article), slug, origin: "IMPORTED", ownerId, generatedAt },
            select: { id: true },
          });
          const writes = plan([]);
          if (writes.create.length) {
            await tx.question.createMany({ data: writes.create.map(({ draft, status }) => ({ ...draftColumns(draft), articleId: id, status })) });
          }
          return { id, slug, summary: writes.summary, duplicate: false };
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
    } catch (error) {
      if (!isUniqueViolation(error) || tried.size >= 100) throw error;
      tried.add(slug);
    }
  }
}

// ---------- teacher workspace (curation) ----------

/** What a teacher edits or writes: the question's content, already validated by the API schema. */
export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  /** MCQ and TRUE_FALSE only; null/undefined for typed questions. */
  choices?: string[] | null;
  explanation: string;
}

export interface CurationTarget {
  question: Question;
  article: { id: string; slug: string; title: string; origin: string; ownerId: string | null };
}

/** Questions of several articles (a set builder's source list), best first within each article. */
export async function questionsOfArticles(
  articleIds: string[],
  opts: { statuses?: QuestionStatus[] } = {},
): Promise<Question[]> {
  if (articleIds.length === 0) return [];
  const rows = await getDb().question.findMany({
    where: { articleId: { in: articleIds }, ...(opts.statuses ? { status: { in: opts.statuses } } : {}) },
    orderBy: [{ articleId: "asc" }, { score: "desc" }, { createdAt: "asc" }],
  });
  const order = new Map(articleIds.map((id, i) => [id, i]));
  return rows.map(toQuestion).sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
}

/** A question with the article facts a permission check needs; null for an unknown id. */
export async function findQuestionForCuration(id: string): Promise<CurationTarget | null> {
  const row = await getDb().question.findUnique({
    where: { id },
    include: { article: { select: { id: true, slug: true, title: true, origin: true, ownerId: true } } },
  });
  if (!row) return null;
  const { article, ...question } = row;
  return { question: toQuestion(question), article };
}

/** Where the answer sits in the source sentence (for highlighting); keeps the old span when absent. */
function answerSpan(sentence: string, answer: string, fallback: { start: number; end: number }) {
  const at = answer ? sentence.toLowerCase().indexOf(answer.toLowerCase()) : -1;
  return at >= 0 ? { spanStart: at, spanEnd: at + answer.length } : { spanStart: fallback.start, spanEnd: fallback.end };
}

function contentColumns(content: QuestionContent) {
  return {
    type: content.type,
    prompt: content.prompt,
    answer: content.answer,
    acceptedAnswers: JSON.stringify(content.acceptedAnswers),
    choices: content.choices && content.choices.length ? JSON.stringify(content.choices) : null,
    explanation: content.explanation,
  };
}

/**
 * A teacher's edit. Marks the question `edited`, so regeneration keeps it as it is; the key stays
 * (it names what the generator asked, so a regeneration recognises the question and leaves it be).
 */
export async function updateQuestionContent(id: string, content: QuestionContent, status?: QuestionStatus): Promise<Question> {
  const db = getDb();
  const row = await db.question.findUniqueOrThrow({ where: { id } });
  const updated = await db.question.update({
    where: { id },
    data: {
      ...contentColumns(content),
      ...answerSpan(row.sourceSentence, content.answer, { start: row.spanStart, end: row.spanEnd }),
      ...(status ? { status } : {}),
      edited: true,
    },
  });
  return toQuestion(updated);
}

export async function setQuestionStatus(id: string, status: QuestionStatus): Promise<Question> {
  return toQuestion(await getDb().question.update({ where: { id }, data: { status } }));
}

/**
 * A question written by hand (authorId set: regeneration never touches it). `source` is the article
 * sentence it rests on, or none (sentenceIndex -1). Returns "duplicate" when the article already
 * has a question asking exactly this (same key).
 */
export async function createAuthoredQuestion(
  articleId: string,
  authorId: string,
  content: QuestionContent & { key: string; status: QuestionStatus },
  source: { sentenceIndex: number; sentence: string } = { sentenceIndex: -1, sentence: "" },
): Promise<Question | "duplicate"> {
  const db = getDb();
  if (await db.question.findUnique({ where: { articleId_key: { articleId, key: content.key } } })) return "duplicate";
  try {
    const row = await db.question.create({
      data: {
        ...contentColumns(content),
        ...answerSpan(source.sentence, content.answer, { start: -1, end: -1 }),
        key: content.key,
        articleId,
        authorId,
        status: content.status,
        sentenceIndex: source.sentenceIndex,
        sourceSentence: source.sentence,
        answerType: "term",
        factKey: `hand-${content.key}`,
        difficulty: 0.5,
        score: 1,
        generatorVersion: "hand-written",
        edited: true,
      },
    });
    return toQuestion(row);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "duplicate";
    throw error;
  }
}

/** Bulk approval: every DRAFT question of the article scoring at least `minScore` becomes APPROVED. */
export async function approveDraftsAbove(articleId: string, minScore: number): Promise<number> {
  const { count } = await getDb().question.updateMany({
    where: { articleId, status: "DRAFT", score: { gte: minScore } },
    data: { status: "APPROVED" },
  });
  return count;
}

/** How many approved questions the article has (what learners can be asked). */
export async function countApprovedQuestions(articleId: string): Promise<number> {
  return getDb().question.count({ where: { articleId, status: "APPROVED" } });
}

/** True when the article has generated questions from this generator version (or none can exist). */
export async function hasQuestionsFromGenerator(articleId: string, version: string): Promise<boolean> {
  const db = getDb();
  const generated = await db.question.count({ where: { articleId, authorId: null } });
  if (generated === 0) {
    const article = await db.article.findUnique({ where: { id: articleId }, select: { generatedAt: true } });
    return article?.generatedAt != null; // generated once and found nothing: nothing to redo
  }
  return (await db.question.count({ where: { articleId, authorId: null, generatorVersion: version } })) > 0;
}
