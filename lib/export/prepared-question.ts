// One pass that checks every question once and derives what the formats share (choice list, the
// correct index, typed answers, the cloze gap), so each format only decides how to write them.
import { answerFillsGap, answerShape, type AnswerShape } from "../domain/question-types";
import type { ExportQuestion, ExportSet, SkippedQuestion } from "./types";

/** The gap the generator writes into CLOZE prompts ("_____"); three or more underscores count. */
const GAP = /_{3,}/;

export interface ClozeParts {
  before: string;
  after: string;
}

export interface PreparedQuestion {
  question: ExportQuestion;
  /** 1-based position among the exported questions. */
  number: number;
  /** How the answer is given, from the type's capabilities (lib/domain/question-types.ts). */
  shape: AnswerShape;
  /**
   * The question's ID for tools that update questions on re-import (Moodle's ID number): its key,
   * made unique within the file ("key-2") since Moodle refuses two equal ID numbers in a category.
   */
  idNumber: string;
  /** MCQ: distinct choices in display order (answer included). TRUE_FALSE: ["True", "False"]. */
  choices: string[];
  /** Index of the correct entry in `choices` (-1 for typed questions). */
  correctIndex: number;
  /** TRUE_FALSE only: whether the statement is true. */
  isTrue: boolean;
  /** Typed questions: the answer first, then accepted alternatives, distinct ignoring case. */
  typedAnswers: string[];
  /** CLOZE with a gap: the prompt around the first gap. */
  cloze: ClozeParts | null;
}

export interface PreparedSet {
  items: PreparedQuestion[];
  skipped: SkippedQuestion[];
}

function distinct(values: string[], keyOf: (v: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = keyOf(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

export function splitCloze(prompt: string): ClozeParts | null {
  const match = GAP.exec(prompt);
  if (!match) return null;
  return { before: prompt.slice(0, match.index), after: prompt.slice(match.index + match[0].length) };
}

/** Why a question cannot be exported in any format, or null when it is fine. */
export function problemWith(q: ExportQuestion): string | null {
  if (!q.prompt.trim()) return "the question has no text";
  if (!q.answer.trim()) return "the question has no answer";
  const shape = answerShape(q.type);
  if (shape === "options") {
    const choices = distinct((q.choices ?? []).map((c) => c.trim()).filter(Boolean), (c) => c);
    if (choices.length < 2) return "a multiple-choice question needs at least two different choices";
    if (!choices.includes(q.answer.trim())) return "the answer is not one of the choices";
  }
  if (shape === "truefalse" && !/^(true|false)$/i.test(q.answer.trim())) {
    return `a true/false answer must be "True" or "False", not "${q.answer}"`;
  }
  return null;
}

export function prepareQuestion(q: ExportQuestion, number: number): PreparedQuestion {
  const answer = q.answer.trim();
  let choices: string[] = [];
  let correctIndex = -1;
  let isTrue = false;
  const shape = answerShape(q.type);
  if (shape === "options") {
    choices = distinct((q.choices ?? []).map((c) => c.trim()).filter(Boolean), (c) => c);
    correctIndex = choices.indexOf(answer);
  } else if (shape === "truefalse") {
    isTrue = /^true$/i.test(answer);
    choices = ["True", "False"];
    correctIndex = isTrue ? 0 : 1;
  }
  const typedAnswers =
    shape === "typed"
      ? distinct([answer, ...q.acceptedAnswers.map((a) => a.trim())].filter(Boolean), (a) => a.toLowerCase())
      : [];
  const cloze = answerFillsGap(q.type) ? splitCloze(q.prompt) : null;
  return { question: q, number, shape, idNumber: q.key, choices, correctIndex, isTrue, typedAnswers, cloze };
}

/** Checks and numbers the set's questions; problems go to `skipped`, never silently dropped. */
export function prepareSet(set: ExportSet): PreparedSet {
  const items: PreparedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  const ids = new Set<string>();
  for (const q of set.questions) {
    const problem = problemWith(q);
    if (problem) {
      skipped.push(skip(q, problem));
      continue;
    }
    const item = prepareQuestion(q, items.length + 1);
    let id = item.idNumber;
    for (let n = 2; ids.has(id); n++) id = `${item.idNumber}-${n}`;
    ids.add(id);
    items.push({ ...item, idNumber: id });
  }
  return { items, skipped };
}

export function skip(q: ExportQuestion, reason: string): SkippedQuestion {
  return { key: q.key, prompt: q.prompt, reason };
}

/** Shortens by code points (an emoji is never cut in half) and collapses whitespace. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : chars.slice(0, max - 1).join("").trimEnd() + "…";
}

/** Length as a person counts characters (code points), which is what Kahoot's limits count. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/** A file-name-safe base from the set slug. */
export function fileBase(set: ExportSet): string {
  const base = set.slug
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents come apart under NFKD: keep the base letter
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return base || "question-set";
}

/** "Source: …" line used as general feedback and on the back of cards. */
export function sourceLine(q: ExportQuestion): string {
  const sentence = q.sourceSentence.trim();
  if (!sentence) return "";
  return q.articleTitle.trim() ? `Source (${q.articleTitle.trim()}): ${sentence}` : `Source: ${sentence}`;
}

/**
 * What to show after the answer: the explanation and the "Source: …" line, without saying the
 * same sentence twice (the generator's explanation often quotes the source sentence).
 */
export function explanationAndSource(q: ExportQuestion): string[] {
  const explanation = q.explanation.trim();
  const source = sourceLine(q);
  const squash = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
  const sentence = squash(q.sourceSentence);
  if (explanation && sentence && squash(explanation).includes(sentence)) return [explanation];
  return [explanation, source].filter(Boolean);
}

/** Letters for choices: A, B, C, … */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
