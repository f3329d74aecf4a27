// Factdeck's own lossless format: the whole set, every question, versioned so later readers can
// migrate old files. `parseSetJson` reads it back (and reports every problem with its path).
import { z } from "zod";
import { QUESTION_TYPES } from "../domain/types";
import { fileBase } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportQuestion, type ExportResult, type ExportSet } from "./types";

export const SET_JSON_FORMAT = "factdeck.set";
export const SET_JSON_VERSION = 1;

const questionSchema = z.object({
  id: z.string(),
  key: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  answer: z.string(),
  acceptedAnswers: z.array(z.string()),
  choices: z.array(z.string()).optional(),
  explanation: z.string(),
  answerType: z.string(),
  sourceSentence: z.string(),
  articleTitle: z.string(),
  tags: z.array(z.string()),
});

export const setJsonSchema = z.object({
  format: z.literal(SET_JSON_FORMAT),
  version: z.literal(SET_JSON_VERSION),
  set: z.object({
    slug: z.string(),
    title: z.string(),
    description: z.string().optional(),
    exportedAt: z.iso.datetime({ offset: true }),
  }),
  questions: z.array(questionSchema),
});

export type SetJson = z.infer<typeof setJsonSchema>;

export interface SetJsonError {
  /** Dotted path to the offending value ("questions.2.type"); "" for the document itself. */
  path: string;
  message: string;
}

export type ParseSetJsonResult = { ok: true; set: ExportSet } | { ok: false; errors: SetJsonError[] };

function questionJson(q: ExportQuestion): SetJson["questions"][number] {
  // Fields listed explicitly: nothing outside the schema leaks into the file.
  return {
    id: q.id,
    key: q.key,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: [...q.acceptedAnswers],
    ...(q.choices ? { choices: [...q.choices] } : {}),
    explanation: q.explanation,
    answerType: q.answerType,
    sourceSentence: q.sourceSentence,
    articleTitle: q.articleTitle,
    tags: [...q.tags],
  };
}

export function setToJson(set: ExportSet): SetJson {
  return {
    format: SET_JSON_FORMAT,
    version: SET_JSON_VERSION,
    set: {
      slug: set.slug,
      title: set.title,
      ...(set.description !== undefined ? { description: set.description } : {}),
      exportedAt: set.exportedAt.toISOString(),
    },
    questions: set.questions.map(questionJson),
  };
}

export function exportJson(set: ExportSet): ExportResult {
  return {
    filename: `${fileBase(set)}.factdeck.json`,
    contentType: EXPORT_FORMAT_SPECS.json.contentType,
    body: JSON.stringify(setToJson(set), null, 2) + "\n",
    // Every question type fits this format, so nothing is ever skipped.
    skipped: [],
  };
}

export function parseSetJson(text: string): ParseSetJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = setJsonSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      })),
    };
  }
  const { set, questions } = parsed.data;
  return {
    ok: true,
    set: {
      slug: set.slug,
      title: set.title,
      ...(set.description !== undefined ? { description: set.description } : {}),
      exportedAt: new Date(set.exportedAt),
      questions: questions.map((q) => ({ ...q })),
    },
  };
}
