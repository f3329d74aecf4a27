// Question sets, classes and exports: request and response shapes (routes and client forms alike).
import { z } from "zod";
import { QUESTION_TYPES } from "../../domain/types.ts";
import { ASSIGNMENT_LIMITS, COUNTED_ATTEMPTS } from "../../domain/assignments.ts";
import { timeZoneSchema } from "../../domain/study-settings.ts";
import { MAX_ATTEMPT_QUESTIONS, startedAttempt } from "./attempts.ts";
import { EXPORT_FORMATS } from "../../export/types.ts";
import {
  CUSTOM_SEPARATOR, PAPER_SIZES, PRINT_VERSIONS, QUIZLET_CARD_SEPARATORS, QUIZLET_TERM_SEPARATORS,
} from "../../domain/export-formats.ts";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";

export const MAX_SET_QUESTIONS = 500;

export const visibility = z.enum(["PRIVATE", "CLASS", "PUBLIC"]);
const questionIds = z
  .array(z.string().trim().min(1).max(100))
  .max(MAX_SET_QUESTIONS)
  .refine((ids) => new Set(ids).size === ids.length, { message: "a question can be in a set only once" });

export const createSetBody = z
  .object({
    title: z.string().trim().min(1, "give the set a title").max(200),
    description: z.string().trim().max(2000).optional(),
    visibility: visibility.optional(),
    questionIds: questionIds.optional(),
  })
  .strict();
export type CreateSetBody = z.infer<typeof createSetBody>;

export const updateSetBody = z
  .object({
    title: z.string().trim().min(1, "give the set a title").max(200).optional(),
    description: z.string().trim().max(2000).optional(),
    visibility: visibility.optional(),
    questionIds: questionIds.optional().describe("the whole ordered list: replaces the set's items"),
  })
  .strict();
export type UpdateSetBody = z.infer<typeof updateSetBody>;

/** What the teacher fixes per assignment; a field left out keeps its value (new: practice, every
 * question, no due date, unlimited attempts, no time limit, best attempt counts). */
export const assignmentSettingsInput = z.object({
  mode: z.enum(["PRACTICE", "TEST"]).optional(),
  questionCount: z.number().int().min(1, "at least 1 question").max(MAX_ATTEMPT_QUESTIONS).nullable().optional().describe("null = every question (one per fact)"),
  due: z
    .object({
      local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "a date and time like 2026-12-05T17:00"),
      timeZone: timeZoneSchema,
    })
    .strict()
    .nullable()
    .optional()
    .describe("wall-clock time in an IANA zone; null removes the due date"),
  attemptsAllowed: z.number().int().min(1, "at least 1 attempt").max(ASSIGNMENT_LIMITS.attempts).nullable().optional().describe("null = unlimited"),
  timeLimitMinutes: z.number().int().min(1, "at least 1 minute").max(ASSIGNMENT_LIMITS.timeLimitMinutes).nullable().optional().describe("null = no time limit"),
  countedAttempt: z.enum(COUNTED_ATTEMPTS).optional().describe("which finished attempt the class results use"),
});
export type AssignmentSettingsInput = z.infer<typeof assignmentSettingsInput>;

export const assignBody = assignmentSettingsInput.extend({ classId: z.string().trim().min(1).max(100) }).strict();
export const updateAssignmentBody = assignmentSettingsInput.strict();

export const assignmentSettings = z.object({
  mode: z.enum(["PRACTICE", "TEST"]),
  questionCount: z.number().int().nullable(),
  dueAt: z.string().nullable(),
  dueTimeZone: z.string(),
  attemptsAllowed: z.number().int().nullable(),
  timeLimitMinutes: z.number().int().nullable(),
  countedAttempt: z.enum(COUNTED_ATTEMPTS),
});

export const setItem = z.object({
  questionId: z.string(),
  position: z.number().int(),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  answer: z.string(),
  choices: z.array(z.string()).optional(),
  score: z.number(),
  status: z.string(),
  article: z.object({ slug: z.string(), title: z.string() }),
});

export const setSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  visibility,
  owner: z.object({ id: z.string(), name: z.string() }),
  questionCount: z.number().int(),
  classes: z.array(z.object({ id: z.string(), name: z.string() })),
  updatedAt: z.string(),
});
export const setDetail = setSummary.extend({ items: z.array(setItem), mayEdit: z.boolean() });
export const setList = z.object({ sets: z.array(setSummary) });

