// Quiz use cases: start an attempt, finish it, resume or review it, retry the missed questions,
// add them to the deck, list the learner's attempts. Answering lives in quiz-answer.ts (the hot path).
// The stored seed, order and options mean every reload — on any instance — shows the same quiz.
import { randomInt } from "node:crypto";
import type { Attempt, AttemptAnswer, AttemptMode, AttemptOptionsStored, AttemptStatus } from "../domain/attempt.ts";
import { ownsAttempt } from "../domain/permissions.ts";
import type { Question, QuestionType } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import { assembleAttempt, missedQuestionIds, publicQuestion, reviewItems, scoreAttempt, type PublicQuestion, type Verdict } from "../quiz/index.ts";
import { feedback, type SourceContext } from "../quiz/context.ts";
import { acceptsAnswerAt } from "../domain/assignments.ts";
import { answeredCounts, answersOf, attemptsOf, findAttempt, insertAttempt, readAttemptWithAnswers, type NewAttempt } from "../db/attempts.ts";
import { findQuestions } from "../db/questions.ts";
import { questionsByIds, sourceTitles } from "../db/quiz-sources.ts";
import { addQuestionsToDeck } from "./deck.ts";
import { closeAndScore, closeWithAnswers, rememberPlan, type AnswerResult } from "./quiz-answer.ts";
import { findQuizSource } from "./quiz-source.ts";
import { sourceContexts } from "./source-context.ts";

export type { AttemptMode, AttemptOptionsStored, AttemptStatus } from "../domain/attempt.ts";
export type { AnswerResult } from "./quiz-answer.ts";
export type { SourceContext } from "../quiz/context.ts";

export interface StartAttemptInput {
  articleSlug?: string;
  setId?: string;
  mode: AttemptMode;
  count?: number;
  types?: QuestionType[];
  shuffle?: boolean;
  timer?: boolean;
}

export interface StartedAttempt {
  id: string;
  mode: AttemptMode;
  questions: PublicQuestion[];
  /** The time limit's end (ISO); null = none. */
  deadlineAt: string | null;
}

export interface ReviewItemWithContext {
  questionId: string;
  type: QuestionType;
  prompt: string;
  response: string | null;
  verdict: Verdict | "unanswered";
  correct: boolean;
  expected: string;
  alsoAccepted: string[];
  explanation: string;
  source: SourceContext;
}

export interface AttemptResults {
  score: number;
  max: number;
  items: ReviewItemWithContext[];
}

export type GivenAnswer = Omit<AnswerResult, "correct" | "verdict"> & Partial<Pick<AnswerResult, "correct" | "verdict">>;

export interface AttemptView {
  id: string;
  mode: AttemptMode;
  status: AttemptStatus;
  title: string;
  article: { slug: string; title: string } | null;
  set: { id: string; title: string } | null;
  options: AttemptOptionsStored;
  startedAt: string;
  finishedAt: string | null;
  /** Started from a class assignment (its settings were fixed by the teacher). */
  assignment: { classId: string } | null;
  /** The time limit's end (ISO); null = none. */
  deadlineAt: string | null;
  questions: PublicQuestion[];
  answers: GivenAnswer[];
  position: number;
  results: AttemptResults | null;
}

export interface HistoryEntry {
  id: string;
  mode: AttemptMode;
  status: AttemptStatus;
  title: string;
  articleSlug: string | null;
  setId: string | null;
  score: number | null;
  max: number | null;
  answered: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
}

const newSeed = () => randomInt(0, 2 ** 31 - 1);

/** The attempt if it is this user's; null otherwise (someone else's id reads as missing). */
async function ownAttempt(user: AppUser, id: string): Promise<Attempt | null> {
  const attempt = await findAttempt(id);
  return attempt && ownsAttempt(user, attempt) ? attempt : null;
}

// ---------- start ----------

export type StartOutcome = { kind: "ok"; attempt: StartedAttempt } | { kind: "not-found" } | { kind: "empty" };

/** Starts an attempt on these questions; "taken" only for an assignment attempt whose number a
 * concurrent start took first. */
