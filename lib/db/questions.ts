import type { Question, QuestionDraft, QuestionStatus, QuestionType } from "../domain/types.ts";
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

/**
 * Stores a fresh generation by key, in one transaction: new keys are created (APPROVED when
 * `approveAbove` is met, else DRAFT), known keys are refreshed unless a teacher edited them or
 * decided their status, and generated questions that vanished become RETIRED — never deleted, so
 * learners' cards and attempts keep pointing at them.
 */
export async function storeGeneratedQuestions(
  articleId: string,
  drafts: QuestionDraft[],
  opts: { approveAbove?: number | null } = {},
): Promise<RegenerateSummary> {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.question.findMany({ where: { articleId } });
    const byKey = new Map(existing.map((q) => [q.key, q]));
    const summary: RegenerateSummary = { created: 0, updated: 0, kept: 0, retired: 0 };
    const seen = new Set<string>();
    for (const draft of drafts) {
      if (seen.has(draft.key)) continue;
      seen.add(draft.key);
      const row = byKey.get(draft.key);
      if (!row) {
        const approve = opts.approveAbove != null && draft.score >= opts.approveAbove;
        await tx.question.create({
          data: { ...draftColumns(draft), articleId, status: approve ? "APPROVED" : "DRAFT" },
        });
        summary.created++;
      } else if (row.edited || row.authorId) {
        summary.kept++;
      } else {
        const revived = row.status === "RETIRED" ? { status: "DRAFT" } : {};
        await tx.question.update({ where: { id: row.id }, data: { ...draftColumns(draft), ...revived } });
        summary.updated++;
      }
    }
    for (const row of existing) {
      if (!seen.has(row.key) && !row.edited && !row.authorId && row.status !== "RETIRED") {
        await tx.question.update({ where: { id: row.id }, data: { status: "RETIRED" } });
        summary.retired++;
      }
    }
    return summary;
  });
}
