// Quiz attempts: start one on an article or a question set, record answers (graded by lib/quiz),
// finish, resume, history. The attempt stores its seed, question order and options, so every
// reload — on any app instance — shows the same questions with the same choice order.
import { randomInt, randomUUID } from "node:crypto";
import type { Question, QuestionType, Sentence } from "../domain/types.ts";
import { QUESTION_TYPES } from "../domain/types.ts";
import {
  assembleAttempt,
  gradeResponse,
  isOfferedChoice,
  missedQuestionIds,
  publicQuestion,
  reviewItems,
  scoreAttempt,
  type PublicQuestion,
  type Verdict,
} from "../quiz/index.ts";
import { mayTakeSet, ownsAttempt } from "../domain/permissions.ts";
import { addQuestionsToDeck } from "./cards.ts";
import { findArticle } from "./articles.ts";
import { executeStatement, getDb } from "./client.ts";
import { findQuestions, questionsOfArticle, toQuestion } from "./questions.ts";
import type { AppUser } from "./users.ts";
import { hasChoices } from "../domain/question-types.ts";

export type AttemptMode = "PRACTICE" | "TEST";
export type AttemptStatus = "IN_PROGRESS" | "FINISHED";

export interface AttemptOptionsStored {
  count: number | null;
  types: QuestionType[];
  shuffle: boolean;
  timer: boolean;
  retryOf: string | null;
}

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
}

/** The sentence a question comes from, with its paragraph so it can be highlighted in context. */
export interface SourceContext {
  sentenceIndex: number;
  sentence: string;
  start: number;
  end: number;
  paragraph: string | null;
  sentenceStart: number | null;
  article: { slug: string; title: string } | null;
}

