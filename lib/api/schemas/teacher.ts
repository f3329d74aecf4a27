// Teacher workspace: importing articles and curating their questions.
import { z } from "zod";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";
import { QUESTION_LIMITS } from "../../domain/question-rules.ts";
import { questionForTeacher } from "./articles.ts";
import { QUESTION_TYPES } from "../../domain/question-types.ts";

const statusCounts = z.object({ DRAFT: z.number().int(), APPROVED: z.number().int(), REJECTED: z.number().int(), RETIRED: z.number().int() });

export const workspaceArticle = z.object({
  slug: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  origin: z.enum(["BUNDLED", "IMPORTED"]),
  mine: z.boolean().describe("imported by the caller"),
  words: z.number().int(),
  counts: statusCounts,
});

export const workspaceArticleList = z.object({ articles: z.array(workspaceArticle) });

/** Pasted text (JSON). A file upload is multipart/form-data with a `file` field (.md/.txt). */
export const importArticleBody = z.object({
  title: z.string().trim().max(300, "at most 300 characters").optional(),
  text: z.string().min(1, "paste the article text"),
  source: z.string().trim().max(200, "at most 200 characters").optional(),
  url: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) address" })]).optional(),
  published: z.union([z.literal(""), z.iso.date("must be a date written YYYY-MM-DD")]).optional(),
  tags: z.array(z.string().trim().max(40)).max(20).optional(),
});
export type ImportArticleBody = z.infer<typeof importArticleBody>;

export const regenerateSummary = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  kept: z.number().int(),
  retired: z.number().int(),
});

export const importArticleResult = z.object({
  article: workspaceArticle,
  questions: regenerateSummary,
  duplicate: z.boolean().describe("true when you had already imported this exact text: nothing new was stored"),
});

/**
 * The import form sends a text or file at least this large as a job (POST /api/teacher/import-jobs)
 * and shows its progress: generation takes seconds from about this size (some 130 sentences) up.
 */
export const IMPORT_JOB_MIN_BYTES = 16 * 1024;

export const importJob = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  phase: z.string().describe("what the import is doing, for the progress line (\"Analysing sentence 120 of 1400\")"),
  done: z.number().int().describe("sentences analysed so far"),
  total: z.number().int().describe("sentences to analyse"),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  article: z.object({ slug: z.string(), title: z.string() }).nullable().describe("the stored article, once done"),
  questions: regenerateSummary.nullable(),
  duplicate: z.boolean().describe("true when you had already imported this exact text: nothing new was stored"),
  problem: z
    .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string() })
    .nullable()
    .describe("why the import failed (application/problem+json members); nothing was stored"),
});
export type ImportJob = z.infer<typeof importJob>;

const text = (max: number) => z.string().max(max, `at most ${max} characters`);

/** PATCH /api/questions/{id}: any subset of the editable fields. */
export const questionPatchBody = z.object({
  prompt: text(QUESTION_LIMITS.prompt).optional(),
  answer: text(QUESTION_LIMITS.answer).optional(),
  acceptedAnswers: z.array(text(QUESTION_LIMITS.answer)).max(QUESTION_LIMITS.acceptedAnswers).optional(),
  choices: z.array(text(QUESTION_LIMITS.answer)).max(QUESTION_LIMITS.maxChoices, `at most ${QUESTION_LIMITS.maxChoices} choices`).nullable().optional(),
  explanation: text(QUESTION_LIMITS.explanation).optional(),
  status: z.enum(["DRAFT", "APPROVED", "REJECTED"]).optional(),
});
export type QuestionPatchBody = z.infer<typeof questionPatchBody>;

export const questionStatusBody = z.object({ status: z.enum(["DRAFT", "APPROVED", "REJECTED"]) });