export const exportFormat = z.enum(EXPORT_FORMATS);
/** A named separator ("tab") or a custom one (1–5 characters, no letter, digit or space). */
const separatorOption = (presets: Record<string, string>) =>
  z
    .string()
    .refine((v) => Object.hasOwn(presets, v) || CUSTOM_SEPARATOR.test(v), {
      message: `use ${Object.keys(presets).join(" or ")}, or 1 to 5 characters that are not letters, digits or spaces`,
    });

export const exportQuery = z.object({
  format: exportFormat,
  /** Printable formats and the Word worksheet. */
  paper: z.enum(PAPER_SIZES).optional(),
  /** Printable formats and the Word worksheet: B shuffles questions and options (seeded). */
  version: z.enum(PRINT_VERSIONS).optional(),
  /** Quizlet: between term and definition. */
  term: separatorOption(QUIZLET_TERM_SEPARATORS).optional(),
  /** Quizlet: between cards. */
  card: separatorOption(QUIZLET_CARD_SEPARATORS).optional(),
});

/** The X-Factdeck-Skipped header: URL-encoded JSON of this shape. */
export const skippedItems = z.array(z.object({ key: z.string(), prompt: z.string(), reason: z.string() }));
export const SKIPPED_HEADER = "X-Factdeck-Skipped";

// ---------- classes ----------

export const createClassBody = z.object({ name: z.string().trim().min(1, "give the class a name").max(120) }).strict();
export const joinClassBody = z
  .object({ code: z.string().trim().min(1, "type the code your teacher gave you").max(20) })
  .strict();

export const classSummary = z.object({
  id: z.string(),
  name: z.string(),
  teacher: z.object({ id: z.string(), name: z.string() }),
  memberCount: z.number().int(),
  setCount: z.number().int(),
  joinCode: z.string().optional().describe("only for the class's teacher"),
});
export const classList = z.object({ teaching: z.array(classSummary), joined: z.array(classSummary) });

export const assignedSet = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  visibility: z.string(),
  questionCount: z.number().int(),
  assignedAt: z.string(),
  settings: assignmentSettings,
});
const assignmentState = z.enum(["todo", "in-progress", "done", "late", "missing"]);
export const learnerAssignment = assignedSet.extend({
  classId: z.string(),
  className: z.string(),
  state: assignmentState,
  attemptsStarted: z.number().int(),
  attemptsLeft: z.number().int().nullable().describe("null = unlimited"),
  openAttemptId: z.string().nullable(),
  counted: z.number().min(0).max(1).nullable(),
});
export const learnerAssignmentList = z.object({ assignments: z.array(learnerAssignment) });
export const startedAssignment = startedAttempt.extend({ resumed: z.boolean().describe("an attempt still open was returned instead of a new one") });
export const classDetail = classSummary.extend({
  viewer: z.enum(["teacher", "member"]),
  sets: z.array(assignedSet),
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), joinedAt: z.string() })).optional(),
});