export interface AnswerResult {
  questionId: string;
  response: string;
  correct: boolean;
  verdict: Verdict;
  expected?: string;
  alsoAccepted?: string[];
  explanation?: string;
  source?: SourceContext;
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

type AttemptRow = Awaited<ReturnType<ReturnType<typeof getDb>["attempt"]["findFirstOrThrow"]>>;
type AnswerRow = Awaited<ReturnType<ReturnType<typeof getDb>["attemptAnswer"]["findFirstOrThrow"]>>;

const newSeed = () => randomInt(0, 2 ** 31 - 1);

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

const modeOf = (row: AttemptRow): AttemptMode => (row.mode === "TEST" ? "TEST" : "PRACTICE");
const statusOf = (row: AttemptRow): AttemptStatus => (row.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS");

/** The attempt if it is this user's; null otherwise (someone else's id reads as missing). */
async function ownAttempt(user: AppUser, id: string): Promise<AttemptRow | null> {
  const row = await getDb().attempt.findUnique({ where: { id } });
  return row && ownsAttempt(user, row) ? row : null;
}

// ---------- where the questions come from ----------

export interface QuizSource {
  kind: "article" | "set";
  articleId: string | null;
  setId: string | null;
  title: string;
  slug: string | null;
  /** APPROVED questions, in the source's own order (article: best first; set: its positions). */
  questions: Question[];
}

async function setVisibleTo(user: AppUser, setId: string) {
  const db = getDb();
  const set = await db.questionSet.findUnique({ where: { id: setId }, select: { id: true, title: true, ownerId: true, visibility: true } });
  if (!set) return null;
  const inClass =
    set.visibility === "CLASS" &&
    (await db.classAssignment.count({ where: { setId, class: { members: { some: { userId: user.id } } } } })) > 0;
  return mayTakeSet(user, set, inClass) ? set : null;
}

/** An article or set the user may quiz on, with its approved questions; null when they may not see it. */
export async function findQuizSource(user: AppUser | null, ref: { articleSlug?: string; setId?: string }): Promise<QuizSource | null> {
  if (ref.articleSlug !== undefined) {
    const article = await findArticle(ref.articleSlug, user);
    if (!article) return null;
    const questions = await questionsOfArticle(article.id, { statuses: ["APPROVED"] });
    return { kind: "article", articleId: article.id, setId: null, title: article.title, slug: article.slug, questions };
  }
  if (ref.setId !== undefined && user) {
    const set = await setVisibleTo(user, ref.setId);
    if (!set) return null;
    const items = await getDb().questionSetItem.findMany({
      where: { setId: set.id, question: { status: "APPROVED" } },
      orderBy: { position: "asc" },
      include: { question: true },
    });
    return { kind: "set", articleId: null, setId: set.id, title: set.title, slug: null, questions: items.map((i) => toQuestion(i.question)) };
  }
  return null;
}

/** How many approved questions of each type a source has (the start screen offers these). */
export function countByType(questions: Pick<Question, "type">[]): Record<QuestionType, number> {
  const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
  for (const q of questions) counts[q.type]++;
  return counts;
}

// ---------- start ----------

export type StartOutcome = { kind: "ok"; attempt: StartedAttempt } | { kind: "not-found" } | { kind: "empty" };

async function createAttempt(
  userId: string,
  source: { articleId: string | null; setId: string | null },
  questions: Question[],
  input: { mode: AttemptMode; count?: number; types?: QuestionType[]; shuffle?: boolean; timer?: boolean; retryOf?: string },
  seed: number,
  now: Date,
): Promise<StartOutcome> {
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
  const row = await getDb().attempt.create({
    data: {
      userId,
      setId: source.setId,
      articleId: source.articleId,
      mode: input.mode,
      seed,
      questionIds: JSON.stringify(questionIds),
      options: JSON.stringify(options),
      startedAt: now,
    },
  });
  remember(plans, row.id, { userId, mode: input.mode, seed, shuffle, questionIds: new Set(questionIds) });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    kind: "ok",
    attempt: { id: row.id, mode: input.mode, questions: questionIds.map((id) => publicQuestion(byId.get(id)!, seed, shuffle)) },
  };
}

/** Starts an attempt on an article or set the user may see, with its APPROVED questions only. */
export async function startAttempt(user: AppUser, input: StartAttemptInput, now: Date, seed = newSeed()): Promise<StartOutcome> {
  const source = await findQuizSource(user, input);
  if (!source) return { kind: "not-found" };
  return createAttempt(user.id, source, source.questions, input, seed, now);
}

// ---------- answers ----------

/** An article as feedback needs it: split into paragraphs and sentences once, not per answer. */
interface ArticleContext {
  slug: string;
  title: string;
  paragraphs: string[];
  sentences: Map<number, Sentence>;
}

function articleContext(row: { slug: string; title: string; body: string; sentences: string }): ArticleContext {
  let sentences: Sentence[] = [];
  try {
    sentences = JSON.parse(row.sentences) as Sentence[];
  } catch {
    sentences = [];
  }
  return { slug: row.slug, title: row.title, paragraphs: row.body.split("\n\n"), sentences: new Map(sentences.map((x) => [x.index, x])) };
}

/** The sentence a question comes from, placed in its paragraph of the article (when found). */
function contextOf(q: Question, article: ArticleContext | undefined): SourceContext {
  const context: SourceContext = {
    sentenceIndex: q.source.sentenceIndex,
    sentence: q.source.sentence,
    start: q.source.start,
    end: q.source.end,
    paragraph: null,
    sentenceStart: null,
    article: article ? { slug: article.slug, title: article.title } : null,
  };
  if (!article) return context;
  const s = article.sentences.get(q.source.sentenceIndex);
  const paragraph = s ? article.paragraphs[s.paragraph] : article.paragraphs.find((p) => p.includes(q.source.sentence));
  if (paragraph !== undefined) {
    const at = paragraph.indexOf(q.source.sentence);
    context.paragraph = paragraph;
    context.sentenceStart = at >= 0 ? at : null;
  }
  return context;
}

// Article text only decorates feedback (the source sentence in its paragraph), so a short-lived
// per-instance copy is safe: an edited article shows its old paragraph for at most a minute. It keeps
// the article out of the answer route's database calls.
const ARTICLE_TEXT_TTL_MS = 60_000;
const ARTICLE_TEXT_MAX = 200;
const articleCache = new Map<string, { at: number; article: ArticleContext }>();

async function articleContexts(ids: string[], nowMs = Date.now()): Promise<Map<string, ArticleContext>> {
  const out = new Map<string, ArticleContext>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = articleCache.get(id);
    if (hit && nowMs - hit.at < ARTICLE_TEXT_TTL_MS) out.set(id, hit.article);
    else missing.push(id);
  }
  if (missing.length) {
    const rows = await getDb().article.findMany({ where: { id: { in: missing } }, select: { id: true, slug: true, title: true, body: true, sentences: true } });
    for (const row of rows) {
      const article = articleContext(row);
      if (articleCache.size >= ARTICLE_TEXT_MAX) articleCache.delete(articleCache.keys().next().value!);
      articleCache.set(row.id, { at: nowMs, article });
      out.set(row.id, article);
    }
  }
  return out;
}

