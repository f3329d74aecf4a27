// The question types, written once. Every enum, zod schema, label, CLI alias and "does it have
// choices / how is it graded" check derives from this table; `satisfies Record<QuestionType, …>`
// makes a type added to QUESTION_TYPES without an entry here fail to compile.
import { QUESTION_TYPES, type QuestionType } from "./types";

export interface QuestionTypeSpec {
  /** What learners and teachers see, one name everywhere. */
  label: string;
  /** Over the prompt field of the teacher's form. */
  promptLabel: string;
  /** Choice questions are answered by picking an option; typed ones by writing an answer. */
  grading: "choice" | "typed";
  /** Choices every question of this type has (true/false), or null when the author writes them. */
  fixedChoices: readonly string[] | null;
  /** Names accepted by `factdeck generate --types` (lower case). */
  cliAliases: readonly string[];
  /**
   * The answer fills a gap ("_____") in the prompt rather than following it: exports draw the gap
   * (a line on paper, an embedded blank in Moodle and QTI, a cloze deletion in Anki).
   */
  answerFillsGap: boolean;
  /**
   * The generator's ranking weight for a question of this type (0–1): how much a learner gains from
   * it when candidates compete for a place in the default selection. Recall beats recognition.
   */
  rankWeight: number;
  /** The generator's starting difficulty estimate (0–1), before the fact's own features adjust it. */
  baseDifficulty: number;
}

export const QUESTION_TYPE_SPECS = {
  MCQ: {
    label: "Multiple choice",
    promptLabel: "Question",
    grading: "choice",
    fixedChoices: null,
    cliAliases: ["mcq", "choice", "multiple_choice"],
    answerFillsGap: false,
    rankWeight: 0.85,
    baseDifficulty: 0.4,
  },
  TRUE_FALSE: {
    label: "True or false",
    promptLabel: "Statement",
    grading: "choice",
    fixedChoices: ["True", "False"],
    cliAliases: ["tf", "truefalse", "true_false"],
    answerFillsGap: false,
    rankWeight: 0.6,
    baseDifficulty: 0.2,
  },
  CLOZE: {
    label: "Fill in the blank",
    promptLabel: "Sentence with a gap",
    grading: "typed",
    fixedChoices: null,
    cliAliases: ["cloze", "gap", "blank"],
    answerFillsGap: true,
    rankWeight: 0.7,
    baseDifficulty: 0.6,
  },
  SHORT_ANSWER: {
    label: "Short answer",
    promptLabel: "Question",
    grading: "typed",
    fixedChoices: null,
    cliAliases: ["short", "short_answer"],
    answerFillsGap: false,
    rankWeight: 0.9,
    baseDifficulty: 0.7,
  },
} as const satisfies Record<QuestionType, QuestionTypeSpec>;

export { QUESTION_TYPES, type QuestionType };

/** Label of each type ("Fill in the blank" for CLOZE), for every screen and export. */
export const QUESTION_TYPE_LABELS = Object.fromEntries(
  QUESTION_TYPES.map((t) => [t, QUESTION_TYPE_SPECS[t].label]),
) as Record<QuestionType, string>;

/** Whether a question of this type is answered by choosing an option (MCQ, true/false). */
export const hasChoices = (type: QuestionType): boolean => QUESTION_TYPE_SPECS[type].grading === "choice";

/** Whether a question of this type is answered by typing (cloze, short answer). */
export const isTyped = (type: QuestionType): boolean => QUESTION_TYPE_SPECS[type].grading === "typed";

/**
 * How an export writes a question of this type, from the type's capabilities alone: "options"
 * (choices the author wrote), "truefalse" (the fixed True/False pair) or "typed" (a written answer,
 * in a gap when `answerFillsGap`). A new type lands in one of these without touching the exporters.
 */
export type AnswerShape = "options" | "truefalse" | "typed";
export function answerShape(type: QuestionType): AnswerShape {
  const spec: QuestionTypeSpec = QUESTION_TYPE_SPECS[type];
  if (spec.grading === "typed") return "typed";
  return spec.fixedChoices ? "truefalse" : "options";
}

/** Whether the prompt of this type holds the gap its answer fills. */
export const answerFillsGap = (type: QuestionType): boolean => QUESTION_TYPE_SPECS[type].answerFillsGap;

/** The type a CLI name stands for ("tf" → TRUE_FALSE), case-insensitive; undefined when unknown. */
export function questionTypeFromAlias(name: string): QuestionType | undefined {
  const wanted = name.trim().toLowerCase();
  return QUESTION_TYPES.find((t) => t.toLowerCase() === wanted || (QUESTION_TYPE_SPECS[t].cliAliases as readonly string[]).includes(wanted));
}
