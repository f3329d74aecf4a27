// Attempts and their answers: reads and writes only. Starting, grading and scoring are the quiz
// use cases' (lib/app/quiz*.ts); this module maps rows to plain domain types.
import { randomUUID } from "node:crypto";
import type { AnswerVerdict, Attempt, AttemptAnswer, AttemptMode, AttemptOptionsStored } from "../domain/attempt.ts";
import type { Question } from "../domain/types.ts";
import { QUESTION_TYPES, type QuestionType } from "../domain/types.ts";
import { databaseKind } from "../config.ts";
import { executeStatement, getDb, queryRows } from "./client.ts";
import { QUESTION_COLUMNS, questionFromRaw } from "./quiz-sources.ts";
import { toBool, toDateOrNull, toNumber } from "./raw-values.ts";

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
  if (!assignment) {
    // A plain start (the hot one): one statement on the connection; nothing unique can be taken.
    const id = randomUUID();
    const questionIds = JSON.stringify(data.questionIds);
    const options = JSON.stringify(data.options);
    await executeStatement`
      INSERT INTO "Attempt" (id, "userId", "setId", "articleId", mode, seed, "questionIds", options, status, "startedAt")
      VALUES (${id}, ${data.userId}, ${data.setId}, ${data.articleId}, ${data.mode}, ${data.seed}, ${questionIds}, ${options}, 'IN_PROGRESS', ${data.startedAt})`;
    return {
      id, userId: data.userId, setId: data.setId, articleId: data.articleId, mode: data.mode, status: "IN_PROGRESS", seed: data.seed,
      questionIds: [...data.questionIds], options: { ...data.options }, score: null, max: null, startedAt: data.startedAt, finishedAt: null,
      assignmentClassId: null, deadlineAt: null,
    };
  }
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

// ---------- the quiz's hot statements ----------
// Through the ORM an answer took three reads and an insert (2.1 ms on SQLite, where the bare route
// handler costs 0.7 ms), a finish seven statements. Now an answer is one INSERT when the instance
// has seen the attempt and the question before (lib/app/quiz-answer.ts remembers them), and one read
// more when it has not; a finish is one read, one conditional UPDATE and the questions' read. Plain
// SQL on the connection (lib/db/client.ts), valid in SQLite and PostgreSQL, every value bound.

const ATTEMPT_COLUMNS = `a.id AS "attemptId", a."userId" AS "attemptUserId", a."setId" AS "attemptSetId", a."articleId" AS "attemptArticleId",
  a.mode AS "attemptMode", a.status AS "attemptStatus", a.seed AS "attemptSeed", a."questionIds" AS "attemptQuestionIds",
  a.options AS "attemptOptions", a.score AS "attemptScore", a.max AS "attemptMax", a."startedAt" AS "attemptStartedAt",
  a."finishedAt" AS "attemptFinishedAt", a."assignmentClassId" AS "attemptAssignmentClassId", a."deadlineAt" AS "attemptDeadlineAt"`;
const ANSWER_COLUMNS = `g."questionId" AS "givenQuestionId", g.response AS "givenResponse", g.verdict AS "givenVerdict",
  g.correct AS "givenCorrect", g.overridden AS "givenOverridden"`;

const orNull = <T>(v: unknown, f: (v: unknown) => T): T | null => (v === null || v === undefined ? null : f(v));

function attemptFromRaw(r: Record<string, unknown>): Attempt {
  return {
    id: String(r.attemptId),
    userId: String(r.attemptUserId),
    setId: orNull(r.attemptSetId, String),
    articleId: orNull(r.attemptArticleId, String),
    mode: modeOf(String(r.attemptMode)),
    status: r.attemptStatus === "FINISHED" ? "FINISHED" : "IN_PROGRESS",
    seed: toNumber(r.attemptSeed),
    questionIds: parseIds(String(r.attemptQuestionIds)),
    options: parseOptions(String(r.attemptOptions)),
    score: orNull(r.attemptScore, toNumber),
    max: orNull(r.attemptMax, toNumber),
    startedAt: toDateOrNull(r.attemptStartedAt)!,
    finishedAt: toDateOrNull(r.attemptFinishedAt),
    assignmentClassId: orNull(r.attemptAssignmentClassId, String),
    deadlineAt: toDateOrNull(r.attemptDeadlineAt),
  };
}

/** The answer columns of a row (null when the join found none). */
function answerFromRaw(r: Record<string, unknown>): AttemptAnswer | null {
  if (r.givenResponse === null || r.givenResponse === undefined) return null;
  return {
    questionId: String(r.givenQuestionId),
    response: String(r.givenResponse),
    correct: toBool(r.givenCorrect),
    verdict: String(r.givenVerdict) as AnswerVerdict,
    ...(toBool(r.givenOverridden) ? { overridden: true } : {}),
  };
}

