// Attempts and their answers: reads and writes only. Starting, grading and scoring are the quiz
// use cases' (lib/app/quiz*.ts); this module maps rows to plain domain types.
import { randomUUID } from "node:crypto";
import type { AnswerVerdict, Attempt, AttemptAnswer, AttemptMode, AttemptOptionsStored } from "../domain/attempt.ts";
import type { Question } from "../domain/types.ts";
import { QUESTION_TYPES, type QuestionType } from "../domain/types.ts";
import { executeStatement, getDb } from "./client.ts";
import { toQuestion } from "./questions.ts";

type AttemptRow = Awaited<ReturnType<ReturnType<typeof getDb>["attempt"]["findFirstOrThrow"]>>;
type AnswerRow = { questionId: string; response: string; correct: boolean; verdict: string; overridden?: boolean };

function parseIds(s: string): string[] {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

function parseOptions(s: string): AttemptOptionsStored {
  let v: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(s);
    if (parsed && typeof parsed === "object") v = parsed as Record<string, unknown>;
  } catch {
    // an unreadable options column reads as the defaults
  }
  const types = Array.isArray(v.types) ? v.types.filter((t): t is QuestionType => QUESTION_TYPES.includes(t as QuestionType)) : [];
  return {
    count: typeof v.count === "number" ? v.count : null,
    types,
    shuffle: v.shuffle !== false,
    timer: v.timer === true,
    retryOf: typeof v.retryOf === "string" ? v.retryOf : null,
  };
}

const modeOf = (mode: string): AttemptMode => (mode === "TEST" ? "TEST" : "PRACTICE");

function toAttempt(row: AttemptRow): Attempt {
  return {
    id: row.id,
    userId: row.userId,
    setId: row.setId,
    articleId: row.articleId,
    mode: modeOf(row.mode),
    status: row.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS",
    seed: row.seed,
    questionIds: parseIds(row.questionIds),
    options: parseOptions(row.options),
    score: row.score,
    max: row.max,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    assignmentClassId: row.assignmentClassId,
    deadlineAt: row.deadlineAt,
  };
}

const toAnswer = (row: AnswerRow): AttemptAnswer => ({
  questionId: row.questionId,
  response: row.response,
  correct: row.correct,
  verdict: row.verdict as AnswerVerdict,
  ...(row.overridden ? { overridden: true } : {}),
});

/** Counts a close or wrong answer of an attempt still in progress as correct, marked as overridden.
 * The verdict stays what the grader said. False when there is no such answer to override. */
export async function markOverridden(attemptId: string, questionId: string): Promise<boolean> {
  const updated = await getDb().attemptAnswer.updateMany({
    where: { attemptId, questionId, verdict: { in: ["close", "wrong"] }, overridden: false, attempt: { status: "IN_PROGRESS", mode: "PRACTICE" } },
    data: { correct: true, overridden: true },
  });
  return updated.count === 1;
}

export async function findAttempt(id: string): Promise<Attempt | null> {
  const row = await getDb().attempt.findUnique({ where: { id } });
  return row ? toAttempt(row) : null;
}

export interface NewAttempt {
  userId: string;
  setId: string | null;
  articleId: string | null;
  mode: AttemptMode;
  seed: number;
  questionIds: string[];
  options: AttemptOptionsStored;
  startedAt: Date;
  /** From a class assignment: its class, the attempt's number within it, and the time limit's end. */
  assignment?: { classId: string; number: number; deadlineAt: Date | null };
}

/** Inserts an attempt; "taken" when an assignment attempt with this number exists (a concurrent start). */
export async function insertAttempt({ assignment, ...data }: NewAttempt): Promise<Attempt | "taken"> {
  try {
    const row = await getDb().attempt.create({
      data: {
        ...data,
        questionIds: JSON.stringify(data.questionIds),
        options: JSON.stringify(data.options),
        ...(assignment ? { assignmentClassId: assignment.classId, assignmentAttempt: assignment.number, deadlineAt: assignment.deadlineAt } : {}),
      },
    });
    return toAttempt(row);
  } catch (error) {
    if (assignment && (error as { code?: string })?.code === "P2002") return "taken";
    throw error;
  }
}

/** One learner's attempts on one assignment, first started first. */
export async function assignmentAttemptsOf(userId: string, classId: string, setId: string): Promise<Attempt[]> {
  const rows = await getDb().attempt.findMany({
    where: { userId, assignmentClassId: classId, setId },
    orderBy: [{ assignmentAttempt: "asc" }, { startedAt: "asc" }],
  });
  return rows.map(toAttempt);
}

/** Attempts still open whose time ran out before `cutoff` (they are finished with what they hold). */
export async function expiredOpenAttempts(filter: { userIds?: string[]; classId?: string; attemptId?: string }, cutoff: Date): Promise<Attempt[]> {
  const rows = await getDb().attempt.findMany({
    where: {
      status: "IN_PROGRESS",
      deadlineAt: { lt: cutoff },
      ...(filter.userIds ? { userId: { in: filter.userIds } } : {}),
      ...(filter.classId ? { assignmentClassId: filter.classId } : {}),
      ...(filter.attemptId ? { id: filter.attemptId } : {}),
    },
  });
  return rows.map(toAttempt);
}

export async function answersOf(attemptId: string): Promise<AttemptAnswer[]> {
  const rows = await getDb().attemptAnswer.findMany({ where: { attemptId } });
  return rows.map(toAnswer);
}

