// The export-format registry is what the files really are: every exporter answers with the
// registry's content type and extension, and skips exactly the question types it cannot express.
import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS, canExpress } from "@/lib/domain/export-formats";
import { QUESTION_TYPES, type QuestionType } from "@/lib/domain/question-types";
import { exportSet, type ExportQuestion, type ExportSet } from "@/lib/export";
import { exportFormat } from "@/lib/api/schemas/sets";

/** One plain, valid question of each type: nothing about it but its type can make a format skip it. */
const PLAIN: Record<QuestionType, Pick<ExportQuestion, "prompt" | "answer" | "choices">> = {
  MCQ: { prompt: "Which city is the capital of Iraq?", answer: "Baghdad", choices: ["Basra", "Baghdad", "Mosul", "Erbil"] },
  TRUE_FALSE: { prompt: "Baghdad is the capital of Iraq.", answer: "True", choices: ["True", "False"] },
  CLOZE: { prompt: "The capital of Iraq is _____.", answer: "Baghdad" },
  SHORT_ANSWER: { prompt: "What is the capital of Iraq?", answer: "Baghdad" },
};

const set: ExportSet = {
  slug: "plain-set",
  title: "Plain set",
  exportedAt: new Date("2026-01-01T00:00:00Z"),
  questions: QUESTION_TYPES.map((type) => ({
    id: `id-${type}`,
    key: `k-${type}`,
    type,
    acceptedAnswers: [],
    explanation: "",
    answerType: "city",
    sourceSentence: "Baghdad is the capital of Iraq.",
    articleTitle: "Iraq",
    tags: [],
    ...PLAIN[type],
  })),
};

describe("export format registry", () => {
  it("lists every format once, and the API's enum is the same list", () => {
    expect(EXPORT_FORMATS).toEqual(Object.keys(EXPORT_FORMAT_SPECS));
    expect(new Set(EXPORT_FORMATS).size).toBe(EXPORT_FORMATS.length);
    expect(exportFormat.options).toEqual(EXPORT_FORMATS);
    expect(exportFormat.safeParse("pdf").success).toBe(false);
  });

  it("lets choice-only targets take typed questions (as multiple choice when the set offers options)", () => {
    expect(EXPORT_FORMAT_SPECS.kahoot.questionTypes).toEqual(QUESTION_TYPES);
    expect(canExpress("kahoot", "CLOZE")).toBe(true);
    expect(canExpress("gift", "CLOZE")).toBe(true);
  });

  it.each(EXPORT_FORMATS)("%s: the file has the registry's content type and extension, and skips just the types it cannot express", async (format) => {
    const spec = EXPORT_FORMAT_SPECS[format];
    const result = await exportSet(set, format);
    expect(result.contentType).toBe(spec.contentType);
    expect(result.filename.endsWith(spec.extension), result.filename).toBe(true);
    const skippedTypes = result.skipped.map((s) => set.questions.find((q) => q.key === s.key)?.type);
    expect(skippedTypes.sort()).toEqual(QUESTION_TYPES.filter((t) => !canExpress(format, t)).sort());
  });
});