export async function createAttempt(
  userId: string,
  source: { articleId: string | null; setId: string | null },
  questions: Question[],
  input: { mode: AttemptMode; count?: number; types?: QuestionType[]; shuffle?: boolean; timer?: boolean; retryOf?: string },
  seed: number,
  now: Date,
  assignment?: NewAttempt["assignment"],
): Promise<StartOutcome | { kind: "taken" }> {
  const shuffle = input.shuffle !== false;
  const { questionIds } = assembleAttempt(questions, { seed, count: input.count, types: input.types, shuffle });
  if (questionIds.length === 0) return { kind: "empty" };
  const options: AttemptOptionsStored = {
    count: input.count ?? null,
    types: input.types ?? [],
    shuffle,
    timer: input.timer === true,
    retryOf: input.retryOf ?? null,
  };
  const attempt = await insertAttempt({ userId, setId: source.setId, articleId: source.articleId, mode: input.mode, seed, questionIds, options, startedAt: now, assignment });
  if (attempt === "taken") return { kind: "taken" };
  rememberPlan(attempt.id, { userId, mode: input.mode, seed, shuffle, questionIds, deadlineAt: attempt.deadlineAt });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    kind: "ok",
    attempt: {
      id: attempt.id,
      mode: input.mode,
      questions: questionIds.map((id) => publicQuestion(byId.get(id)!, seed, shuffle)),
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    },
  };
}

/** Starts an attempt on an article or set the user may see, with its APPROVED questions only. */
export async function startAttempt(user: AppUser, input: StartAttemptInput, now: Date, seed = newSeed()): Promise<StartOutcome> {
  const source = await findQuizSource(user, input);
  if (!source) return { kind: "not-found" };
  return (await createAttempt(user.id, source, source.questions, input, seed, now)) as StartOutcome;
}

// ---------- finish, resume, results ----------

const showsFeedback = (attempt: Attempt) => attempt.mode === "PRACTICE" || attempt.status === "FINISHED";

async function resultsOf(attempt: Attempt, answers: AttemptAnswer[], questions?: Question[]): Promise<AttemptResults> {
  const ids = attempt.questionIds;
  const qs = questions ?? (await questionsByIds(ids));
  const contexts = await sourceContexts(qs);
  const items = reviewItems(qs, ids, answers).map((item) => ({ ...item, source: contexts.get(item.questionId)! }));
  const computed = scoreAttempt(answers, ids);
  return {
    score: attempt.status === "FINISHED" && attempt.score != null ? attempt.score : computed.score,
    max: attempt.status === "FINISHED" && attempt.max != null ? attempt.max : computed.max,
    items,
  };
}

/** Finishes an attempt (idempotent: a finished one returns its stored score). Null when not theirs. */
export async function finishAttempt(user: AppUser, attemptId: string, now: Date): Promise<AttemptResults | null> {
  const read = await readAttemptWithAnswers(attemptId);
  if (!read || !ownsAttempt(user, read.attempt)) return null;
  // Closed and scored in one statement, from the answers it holds (see closeWithAnswers); a
  // concurrent finish closes it once, and both answer with the same score.
  const closed = await closeWithAnswers(attemptId, now, read);
  return closed && resultsOf(closed.attempt, closed.answers);
}

function titleOf(attempt: Attempt, names: Awaited<ReturnType<typeof sourceTitles>>) {
  const article = attempt.articleId ? names.articles.get(attempt.articleId) ?? null : null;
  const setTitle = attempt.setId ? names.sets.get(attempt.setId) : undefined;
  return { article, setTitle, title: setTitle ?? article?.title ?? "Quiz" };
}

const titlesOf = (attempts: Attempt[]) =>
  sourceTitles(
    [...new Set(attempts.map((a) => a.articleId).filter((x): x is string => Boolean(x)))],
    [...new Set(attempts.map((a) => a.setId).filter((x): x is string => Boolean(x)))],
  );

