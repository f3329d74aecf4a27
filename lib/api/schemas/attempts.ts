import { z } from "zod";
import { QUESTION_TYPES } from "../../domain/types.ts";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";

export const attemptMode = z.enum(["PRACTICE", "TEST"]);
export const questionType = z.enum(QUESTION_TYPES);
export const verdict = z.enum(["correct", "close", "wrong"]);
export const reviewVerdict = z.enum(["correct", "close", "wrong", "unanswered"]);

/** At most this many questions in one attempt. */
export const MAX_ATTEMPT_QUESTIONS = 200;

/** POST /api/attempts: an article (by slug) or a question set (by id) — exactly one. */
export const startAttemptBody = z
  .object({
    articleSlug: z.string().trim().min(1).max(200).optional(),
    setId: z.string().trim().min(1).max(100).optional(),
    mode: attemptMode,
    count: z.number().int().min(1).max(MAX_ATTEMPT_QUESTIONS).optional(),
    types: z.array(questionType).max(QUESTION_TYPES.length).optional(),
    shuffle: z.boolean().optional(),
    timer: z.boolean().optional(),
  })
  .strict()
  .refine((b) => (b.articleSlug === undefined) !== (b.setId === undefined), {
    message: "give exactly one of articleSlug or setId",
    path: ["articleSlug"],
  });
export type StartAttemptBody = z.infer<typeof startAttemptBody>;

export const publicQuestion = z.object({
  id: z.string(),
  type: questionType,
  prompt: z.string(),
  choices: z.array(z.string()).optional(),
});

export const startedAttempt = z.object({
  id: z.string(),
  mode: attemptMode,
  questions: z.array(publicQuestion),
  deadlineAt: z.string().nullable().describe("when the time limit ends (ISO 8601); answers after it are refused"),
});

export const answerBody = z
  .object({
    questionId: z.string().min(1).max(100),
    response: z.string().max(500),
  })
  .strict();
export type AnswerBody = z.infer<typeof answerBody>;

/** Where a question comes from, with the paragraph around it so the sentence can be shown in context. */
export const sourceContext = z.object({
  sentenceIndex: z.number().int(),
  sentence: z.string(),
  start: z.number().int().describe("answer span inside the sentence"),
  end: z.number().int(),
  paragraph: z.string().nullable(),
  sentenceStart: z.number().int().nullable().describe("offset of the sentence inside the paragraph"),
  article: z.object({ slug: z.string(), title: z.string() }).nullable(),
});

export const answerResult = z.object({
  questionId: z.string(),
  response: z.string(),
  correct: z.boolean(),
  verdict,
  overridden: z.boolean().optional(),
  expected: z.string().optional(),
  alsoAccepted: z.array(z.string()).optional(),
  explanation: z.string().optional(),
  source: sourceContext.optional(),
});

export const reviewItem = z.object({
  questionId: z.string(),
  type: questionType,
  prompt: z.string(),
  response: z.string().nullable(),
  verdict: reviewVerdict,
  correct: z.boolean(),
  overridden: z.boolean().optional(),
  expected: z.string(),
  alsoAccepted: z.array(z.string()),
  explanation: z.string(),
  source: sourceContext,
});

export const attemptResults = z.object({ score: z.number(), max: z.number().int(), items: z.array(reviewItem) });

export const attemptOptions = z.object({
  count: z.number().int().nullable(),
  types: z.array(questionType),
  shuffle: z.boolean(),
  timer: z.boolean(),
  retryOf: z.string().nullable(),
});

/** GET /api/attempts/{id}: enough to resume exactly where the learner was. */
export const attemptView = z.object({
  id: z.string(),
  mode: attemptMode,
  status: z.enum(["IN_PROGRESS", "FINISHED"]),
  title: z.string(),
  article: z.object({ slug: z.string(), title: z.string() }).nullable(),
  set: z.object({ id: z.string(), title: z.string() }).nullable(),
  options: attemptOptions,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  assignment: z.object({ classId: z.string() }).nullable().describe("started from a class assignment: mode and count were fixed by the teacher"),
  deadlineAt: z.string().nullable().describe("when the time limit ends (ISO 8601); answers after it are refused"),
  questions: z.array(publicQuestion),
  answers: z
    .array(answerResult.partial({ correct: true, verdict: true }))
    .describe("answers so far, in attempt order; verdict and feedback only where the mode allows"),
  position: z.number().int().describe("index of the first unanswered question (= questions.length when all are answered)"),
  results: attemptResults.nullable(),
});

export const historyEntry = z.object({
  id: z.string(),
  mode: attemptMode,
  status: z.enum(["IN_PROGRESS", "FINISHED"]),
  title: z.string(),
  articleSlug: z.string().nullable(),
  setId: z.string().nullable(),
  score: z.number().nullable(),
  max: z.number().int().nullable(),
  answered: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const attemptHistory = z.object({ attempts: z.array(historyEntry) });

export const deckAdded = z.object({ added: z.number().int(), already: z.number().int() });

const tags = ["quizzes"];
/** Every quiz route, keyed "METHOD /path": route modules and the typed client name them so. */
export const attemptRoutes = defineRoutes({
  "POST /api/attempts": {
    method: "POST",
    path: "/api/attempts",
    summary: "Start a quiz on an article or a question set (only approved questions; never any answers)",
    tags,
    body: startAttemptBody,
    response: startedAttempt,
    status: 201,
    errors: [400, 401, 404, 413, 415, 422],
  },
  "GET /api/attempts/{id}": { method: "GET", path: "/api/attempts/{id}", summary: "Resume an attempt: stored order, answers so far", tags, response: attemptView, errors: [401, 404] },
  "POST /api/attempts/{id}/answers": {
    method: "POST",
    path: "/api/attempts/{id}/answers",
    summary: "Answer one question (graded on the server; the first answer counts, a repeat returns it unchanged)",
    tags,
    body: answerBody,
    response: answerResult,
    errors: [400, 401, 404, 409, 413, 415, 422],
  },
  "POST /api/attempts/{id}/answers/{questionId}/override": {
    method: "POST",
    path: "/api/attempts/{id}/answers/{questionId}/override",
    summary: "\"I was right\": count a close or wrong PRACTICE answer as correct (marked as overridden for the teacher)",
    tags,
    response: answerResult,
    errors: [401, 404, 409],
  },
  "POST /api/attempts/{id}/finish": { method: "POST", path: "/api/attempts/{id}/finish", summary: "Finish (idempotent): score and review of every item", tags, response: attemptResults, errors: [401, 404] },
  "POST /api/attempts/{id}/retry-missed": {
    method: "POST",
    path: "/api/attempts/{id}/retry-missed",
    summary: "A new attempt with the questions missed in a finished one",
    tags,
    response: startedAttempt,
    status: 201,
    errors: [401, 404, 409, 422],
  },
  "POST /api/attempts/{id}/add-missed-to-deck": {
    method: "POST",
    path: "/api/attempts/{id}/add-missed-to-deck",
    summary: "Add the questions missed in a finished attempt to my flashcards",
    tags,
    response: deckAdded,
    errors: [401, 404, 409],
  },
  "GET /api/me/attempts": { method: "GET", path: "/api/me/attempts", summary: "My attempts, newest first", tags, response: attemptHistory, errors: [401] },
});

// No /api/bench here: those routes exist only in a FACTDECK_BENCH=1 build, so neither the OpenAPI
// document nor the proxy's route table (its 405s) may name them.
export const routes: ApiRoute[] = Object.values(attemptRoutes);
