// Answering one quiz question: the hot path of a quiz. One INSERT when this instance has seen the
// attempt and the question before, one read more when it has not (lib/db/attempts.ts).
//
// What it may remember: an attempt's plan never changes once started (its owner only when a guest
// signs up: a different owner re-reads); a question may be edited at any time, so the INSERT
// itself checks the remembered updatedAt and a changed question is re-read and graded again.
import { acceptsAnswerAt } from "../domain/assignments.ts";
import type { AttemptAnswer, AttemptMode } from "../domain/attempt.ts";
import { ownsAttempt } from "../domain/permissions.ts";
import type { Question } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import { gradeResponse, isOfferedChoice, publicQuestion, scoreAttempt } from "../quiz/index.ts";
import { contextOf, feedback, type SourceContext } from "../quiz/context.ts";
import {
  closeWithScore,
  findAttempt,
  insertFirstAnswer,
  markOverridden,
  readAnswerContext,
  readAttemptWithAnswers,
  type AnswerContext,
  type AttemptWithAnswers,
} from "../db/attempts.ts";
import { articleContexts } from "./source-context.ts";

export interface AnswerResult extends AttemptAnswer {
  expected?: string;
  alsoAccepted?: string[];
  explanation?: string;
  source?: SourceContext;
}

export type AnswerOutcome =
  | { kind: "ok"; result: AnswerResult }
  | { kind: "not-found" }
  | { kind: "finished" }
  | { kind: "time-up" }
  | { kind: "unknown-question" }
  | { kind: "not-offered" };

interface AttemptPlan {
  userId: string;
  mode: AttemptMode;
  seed: number;
  shuffle: boolean;
  questionIds: ReadonlySet<string>;
  /** The time limit's end (never changes once started); null = none. */
  deadlineAt: Date | null;
  /** In start order, for scoring when time runs out. */
  order: string[];
}
interface GradedQuestion {
  question: Question;
  updatedAt: Date;
}
// Bounded, oldest first out: about 4 KB a plan and 2 KB a question, so ~30 MB at most; a miss
// costs one read.
const REMEMBERED_MAX = 5_000;
// On globalThis: Next.js may bundle this module into several chunks (the start and answer routes).
const remembered = globalThis as unknown as { factdeckPlans?: Map<string, AttemptPlan>; factdeckGraded?: Map<string, GradedQuestion> };
const plans = (remembered.factdeckPlans ??= new Map<string, AttemptPlan>());
const gradedQuestions = (remembered.factdeckGraded ??= new Map<string, GradedQuestion>());

function remember<T>(cache: Map<string, T>, id: string, value: T): void {
  cache.delete(id);
  if (cache.size >= REMEMBERED_MAX) cache.delete(cache.keys().next().value!);
  cache.set(id, value);
}

/** Called when an attempt starts, so its first answer on this instance skips the read. */
export function rememberPlan(
  attemptId: string,
  plan: { userId: string; mode: AttemptMode; seed: number; shuffle: boolean; questionIds: string[]; deadlineAt: Date | null },
): void {
  remember(plans, attemptId, { ...plan, questionIds: new Set(plan.questionIds), order: plan.questionIds });
}

/** Closes an open attempt and stores its score (only the first close scores; see closeWithAnswers). */
export async function closeAndScore(attemptId: string, questionIds: string[], now: Date): Promise<void> {
  await closeWithAnswers(attemptId, now, undefined, questionIds);
}

/**
 * Closes an open attempt with the score of the answers it holds, in one statement that succeeds
 * only while it holds exactly the answers scored: an answer's insert checks the status in its own
 * statement, so every answer that got in is in the score, and a finished attempt always has one.
 * An answer (or override) that got in after the read, or a concurrent finish, means reading again.
 * Returns the attempt and its answers as closed (by this call or another); null when there is none.
 * `read` is a read of it already made; `questionIds`, those it is scored on (default: its own).
 */
export async function closeWithAnswers(attemptId: string, now: Date, read?: AttemptWithAnswers | null, questionIds?: string[]): Promise<AttemptWithAnswers | null> {
  let current = read === undefined ? await readAttemptWithAnswers(attemptId) : read;
  // Each lost round means one more answer or override got in, and an attempt has few of those.
  for (let round = 0; current && current.attempt.status !== "FINISHED"; round++) {
    if (round > 2 * current.attempt.questionIds.length + 4) throw new Error(`attempt ${attemptId} kept changing while it was being finished`);
    const { answers } = current;
    const score = scoreAttempt(answers, questionIds ?? current.attempt.questionIds);
    const held = { answered: answers.length, overridden: answers.filter((a) => a.overridden).length };
    if (await closeWithScore(attemptId, now, score, held)) {
      return { attempt: { ...current.attempt, status: "FINISHED", finishedAt: now, ...score }, answers };
    }
    current = await readAttemptWithAnswers(attemptId);
  }
  return current;
}