/** Source context for each question. */
async function sourceContexts(questions: Question[]): Promise<Map<string, SourceContext>> {
  const byId = await articleContexts(questions.map((q) => q.articleId));
  return new Map(questions.map((q) => [q.id, contextOf(q, byId.get(q.articleId))]));
}

function feedback(q: Question, context: SourceContext | undefined) {
  return {
    expected: q.answer,
    alsoAccepted: hasChoices(q.type) ? [] : [...q.acceptedAnswers],
    explanation: q.explanation,
    ...(context ? { source: context } : {}),
  };
}

function resultOf(row: AnswerRow): AnswerResult {
  return { questionId: row.questionId, response: row.response, correct: row.correct, verdict: row.verdict as Verdict };
}

const showsFeedback = (row: AttemptRow) => row.mode === "PRACTICE" || row.status === "FINISHED";

export type AnswerOutcome =
  | { kind: "ok"; result: AnswerResult }
  | { kind: "not-found" }
  | { kind: "finished" }
  | { kind: "unknown-question" }
  | { kind: "not-offered" };

type QuestionRow = Parameters<typeof toQuestion>[0];

/** One row of the answer route's read: the attempt, the question (null columns when it does not
 * exist) and the answer already given to it in this attempt, if any. */
type AnswerContextRow = { [K in keyof QuestionRow]: QuestionRow[K] | null } & {
  attemptUserId: string;
  attemptStatus: string;
  attemptMode: string;
  attemptSeed: number;
  attemptOptions: string;
  attemptQuestionIds: string;
  givenResponse: string | null;
  givenVerdict: string | null;
  givenCorrect: boolean | null;
};

// The hot path of a quiz. Through the ORM an answer took three reads and an insert (2.1 ms on
// SQLite, where the bare route handler costs 0.7 ms). Now it is one INSERT when this instance has
// seen the attempt and the question before, and one read more when it has not: plain SQL, valid in
// SQLite and PostgreSQL, every value a bound parameter.
//
// What it may remember: an attempt's plan never changes once started (its owner only when a guest
// signs up: a different owner re-reads); a question may be edited at any time, so the INSERT
// itself checks the remembered updatedAt and a changed question is re-read and graded again.