/** POST /api/teacher/articles/{slug}/questions: a question written by hand. */
export const newQuestionBody = z.object({
  type: z.enum(QUESTION_TYPES),
  prompt: text(QUESTION_LIMITS.prompt),
  answer: text(QUESTION_LIMITS.answer),
  acceptedAnswers: z.array(text(QUESTION_LIMITS.answer)).max(QUESTION_LIMITS.acceptedAnswers).default([]),
  choices: z.array(text(QUESTION_LIMITS.answer)).max(QUESTION_LIMITS.maxChoices, `at most ${QUESTION_LIMITS.maxChoices} choices`).nullable().optional(),
  explanation: text(QUESTION_LIMITS.explanation).default(""),
  sentenceIndex: z.number().int().min(-1).optional().describe("the article sentence it rests on; -1 or absent for none"),
  status: z.enum(["DRAFT", "APPROVED"]).default("APPROVED"),
});
export type NewQuestionBody = z.infer<typeof newQuestionBody>;

export const approveAboveBody = z.object({ minScore: z.number().min(0).max(1) });
export const approveAboveResult = z.object({ approved: z.number().int() });

export const questionResult = z.object({ question: questionForTeacher });

// The curation rules (normalize, what is wrong field by field) live in lib/domain/question-rules.ts,
// shared by the curation use cases and the edit form.
export { CLOZE_GAP, QUESTION_LIMITS, normalizeQuestion, questionIssues, sameText, type EditableQuestion } from "../../domain/question-rules.ts";

const teacher = ["teacher"];
/** Every route of the teacher workspace, keyed "METHOD /path": route modules and the typed client name them so. */
export const teacherRoutes = defineRoutes({
  "GET /api/teacher/articles": { method: "GET", path: "/api/teacher/articles", summary: "Workspace: your imports and the bundled articles, with question counts by status", tags: teacher, response: workspaceArticleList, errors: [401, 403] },
  "POST /api/teacher/articles": {
    method: "POST",
    path: "/api/teacher/articles",
    summary: "Import an article (pasted text as JSON, or multipart/form-data with a .md/.txt `file`) and generate DRAFT questions",
    tags: teacher,
    body: importArticleBody,
    response: importArticleResult,
    status: 201,
    errors: [400, 401, 403, 413, 415, 422],
  },
  "POST /api/teacher/import-jobs": {
    method: "POST",
    path: "/api/teacher/import-jobs",
    summary: "Import a long article as a job (same body as POST /api/teacher/articles): answers at once with the job to poll",
    tags: teacher,
    body: importArticleBody,
    response: importJob,
    status: 202,
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  "GET /api/teacher/import-jobs/{id}": { method: "GET", path: "/api/teacher/import-jobs/{id}", summary: "Progress of your import job; the article once it is stored, or the problem", tags: teacher, response: importJob, errors: [401, 403, 404] },
  "POST /api/teacher/articles/{slug}/questions": { method: "POST", path: "/api/teacher/articles/{slug}/questions", summary: "Write a question by hand", tags: teacher, body: newQuestionBody, response: questionResult, status: 201, errors: [400, 401, 403, 404, 409, 422] },
  "POST /api/teacher/articles/{slug}/regenerate": { method: "POST", path: "/api/teacher/articles/{slug}/regenerate", summary: "Regenerate questions; edited and hand-written ones are kept as they are", tags: teacher, response: regenerateSummary, errors: [401, 403, 404] },
  "POST /api/teacher/articles/{slug}/approve": { method: "POST", path: "/api/teacher/articles/{slug}/approve", summary: "Approve every DRAFT question scoring at least minScore", tags: teacher, body: approveAboveBody, response: approveAboveResult, errors: [400, 401, 403, 404] },
  "GET /api/questions/{id}": { method: "GET", path: "/api/questions/{id}", summary: "One question with its answer, score and status (teachers who may curate its article)", tags: teacher, response: questionResult, errors: [401, 403, 404] },
  "PATCH /api/questions/{id}": { method: "PATCH", path: "/api/questions/{id}", summary: "Edit a question (marks it edited: regeneration never overwrites it)", tags: teacher, body: questionPatchBody, response: questionResult, errors: [400, 401, 403, 404, 422] },
  "POST /api/questions/{id}/status": { method: "POST", path: "/api/questions/{id}/status", summary: "Approve, reject or return a question to draft", tags: teacher, body: questionStatusBody, response: questionResult, errors: [400, 401, 403, 404] },
});

export const routes: ApiRoute[] = Object.values(teacherRoutes);