/** What answering needs, in one read: the attempt, the question (with its updatedAt) and the answer
 * already given to it in this attempt. */
export interface AnswerContext {
  attempt: Pick<Attempt, "userId" | "status" | "mode" | "seed" | "questionIds" | "options" | "deadlineAt">;
  question: { question: Question; updatedAt: Date } | null;
  given: AttemptAnswer | null;
}

export async function readAnswerContext(attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const [row] = await queryRows(
    `SELECT ${QUESTION_COLUMNS}, ${ATTEMPT_COLUMNS}, ${ANSWER_COLUMNS}
     FROM "Attempt" a
     LEFT JOIN "Question" q ON q.id = ?
     LEFT JOIN "AttemptAnswer" g ON g."attemptId" = a.id AND g."questionId" = ?
     WHERE a.id = ?`,
    [questionId, questionId, attemptId],
  );
  if (!row) return null;
  return {
    attempt: attemptFromRaw(row),
    question: row.id !== null && row.id !== undefined ? questionFromRaw(row) : null,
    given: answerFromRaw(row),
  };
}

/** An attempt with every answer it holds (in no particular order). */
export interface AttemptWithAnswers {
  attempt: Attempt;
  answers: AttemptAnswer[];
}

/** The attempt and its answers in one read; null when there is no such attempt. */
export async function readAttemptWithAnswers(attemptId: string): Promise<AttemptWithAnswers | null> {
  const rows = await queryRows(
    `SELECT ${ATTEMPT_COLUMNS}, ${ANSWER_COLUMNS}
     FROM "Attempt" a LEFT JOIN "AttemptAnswer" g ON g."attemptId" = a.id
     WHERE a.id = ?`,
    [attemptId],
  );
  if (!rows[0]) return null;
  return { attempt: attemptFromRaw(rows[0]), answers: rows.map(answerFromRaw).filter((a): a is AttemptAnswer => a !== null) };
}

/**
 * Finishes an attempt still in progress with this score, in one statement — only while it holds
 * exactly the answers the score was counted from: `answered` answers, `overridden` of them
 * overridden (answers are only ever added, and overridden once, so equal counts mean the same
 * answers). False when it was finished already or an answer or override got in since the read.
 */
export async function closeWithScore(
  attemptId: string,
  now: Date,
  score: { score: number; max: number },
  held: { answered: number; overridden: number },
): Promise<boolean> {
  if (databaseKind() === "postgresql") {
    // PostgreSQL counts in the statement's snapshot: an answer still committing would be missed.
    // Answers hold the attempt FOR SHARE until they commit; this lock waits for them, and the
    // UPDATE after it (a new snapshot) counts them — or finds the counts changed and closes nothing.
    return getDb().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
      const n = await tx.$executeRaw`
        UPDATE "Attempt" SET status = 'FINISHED', "finishedAt" = ${now}, score = ${score.score}, max = ${score.max}
        WHERE id = ${attemptId} AND status = 'IN_PROGRESS'
          AND (SELECT COUNT(*) FROM "AttemptAnswer" WHERE "attemptId" = ${attemptId}) = ${held.answered}
          AND (SELECT COUNT(*) FROM "AttemptAnswer" WHERE "attemptId" = ${attemptId} AND overridden = ${true}) = ${held.overridden}`;
      return n === 1;
    });
  }
  const closed = await executeStatement`
    UPDATE "Attempt" SET status = 'FINISHED', "finishedAt" = ${now}, score = ${score.score}, max = ${score.max}
    WHERE id = ${attemptId} AND status = 'IN_PROGRESS'
      AND (SELECT COUNT(*) FROM "AttemptAnswer" WHERE "attemptId" = ${attemptId}) = ${held.answered}
      AND (SELECT COUNT(*) FROM "AttemptAnswer" WHERE "attemptId" = ${attemptId} AND overridden = ${true}) = ${held.overridden}`;
  return closed === 1;
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
  if (databaseKind() === "postgresql") {
    // FOR SHARE: a finish (closeWithScore) waits for this answer to commit, and an answer that
    // waited for a finish sees the attempt closed rather than its snapshot's "in progress".
    const inserted = await executeStatement`
      INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", response, verdict, correct, "answeredAt")
      SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${response}, ${verdict}, ${correct}, ${now}
      WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS' FOR SHARE)
        AND (${unchangedSince}::timestamp IS NULL OR EXISTS (SELECT 1 FROM "Question" WHERE id = ${questionId} AND "updatedAt" = ${unchangedSince}))
      ON CONFLICT ("attemptId", "questionId") DO NOTHING`;
    return inserted === 1;
  }
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