interface AttemptPlan {
  userId: string;
  mode: AttemptMode;
  seed: number;
  shuffle: boolean;
  questionIds: ReadonlySet<string>;
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

async function readAnswerContext(attemptId: string, questionId: string): Promise<AnswerContextRow | null> {
  const rows = await getDb().$queryRaw<AnswerContextRow[]>`
    SELECT q.*, a."userId" AS "attemptUserId", a.status AS "attemptStatus", a.mode AS "attemptMode",
           a.seed AS "attemptSeed", a.options AS "attemptOptions", a."questionIds" AS "attemptQuestionIds",
           g.response AS "givenResponse", g.verdict AS "givenVerdict", g.correct AS "givenCorrect"
    FROM "Attempt" a
    LEFT JOIN "Question" q ON q.id = ${questionId}
    LEFT JOIN "AttemptAnswer" g ON g."attemptId" = a.id AND g."questionId" = ${questionId}
    WHERE a.id = ${attemptId}`;
  const row = rows[0] ?? null;
  if (row) {
    remember(plans, attemptId, {
      userId: row.attemptUserId,
      mode: row.attemptMode === "TEST" ? "TEST" : "PRACTICE",
      seed: row.attemptSeed,
      shuffle: parseOptions(row.attemptOptions).shuffle,
      questionIds: new Set(parseIds(row.attemptQuestionIds)),
    });
    if (row.id !== null) remember(gradedQuestions, row.id, { question: toQuestion(row as QuestionRow), updatedAt: row.updatedAt! });
  }
  return row;
}

/**
 * Inserts the first answer, graded against `graded`, unless an answer exists, the attempt is no
 * longer in progress or (with `unchangedSince`) the question was edited after it was read. True
 * when it inserted.
 */
async function insertFirstAnswer(
  attemptId: string,
  graded: GradedQuestion,
  response: string,
  grade: { verdict: Verdict; correct: boolean },
  now: Date,
  unchangedSince: Date | null,
): Promise<boolean> {
  const questionId = graded.question.id;
  const inserted = unchangedSince
    ? await executeStatement`
        INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", response, verdict, correct, "answeredAt")
        SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${response}, ${grade.verdict}, ${grade.correct}, ${now}
        WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS')
          AND EXISTS (SELECT 1 FROM "Question" WHERE id = ${questionId} AND "updatedAt" = ${unchangedSince})
        ON CONFLICT ("attemptId", "questionId") DO NOTHING`
    : await executeStatement`
        INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", response, verdict, correct, "answeredAt")
        SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${response}, ${grade.verdict}, ${grade.correct}, ${now}
        WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS')
        ON CONFLICT ("attemptId", "questionId") DO NOTHING`;
  return inserted === 1;
}

const given = (row: AnswerContextRow, questionId: string): AnswerResult | null =>
  row.givenResponse === null
    ? null
    : { questionId, response: row.givenResponse, correct: Boolean(row.givenCorrect), verdict: row.givenVerdict as Verdict };

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
  let remembered = true;
  for (let round = 0; round < 3; round++) {
    if (!plan || plan.userId !== user.id || !graded || round > 0) {
      const row = await readAnswerContext(attemptId, input.questionId);
      if (!row || !ownsAttempt(user, { userId: row.attemptUserId })) return { kind: "not-found" };
      if (row.attemptStatus === "FINISHED") return { kind: "finished" };
      plan = plans.get(attemptId)!;
      graded = gradedQuestions.get(input.questionId);
      const first = given(row, input.questionId);
      if (first) return resultWithFeedback(first, plan, graded?.question);
      remembered = false;
    }
    if (!graded || !plan.questionIds.has(input.questionId)) return invalid(attemptId, input.questionId, { kind: "unknown-question" });
    const question = graded.question;
    const offered = publicQuestion(question, plan.seed, plan.shuffle);
    if (!isOfferedChoice({ type: question.type, choices: offered.choices }, input.response)) return invalid(attemptId, input.questionId, { kind: "not-offered" });
    const grade = gradeResponse(question, input.response);
    if (await insertFirstAnswer(attemptId, graded, input.response, grade, now, remembered ? graded.updatedAt : null)) {
      return resultWithFeedback({ questionId: question.id, response: input.response, correct: grade.correct, verdict: grade.verdict }, plan, question);
    }
    // Answered already (a retry or a concurrent twin), finished meanwhile, or the remembered
    // question was edited: the next round reads what is there now.
  }
  throw new Error(`answer to ${input.questionId} in attempt ${attemptId} kept losing to concurrent writes`);
}

