// Teacher workspace: importing articles and curating their questions.
import { z } from "zod";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";
import type { FieldError } from "../problem.ts";
import { questionForTeacher } from "./articles.ts";
import { QUESTION_TYPES, type QuestionType } from "../../domain/question-types.ts";

export const QUESTION_LIMITS = { prompt: 2000, answer: 300, explanation: 4000, acceptedAnswers: 20, minChoices: 2, maxChoices: 6 } as const;

/** The gap a CLOZE prompt carries. */
export const CLOZE_GAP = "_____";

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

// ---------- the curation rules (shared by the API and the edit form) ----------

export interface EditableQuestion {
  type: QuestionType;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  choices?: string[] | null;
  explanation: string;
}

/** Case- and space-insensitive form used to compare answers and choices ("2,500" = "2500"). */
export const sameText = (s: string) =>
  s.normalize("NFKC").replace(/(\d)[,\u00a0](?=\d{3}\b)/g, "$1").replace(/\s+/g, " ").trim().toLowerCase();

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/** Trims, collapses spaces, writes the CLOZE gap one way, drops blank/repeated accepted answers,
 * and gives TRUE_FALSE its fixed choices. */
export function normalizeQuestion(q: EditableQuestion): EditableQuestion {
  const prompt = q.type === "CLOZE" ? tidy(q.prompt).replace(/_{3,}/g, CLOZE_GAP) : q.prompt.trim();
  let answer = tidy(q.answer);
  if (q.type === "TRUE_FALSE" && /^(true|false)$/i.test(answer)) answer = answer[0].toUpperCase() + answer.slice(1).toLowerCase();
  const seen = new Set([sameText(answer)]);
  const acceptedAnswers: string[] = [];
  for (const a of q.acceptedAnswers.map(tidy)) {
    if (a && !seen.has(sameText(a))) acceptedAnswers.push(a);
    seen.add(sameText(a));
  }
  const choices =
    q.type === "TRUE_FALSE" ? ["True", "False"] : q.type === "MCQ" ? (q.choices ?? []).map(tidy) : null;
  return { type: q.type, prompt, answer, acceptedAnswers: q.type === "TRUE_FALSE" ? [] : acceptedAnswers, choices, explanation: q.explanation.trim() };
}

const wholeWord = (haystack: string, needle: string) => {
  const n = sameText(needle).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return n.length > 0 && new RegExp(`(^|[^\\p{L}\\p{N}])${n}($|[^\\p{L}\\p{N}])`, "u").test(sameText(haystack));
};

/** What is wrong with a (normalized) question, field by field; empty when a teacher may save it. */
export function questionIssues(q: EditableQuestion): FieldError[] {
  const issues: FieldError[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!q.prompt) add("prompt", "the question cannot be empty");
  if (!q.answer) add("answer", "the answer cannot be empty");
  if (q.type === "CLOZE") {
    const gaps = (q.prompt.match(/_{3,}/g) ?? []).length;
    if (gaps !== 1) add("prompt", `a cloze sentence needs exactly one gap written ${CLOZE_GAP} (found ${gaps})`);
  }
  if (q.type === "TRUE_FALSE" && q.answer && !["True", "False"].includes(q.answer)) {
    add("answer", "the answer to a true/false statement is True or False");
  }
  if (q.type === "MCQ") {
    const choices = q.choices ?? [];
    if (choices.some((c) => !c)) add("choices", "a choice cannot be empty");
    if (choices.length < QUESTION_LIMITS.minChoices || choices.length > QUESTION_LIMITS.maxChoices) {
      add("choices", `give ${QUESTION_LIMITS.minChoices} to ${QUESTION_LIMITS.maxChoices} choices (got ${choices.length})`);
    }
    const keys = choices.map(sameText);
    const dupes = [...new Set(keys.filter((k, i) => k && keys.indexOf(k) !== i))];
    if (dupes.length) add("choices", `choices repeat: ${dupes.map((d) => `“${d}”`).join(", ")} (case and spaces are ignored)`);
    const right = keys.filter((k) => k === sameText(q.answer)).length;
    if (q.answer && right === 0) add("answer", "the answer must be one of the choices");
    if (right > 1) add("choices", "the answer appears more than once: exactly one option may be right");
    const alsoRight = q.acceptedAnswers.filter((a) => keys.includes(sameText(a)) && sameText(a) !== sameText(q.answer));
    if (alsoRight.length) add("acceptedAnswers", `${alsoRight.map((a) => `“${a}”`).join(", ")} is also a choice: two options would be right`);
  } else if (q.type !== "TRUE_FALSE" && q.choices && q.choices.length) {
    add("choices", "only multiple-choice and true/false questions have choices");
  }
  if (q.type !== "TRUE_FALSE" && q.answer && q.prompt && wholeWord(q.prompt, q.answer)) {
    add("prompt", "the question gives its own answer away");
  }
  return issues;
}

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
  "POST /api/teacher/articles/{slug}/questions": { method: "POST", path: "/api/teacher/articles/{slug}/questions", summary: "Write a question by hand", tags: teacher, body: newQuestionBody, response: questionResult, status: 201, errors: [400, 401, 403, 404, 409, 422] },
  "POST /api/teacher/articles/{slug}/regenerate": { method: "POST", path: "/api/teacher/articles/{slug}/regenerate", summary: "Regenerate questions; edited and hand-written ones are kept as they are", tags: teacher, response: regenerateSummary, errors: [401, 403, 404] },
  "POST /api/teacher/articles/{slug}/approve": { method: "POST", path: "/api/teacher/articles/{slug}/approve", summary: "Approve every DRAFT question scoring at least minScore", tags: teacher, body: approveAboveBody, response: approveAboveResult, errors: [400, 401, 403, 404] },
  "GET /api/questions/{id}": { method: "GET", path: "/api/questions/{id}", summary: "One question with its answer, score and status (teachers who may curate its article)", tags: teacher, response: questionResult, errors: [401, 403, 404] },
  "PATCH /api/questions/{id}": { method: "PATCH", path: "/api/questions/{id}", summary: "Edit a question (marks it edited: regeneration never overwrites it)", tags: teacher, body: questionPatchBody, response: questionResult, errors: [400, 401, 403, 404, 422] },
  "POST /api/questions/{id}/status": { method: "POST", path: "/api/questions/{id}/status", summary: "Approve, reject or return a question to draft", tags: teacher, body: questionStatusBody, response: questionResult, errors: [400, 401, 403, 404] },
});

export const routes: ApiRoute[] = Object.values(teacherRoutes);
