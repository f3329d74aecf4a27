// What makes a question a teacher may save: normalization and the field-by-field rules. Pure;
// shared by the curation use cases (lib/app/curation.ts), the API schemas and the edit form.
import type { QuestionType } from "./question-types.ts";

export const QUESTION_LIMITS = { prompt: 2000, answer: 300, explanation: 4000, acceptedAnswers: 20, minChoices: 2, maxChoices: 6 } as const;

/** The gap a CLOZE prompt carries. */
export const CLOZE_GAP = "_____";

/** One field at fault and why (the API sends these in a problem's `errors`). */
export interface FieldIssue {
  field: string;
  message: string;
}

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
export function questionIssues(q: EditableQuestion): FieldIssue[] {
  const issues: FieldIssue[] = [];
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