/** A 422 for a bad question or option — unless the attempt is finished, which answers 409 first. */
async function invalid(attemptId: string, questionId: string, outcome: AnswerOutcome): Promise<AnswerOutcome> {
  const row = await readAnswerContext(attemptId, questionId);
  return row?.attemptStatus === "FINISHED" ? { kind: "finished" } : outcome;
}

/** PRACTICE shows the answer, explanation and source at once (an in-progress TEST never does). */
async function resultWithFeedback(result: AnswerResult, plan: AttemptPlan, question: Question | undefined): Promise<AnswerOutcome> {
  if (plan.mode !== "PRACTICE" || !question) return { kind: "ok", result };
  const article = (await articleContexts([question.articleId])).get(question.articleId);
  return { kind: "ok", result: { ...result, ...feedback(question, contextOf(question, article)) } };
}

// ---------- finish, resume, results ----------

async function resultsOf(attempt: AttemptRow, answers: AnswerRow[], questions?: Question[]): Promise<AttemptResults> {
  const ids = parseIds(attempt.questionIds);
  const qs = questions ?? (await findQuestions(ids));
  const contexts = await sourceContexts(qs);
  const items = reviewItems(
    qs,
    ids,
    answers.map((a) => ({ questionId: a.questionId, response: a.response, correct: a.correct, verdict: a.verdict as Verdict })),
  ).map((item) => ({ ...item, source: contexts.get(item.questionId)! }));
  const computed = scoreAttempt(answers, ids);
  return {
    score: attempt.status === "FINISHED" && attempt.score != null ? attempt.score : computed.score,
    max: attempt.status === "FINISHED" && attempt.max != null ? attempt.max : computed.max,
    items,
  };
}

/** Finishes an attempt (idempotent: a finished one returns its stored score). Null when not theirs. */
export async function finishAttempt(user: AppUser, attemptId: string, now: Date): Promise<AttemptResults | null> {
  const db = getDb();
  let attempt = await ownAttempt(user, attemptId);
  if (!attempt) return null;
  if (attempt.status !== "FINISHED") {
    // Close it first, then score: an answer's insert checks the status in the same statement, so
    // every answer that got in is in the score. Only the first finish closes; a concurrent second
    // one finds nothing to update (until the score is stored, results compute it from the answers).
    const closed = await db.attempt.updateMany({ where: { id: attemptId, status: "IN_PROGRESS" }, data: { status: "FINISHED", finishedAt: now } });
    if (closed.count === 1) {
      const answers = await db.attemptAnswer.findMany({ where: { attemptId } });
      const { score, max } = scoreAttempt(answers, parseIds(attempt.questionIds));
      await db.attempt.update({ where: { id: attemptId }, data: { score, max } });
    }
    attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  }
  const answers = await db.attemptAnswer.findMany({ where: { attemptId } });
  return resultsOf(attempt, answers);
}

async function titles(rows: AttemptRow[]): Promise<{ articles: Map<string, { slug: string; title: string }>; sets: Map<string, string> }> {
  const db = getDb();
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((x): x is string => Boolean(x)))];
  const setIds = [...new Set(rows.map((r) => r.setId).filter((x): x is string => Boolean(x)))];
  const [articles, sets] = await Promise.all([
    articleIds.length ? db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } }) : [],
    setIds.length ? db.questionSet.findMany({ where: { id: { in: setIds } }, select: { id: true, title: true } }) : [],
  ]);
  return {
    articles: new Map(articles.map((a) => [a.id, { slug: a.slug, title: a.title }])),
    sets: new Map(sets.map((s) => [s.id, s.title])),
  };
}