/** Everything needed to resume (or review) an attempt; null when it is not this user's. */
export async function getAttemptView(user: AppUser, attemptId: string, now = new Date()): Promise<AttemptView | null> {
  let attempt = await ownAttempt(user, attemptId);
  if (!attempt) return null;
  if (attempt.status === "IN_PROGRESS" && !acceptsAnswerAt(attempt.deadlineAt, now)) {
    // Its time ran out while nobody was looking: it ends with the answers it holds.
    await closeAndScore(attempt.id, attempt.questionIds, now);
    attempt = (await findAttempt(attempt.id))!;
  }
  const ids = attempt.questionIds;
  const [questions, answerList, names] = await Promise.all([findQuestions(ids), answersOf(attemptId), titlesOf([attempt])]);
  const byQuestion = new Map(answerList.map((a) => [a.questionId, a]));
  const shown = questions.filter((q) => ids.includes(q.id));
  const withFeedback = showsFeedback(attempt);
  const contexts = withFeedback ? await sourceContexts(shown.filter((q) => byQuestion.has(q.id))) : new Map<string, SourceContext>();
  const answers: GivenAnswer[] = [];
  for (const q of shown) {
    const given = byQuestion.get(q.id);
    if (!given) continue;
    answers.push(withFeedback ? { ...given, ...feedback(q, contexts.get(q.id)) } : { questionId: given.questionId, response: given.response });
  }
  const firstOpen = shown.findIndex((q) => !byQuestion.has(q.id));
  const { article, setTitle, title } = titleOf(attempt, names);
  return {
    id: attempt.id,
    mode: attempt.mode,
    status: attempt.status,
    title,
    article,
    set: attempt.setId && setTitle !== undefined ? { id: attempt.setId, title: setTitle } : null,
    options: attempt.options,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    assignment: attempt.assignmentClassId ? { classId: attempt.assignmentClassId } : null,
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    questions: shown.map((q) => publicQuestion(q, attempt.seed, attempt.options.shuffle)),
    answers,
    position: firstOpen === -1 ? shown.length : firstOpen,
    results: attempt.status === "FINISHED" ? await resultsOf(attempt, answerList, shown) : null,
  };
}

// ---------- after the results ----------

type MissedOutcome<T> = { kind: "ok"; value: T } | { kind: "not-found" } | { kind: "not-finished" } | { kind: "nothing-missed" };

async function missedOf(user: AppUser, attemptId: string): Promise<MissedOutcome<{ attempt: Attempt; missed: string[] }>> {
  const attempt = await ownAttempt(user, attemptId);
  if (!attempt) return { kind: "not-found" };
  if (attempt.status !== "FINISHED") return { kind: "not-finished" };
  const missed = missedQuestionIds(await answersOf(attemptId), attempt.questionIds);
  return missed.length ? { kind: "ok", value: { attempt, missed } } : { kind: "nothing-missed" };
}

/** A new attempt (same mode and source) with the questions missed in a finished one, still approved. */
export async function retryMissed(user: AppUser, attemptId: string, now: Date, seed = newSeed()): Promise<MissedOutcome<StartedAttempt>> {
  const found = await missedOf(user, attemptId);
  if (found.kind !== "ok") return found;
  const { attempt, missed } = found.value;
  const questions = (await findQuestions(missed)).filter((q) => q.status === "APPROVED");
  const started = await createAttempt(
    user.id,
    { articleId: attempt.articleId, setId: attempt.setId },
    questions,
    { mode: attempt.mode, shuffle: attempt.options.shuffle, timer: attempt.options.timer, retryOf: attempt.id },
    seed,
    now,
  );
  return started.kind === "ok" ? { kind: "ok", value: started.attempt } : { kind: "nothing-missed" };
}

/** Adds the questions missed in a finished attempt to the learner's flashcards. */
export async function addMissedToDeck(user: AppUser, attemptId: string, now: Date): Promise<MissedOutcome<{ added: number; already: number }>> {
  const found = await missedOf(user, attemptId);
  if (found.kind === "nothing-missed") return { kind: "ok", value: { added: 0, already: 0 } };
  if (found.kind !== "ok") return found;
  return { kind: "ok", value: await addQuestionsToDeck(user.id, found.value.missed, now) };
}

/** The learner's attempts, newest first. */
export async function attemptHistory(user: AppUser, limit = 200): Promise<HistoryEntry[]> {
  const attempts = await attemptsOf(user.id, limit);
  const [names, answered] = await Promise.all([titlesOf(attempts), answeredCounts(attempts.map((a) => a.id))]);
  return attempts.map((a) => {
    const { article, title } = titleOf(a, names);
    return {
      id: a.id,
      mode: a.mode,
      status: a.status,
      title,
      articleSlug: article?.slug ?? null,
      setId: a.setId,
      score: a.score,
      max: a.max,
      answered: answered.get(a.id) ?? 0,
      total: a.questionIds.length,
      startedAt: a.startedAt.toISOString(),
      finishedAt: a.finishedAt?.toISOString() ?? null,
    };
  });
}