const fraction = z.number().min(0).max(1).nullable();
export const classResults = z.object({
  classId: z.string(),
  learners: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      attempts: z.number().int(),
      finished: z.number().int(),
      best: fraction,
      last: fraction,
      sets: z.array(
        z.object({
          setId: z.string(),
          title: z.string(),
          attempts: z.number().int().describe("attempts started from the assignment"),
          best: fraction,
          last: fraction,
          counted: fraction.describe("the attempt that counts under the assignment's rule"),
          state: assignmentState,
          countedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
  questions: z.array(
    z.object({
      questionId: z.string(),
      setTitles: z.array(z.string()),
      type: z.enum(QUESTION_TYPES),
      prompt: z.string(),
      answer: z.string(),
      answered: z.number().int(),
      correct: z.number().int(),
      overridden: z.number().int().optional().describe("correct answers the learner marked right themselves (PRACTICE \"I was right\")"),
      shareCorrect: fraction,
      wrongAnswers: z.array(z.object({ response: z.string(), count: z.number().int() })),
    }),
  ),
});

const sets = ["sets"];
const classes = ["classes"];
/** Every route of this area, keyed "METHOD /path": route modules and the typed client name them so. */
export const setRoutes = defineRoutes({
  "POST /api/sets": { method: "POST", path: "/api/sets", summary: "Create a question set from approved questions (teachers)", tags: sets, body: createSetBody, response: setDetail, status: 201, errors: [400, 401, 403, 413, 415, 422] },
  "GET /api/sets": { method: "GET", path: "/api/sets", summary: "My question sets (admins: all)", tags: sets, response: setList, errors: [401, 403] },
  "GET /api/sets/{id}": { method: "GET", path: "/api/sets/{id}", summary: "One set with its ordered questions and answers (owner, admin, teacher of an assigned class)", tags: sets, response: setDetail, errors: [401, 404] },
  "PATCH /api/sets/{id}": { method: "PATCH", path: "/api/sets/{id}", summary: "Change title, description, visibility, or replace the ordered questions (one transaction)", tags: sets, body: updateSetBody, response: setDetail, errors: [400, 401, 404, 413, 415, 422] },
  "DELETE /api/sets/{id}": { method: "DELETE", path: "/api/sets/{id}", summary: "Delete a set", tags: sets, status: 204, responseDescription: "Deleted", errors: [401, 404] },
  "POST /api/sets/{id}/assign": { method: "POST", path: "/api/sets/{id}/assign", summary: "Assign a set to one of my classes with fixed settings, or change them (a PRIVATE set becomes CLASS)", tags: sets, body: assignBody, response: setDetail, errors: [400, 401, 404, 413, 415] },
  "GET /api/sets/{id}/export": {
    method: "GET",
    path: "/api/sets/{id}/export",
    summary: "Download the set in another tool's format; questions a format cannot express are listed in X-Factdeck-Skipped (URL-encoded JSON)",
    tags: sets,
    query: exportQuery,
    responseType: "application/octet-stream",
    responseDescription: "The file, as an attachment",
    errors: [400, 401, 404],
  },
  "POST /api/classes": { method: "POST", path: "/api/classes", summary: "Create a class with a join code (teachers)", tags: classes, body: createClassBody, response: classSummary, status: 201, errors: [400, 401, 403, 413, 415] },
  "GET /api/classes": { method: "GET", path: "/api/classes", summary: "Classes I teach and classes I joined", tags: classes, response: classList, errors: [401] },
  "POST /api/classes/join": { method: "POST", path: "/api/classes/join", summary: "Join a class with its code (idempotent)", tags: classes, body: joinClassBody, response: classSummary, errors: [400, 401, 404, 413, 415] },
  "GET /api/classes/{id}": { method: "GET", path: "/api/classes/{id}", summary: "A class: members and assigned sets for its teacher, assigned sets for members", tags: classes, response: classDetail, errors: [401, 404] },
  "PATCH /api/classes/{id}/assignments/{setId}": { method: "PATCH", path: "/api/classes/{id}/assignments/{setId}", summary: "Change an assignment's settings (the class's teacher)", tags: classes, body: updateAssignmentBody, response: assignmentSettings, errors: [400, 401, 403, 404, 413, 415] },
  "DELETE /api/classes/{id}/assignments/{setId}": { method: "DELETE", path: "/api/classes/{id}/assignments/{setId}", summary: "Take a set off the class (attempts stay the learners')", tags: classes, status: 204, responseDescription: "Removed", errors: [401, 403, 404] },
  "POST /api/classes/{id}/assignments/{setId}/attempts": {
    method: "POST",
    path: "/api/classes/{id}/assignments/{setId}/attempts",
    summary: "Start the assignment's quiz with the teacher's settings (or resume the open attempt); 409 when no attempts are left",
    tags: classes,
    response: startedAssignment,
    status: 201,
    errors: [401, 404, 409, 422],
  },
  "GET /api/me/assignments": { method: "GET", path: "/api/me/assignments", summary: "My assignments with due dates, where I stand and attempts left", tags: classes, response: learnerAssignmentList, errors: [401] },
  "GET /api/classes/{id}/results/csv": {
    method: "GET",
    path: "/api/classes/{id}/results/csv",
    summary: "The class results as CSV: one row per learner and assignment, the attempt that counts, late and missing",
    tags: classes,
    responseType: "text/csv",
    responseDescription: "The CSV file, as an attachment",
    errors: [401, 404],
  },
  "GET /api/classes/{id}/results": { method: "GET", path: "/api/classes/{id}/results", summary: "Results per learner (best/last score) and per question (share correct, common wrong answers)", tags: classes, response: classResults, errors: [401, 404] },
});

export const routes: ApiRoute[] = Object.values(setRoutes);