/** Everything needed to resume (or review) an attempt; null when it is not this user's. */
export async function getAttemptView(user: AppUser, attemptId: string): Promise<AttemptView | null> {
  const attempt = await ownAttempt(user, attemptId);
  if (!attempt) return null;
  const ids = parseIds(attempt.questionIds);
  const options = parseOptions(attempt.options);
  const [questions, answerRows, names] = await Promise.all([
    findQuestions(ids),
    getDb().attemptAnswer.findMany({ where: { attemptId } }),
    titles([attempt]),
  ]);
  const byQuestion = new Map(answerRows.map((a) => [a.questionId, a]));
  const shown = questions.filter((q) => ids.includes(q.id));
  const withFeedback = showsFeedback(attempt);
  const contexts = withFeedback ? await sourceContexts(shown.filter((q) => byQuestion.has(q.id))) : new Map<string, SourceContext>();
  const answers: GivenAnswer[] = [];
  for (const q of shown) {
    const row = byQuestion.get(q.id);
    if (!row) continue;
    answers.push(withFeedback ? { ...resultOf(row), ...feedback(q, contexts.get(q.id)) } : { questionId: row.questionId, response: row.response });
  }
  const firstOpen = shown.findIndex((q) => !byQuestion.has(q.id));
  const article = attempt.articleId ? names.articles.get(attempt.articleId) ?? null : null;
  const setTitle = attempt.setId ? names.sets.get(attempt.setId) : undefined;
  return {
    id: attempt.id,
    mode: modeOf(attempt),
    status: statusOf(attempt),
    title: setTitle ?? article?.title ?? "Quiz",
    article,
    set: attempt.setId && setTitle !== undefined ? { id: attempt.setId, title: setTitle } : null,
    options,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    questions: shown.map((q) => publicQuestion(q, attempt.seed, options.shuffle)),
    answers,
    position: firstOpen === -1 ? shown.length : firstOpen,
    results: attempt.status === "FINISHED" ? await resultsOf(attempt, answerRows, shown) : null,
  };
}

// ---------- after the results ----------

type MissedOutcome<T> = { kind: "ok"; value: T } | { kind: "not-found" } | { kind: "not-finished" } | { kind: "nothing-missed" };

async function missedOf(user: AppUser, attemptId: string): Promise<MissedOutcome<{ attempt: AttemptRow; missed: string[] }>> {
  const attempt = await ownAttempt(user, attemptId);
  if (!attempt) return { kind: "not-found" };
  if (attempt.status !== "FINISHED") return { kind: "not-finished" };
  const answers = await getDb().attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, correct: true } });
  const missed = missedQuestionIds(answers, parseIds(attempt.questionIds));
  return missed.length ? { kind: "ok", value: { attempt, missed } } : { kind: "nothing-missed" };
}

/** A new attempt (same mode and source) with the questions missed in a finished one, still approved. */
export async function retryMissed(user: AppUser, attemptId: string, now: Date, seed = newSeed()): Promise<MissedOutcome<StartedAttempt>> {
  const found = await missedOf(user, attemptId);
  if (found.kind !== "ok") return found;
  const { attempt, missed } = found.value;
  const options = parseOptions(attempt.options);
  const questions = (await findQuestions(missed)).filter((q) => q.status === "APPROVED");
  const started = await createAttempt(
    user.id,
    { articleId: attempt.articleId, setId: attempt.setId },
    questions,
    { mode: modeOf(attempt), shuffle: options.shuffle, timer: options.timer, retryOf: attempt.id },
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
  const db = getDb();
  const rows = await db.attempt.findMany({ where: { userId: user.id }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  const [names, counts] = await Promise.all([
    titles(rows),
    rows.length
      ? db.attemptAnswer.groupBy({ by: ["attemptId"], where: { attemptId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  const answered = new Map(counts.map((c) => [c.attemptId, c._count._all]));
  return rows.map((r) => {
    const article = r.articleId ? names.articles.get(r.articleId) : undefined;
    const setTitle = r.setId ? names.sets.get(r.setId) : undefined;
    return {
      id: r.id,
      mode: modeOf(r),
      status: statusOf(r),
      title: setTitle ?? article?.title ?? "Quiz",
      articleSlug: article?.slug ?? null,
      setId: r.setId,
      score: r.score,
      max: r.max,
      answered: answered.get(r.id) ?? 0,
      total: parseIds(r.questionIds).length,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    };
  });
}