/** Closes an attempt still in progress; false when it was closed already (a concurrent finish). */
export async function closeAttempt(id: string, now: Date): Promise<boolean> {
  const closed = await getDb().attempt.updateMany({ where: { id, status: "IN_PROGRESS" }, data: { status: "FINISHED", finishedAt: now } });
  return closed.count === 1;
}

export async function storeScore(id: string, score: { score: number; max: number }): Promise<void> {
  await getDb().attempt.update({ where: { id }, data: score });
}

/** A learner's attempts, newest first. */
export async function attemptsOf(userId: string, limit: number): Promise<Attempt[]> {
  const rows = await getDb().attempt.findMany({ where: { userId }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map(toAttempt);
}

/** How many questions each of these attempts has answers for (attempts with none are absent). */
export async function answeredCounts(attemptIds: string[]): Promise<Map<string, number>> {
  if (attemptIds.length === 0) return new Map();
  const counts = await getDb().attemptAnswer.groupBy({ by: ["attemptId"], where: { attemptId: { in: attemptIds } }, _count: { _all: true } });
  return new Map(counts.map((c) => [c.attemptId, c._count._all]));
}

// ---------- the answer route's two statements ----------
// The hot path of a quiz. Through the ORM an answer took three reads and an insert (2.1 ms on
// SQLite, where the bare route handler costs 0.7 ms). Now it is one INSERT when the instance has
// seen the attempt and the question before (lib/app/quiz-answer.ts remembers them), and this one
// read more when it has not: plain SQL, valid in SQLite and PostgreSQL, every value a bound parameter.

type QuestionRow = Parameters<typeof toQuestion>[0];
type AnswerContextRow = { [K in keyof QuestionRow]: QuestionRow[K] | null } & {
  attemptUserId: string;
  attemptStatus: string;
  attemptMode: string;
  attemptSeed: number;
  attemptOptions: string;
  attemptQuestionIds: string;
  attemptDeadlineAt: Date | string | number | null;
  givenResponse: string | null;
  givenVerdict: string | null;
  givenCorrect: boolean | null;
  givenOverridden: boolean | number | null;
};

/** What answering needs, in one read: the attempt, the question (with its updatedAt) and the answer
 * already given to it in this attempt. */
export interface AnswerContext {
  attempt: Pick<Attempt, "userId" | "status" | "mode" | "seed" | "questionIds" | "options" | "deadlineAt">;
  question: { question: Question; updatedAt: Date } | null;
  given: AttemptAnswer | null;
}

export async function readAnswerContext(attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const rows = await getDb().$queryRaw<AnswerContextRow[]>`
    SELECT q.*, a."userId" AS "attemptUserId", a.status AS "attemptStatus", a.mode AS "attemptMode",
           a.seed AS "attemptSeed", a.options AS "attemptOptions", a."questionIds" AS "attemptQuestionIds",
           a."deadlineAt" AS "attemptDeadlineAt",
           g.response AS "givenResponse", g.verdict AS "givenVerdict", g.correct AS "givenCorrect",
           g.overridden AS "givenOverridden"
    FROM "Attempt" a
    LEFT JOIN "Question" q ON q.id = ${questionId}
    LEFT JOIN "AttemptAnswer" g ON g."attemptId" = a.id AND g."questionId" = ${questionId}
    WHERE a.id = ${attemptId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    attempt: {
      userId: row.attemptUserId,
      status: row.attemptStatus === "FINISHED" ? "FINISHED" : "IN_PROGRESS",
      mode: modeOf(row.attemptMode),
      seed: row.attemptSeed,
      questionIds: parseIds(row.attemptQuestionIds),
      options: parseOptions(row.attemptOptions),
      deadlineAt: row.attemptDeadlineAt === null ? null : new Date(row.attemptDeadlineAt),
    },
    question: row.id !== null ? { question: toQuestion(row as QuestionRow), updatedAt: row.updatedAt! } : null,
    given:
      row.givenResponse === null
        ? null
        : {
            questionId,
            response: row.givenResponse,
            correct: Boolean(row.givenCorrect),
            verdict: row.givenVerdict as AnswerVerdict,
            ...(row.givenOverridden ? { overridden: true } : {}),
          },
  };
}

/**
 * Inserts the first answer unless an answer exists, the attempt is no longer in progress or (with
 * `unchangedSince`) the question was edited after it was read. True when it inserted.
 */
export async function insertFirstAnswer(
  attemptId: string,
  answer: AttemptAnswer,
  now: Date,
  unchangedSince: Date | null,
): Promise<boolean> {
  const { questionId, response, verdict, correct } = answer;
  const inserted = unchangedSince
    ? await executeStatement`
        INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", response, verdict, correct, "answeredAt")
        SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${response}, ${verdict}, ${correct}, ${now}
        WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS')
          AND EXISTS (SELECT 1 FROM "Question" WHERE id = ${questionId} AND "updatedAt" = ${unchangedSince})
        ON CONFLICT ("attemptId", "questionId") DO NOTHING`
    : await executeStatement`
        INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", response, verdict, correct, "answeredAt")
        SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${response}, ${verdict}, ${correct}, ${now}
        WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS')
        ON CONFLICT ("attemptId", "questionId") DO NOTHING`;
  return inserted === 1;
}