async function readAndRemember(attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const context = await readAnswerContext(attemptId, questionId);
  if (context) {
    const { attempt } = context;
    rememberPlan(attemptId, {
      userId: attempt.userId,
      mode: attempt.mode,
      seed: attempt.seed,
      shuffle: attempt.options.shuffle,
      questionIds: attempt.questionIds,
      deadlineAt: attempt.deadlineAt,
    });
    if (context.question) remember(gradedQuestions, context.question.question.id, context.question);
  }
  return context;
}

/**
 * Records and grades one answer. The first answer to a question counts: the unique
 * (attemptId, questionId) row decides, so a retried or concurrent second answer returns the first
 * result. The insert itself checks that the attempt is still in progress (see finishAttempt).
 */
export async function answerAttempt(user: AppUser, attemptId: string, input: { questionId: string; response: string }, now: Date): Promise<AnswerOutcome> {
  let plan = plans.get(attemptId);
  let graded = gradedQuestions.get(input.questionId);
  // A remembered question is checked against the database's updatedAt in the INSERT; one read in
  // this call is graded as it stands (and re-checking it would only trip over a timestamp format).
  let fromMemory = true;
  for (let round = 0; round < 3; round++) {
    if (!plan || plan.userId !== user.id || !graded || round > 0) {
      const context = await readAndRemember(attemptId, input.questionId);
      if (!context || !ownsAttempt(user, context.attempt)) return { kind: "not-found" };
      if (context.attempt.status === "FINISHED") return { kind: "finished" };
      plan = plans.get(attemptId)!;
      graded = gradedQuestions.get(input.questionId);
      if (context.given) return resultWithFeedback(context.given, plan, graded?.question);
      fromMemory = false;
    }
    if (!acceptsAnswerAt(plan.deadlineAt, now)) {
      // Time is up: the attempt ends with the answers it holds, whoever notices first.
      await closeAndScore(attemptId, plan.order, now);
      return { kind: "time-up" };
    }
    if (!graded || !plan.questionIds.has(input.questionId)) return invalid(attemptId, input.questionId, { kind: "unknown-question" });
    const question = graded.question;
    const offered = publicQuestion(question, plan.seed, plan.shuffle);
    if (!isOfferedChoice({ type: question.type, choices: offered.choices }, input.response)) return invalid(attemptId, input.questionId, { kind: "not-offered" });
    const grade = gradeResponse(question, input.response);
    const answer: AttemptAnswer = { questionId: question.id, response: input.response, correct: grade.correct, verdict: grade.verdict };
    if (await insertFirstAnswer(attemptId, answer, now, fromMemory ? graded.updatedAt : null)) {
      return resultWithFeedback(answer, plan, question);
    }
    // Answered already (a retry or a concurrent twin), finished meanwhile, or the remembered
    // question was edited: the next round reads what is there now.
  }
  throw new Error(`answer to ${input.questionId} in attempt ${attemptId} kept losing to concurrent writes`);
}

/** A 422 for a bad question or option — unless the attempt is finished, which answers 409 first. */
async function invalid(attemptId: string, questionId: string, outcome: AnswerOutcome): Promise<AnswerOutcome> {
  const context = await readAndRemember(attemptId, questionId);
  return context?.attempt.status === "FINISHED" ? { kind: "finished" } : outcome;
}

/** PRACTICE shows the answer, explanation and source at once (an in-progress TEST never does). */
async function resultWithFeedback(result: AttemptAnswer, plan: AttemptPlan, question: Question | undefined): Promise<AnswerOutcome> {
  if (plan.mode !== "PRACTICE" || !question) return { kind: "ok", result };
  const article = (await articleContexts([question.articleId])).get(question.articleId);
  return { kind: "ok", result: { ...result, ...feedback(question, contextOf(question, article)) } };
}

export type OverrideOutcome = { kind: "ok"; result: AttemptAnswer } | { kind: "not-found" } | { kind: "not-allowed"; why: string };

/** "I was right": in PRACTICE, the learner counts a close or wrong answer as correct. The answer is
 * marked overridden (the grader's verdict is kept) so the teacher sees it. Once only, before finishing. */
export async function overrideAnswer(user: AppUser, attemptId: string, questionId: string): Promise<OverrideOutcome> {
  const attempt = await findAttempt(attemptId);
  if (!attempt || !ownsAttempt(user, attempt)) return { kind: "not-found" };
  if (attempt.mode !== "PRACTICE") return { kind: "not-allowed", why: "Only a practice answer can be overridden; a test is graded as it stands." };
  if (attempt.status !== "IN_PROGRESS") return { kind: "not-allowed", why: "This quiz is finished." };
  const context = await readAnswerContext(attemptId, questionId);
  const given = context?.given;
  if (!given) return { kind: "not-found" };
  if (given.overridden) return { kind: "ok", result: given };
  if (given.verdict === "correct") return { kind: "not-allowed", why: "That answer was already right." };
  if (!(await markOverridden(attemptId, questionId))) {
    const now = (await readAnswerContext(attemptId, questionId))?.given;
    if (now?.overridden) return { kind: "ok", result: now }; // a concurrent twin did it
    return { kind: "not-allowed", why: "This quiz is finished." };
  }
  return { kind: "ok", result: { ...given, correct: true, overridden: true } };
}
