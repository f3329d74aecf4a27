// Assembling an attempt: which questions, in which order, with which choice order — all derived
// from the attempt's numeric seed, so a reload (or another app instance) shows exactly the same quiz.
// Also what the client may see of a question before answering (never the answer).

import { QUESTION_TYPES, type Question, type QuestionType } from "../domain/types";
import { hasChoices } from "../domain/question-types";
import { countOnePerFact, onePerFact, siblingIndexes, type SiblingCandidate } from "./siblings";
import { createRandom, mixSeed, shuffle } from "../domain/random";

/** The quiz's PRNG (the house's one seeded PRNG), kept under its old name for callers. */
export const createPrng = createRandom;
/** Fisher–Yates on a copy (the house's one shuffle). */
export const shuffled = shuffle;

export interface AttemptOptions {
  seed: number;
  /** At most this many questions (a non-negative integer); all when absent. */
  count?: number;
  /** Only these question types; all when absent or empty. */
  types?: QuestionType[];
  /** Shuffle question order (default true); false keeps the set's order. */
  shuffle?: boolean;
}

/** What assembly reads: the sibling rule's fields (see siblings.ts) plus the choices an MCQ needs. */
export type AssemblableQuestion = SiblingCandidate;

/** An MCQ needs options to pick from; without them it cannot be shown. */
function isPlayable(q: AssemblableQuestion): boolean {
  if (q.type === "MCQ") return Array.isArray(q.choices) && q.choices.length >= 2;
  return true;
}

/** The questions an attempt may draw from, in the given order: once each, of the wanted types, playable. */
function drawable<T extends AssemblableQuestion>(questions: readonly T[], types: readonly QuestionType[] | undefined): T[] {
  const wanted = types && types.length > 0 ? new Set<QuestionType>(types) : undefined;
  const seen = new Set<string>();
  const pool: T[] = [];
  for (const q of questions) {
    if (seen.has(q.id) || (wanted && !wanted.has(q.type)) || !isPlayable(q)) continue;
    seen.add(q.id);
    pool.push(q);
  }
  return pool;
}

/**
 * The questions of one attempt, in order: filtered by type, shuffled from the seed, one per fact
 * (the first of each sibling group in the shuffled order, so the seed decides which sibling is
 * asked), capped to count. With shuffle off the source's order decides.
 * Duplicate ids appear once; MCQs without at least two choices are left out.
 * Throws RangeError for a negative or non-integer count (the API validates it before this).
 */
export function assembleAttempt(questions: AssemblableQuestion[], opts: AttemptOptions): { questionIds: string[] } {
  if (opts.count !== undefined && (!Number.isInteger(opts.count) || opts.count < 0)) {
    throw new RangeError(`count must be a non-negative integer, got ${opts.count}`);
  }
  const pool = drawable(questions, opts.types);
  const ordered = onePerFact(opts.shuffle === false ? pool : shuffled(pool, createPrng(opts.seed)));
  const ids = ordered.map((q) => q.id);
  return { questionIds: opts.count === undefined ? ids : ids.slice(0, opts.count) };
}

/** How many questions an attempt can draw: per type alone, and per choice of types. */
export interface DrawableCounts {
  byType: Record<QuestionType, number>;
  /** Keyed by `selectionKey(types)`; a selection with nothing to draw is absent. */
  bySelection: Record<string, number>;
}

/** The key of a choice of types in `DrawableCounts.bySelection`: the types in QUESTION_TYPES order, comma-joined. */
export function selectionKey(types: readonly QuestionType[]): string {
  return QUESTION_TYPES.filter((t) => types.includes(t)).join(",");
}

/**
 * What the start screen offers: one per fact, so a count is what `assembleAttempt` can really draw
 * (a type filter can split a sibling group, so every choice of types is counted on its own).
 */
export function drawableCounts(questions: readonly AssemblableQuestion[]): DrawableCounts {
  // The pairs are read once for the whole pool; each choice of types only regroups them.
  const pool = drawable(questions, undefined);
  const edges = siblingIndexes(pool);
  const count = (types: readonly QuestionType[]) => {
    return countOnePerFact(edges, (i) => types.includes(pool[i].type));
  };
  const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, count([t])])) as Record<QuestionType, number>;
  // Only types with something to draw can be ticked, so only their combinations are keyed.
  const present = QUESTION_TYPES.filter((t) => byType[t] > 0);
  const bySelection: Record<string, number> = {};
  for (let mask = 1; mask < 1 << present.length; mask++) {
    const types = present.filter((_, i) => mask & (1 << i));
    bySelection[selectionKey(types)] = count(types);
  }
  return { byType, bySelection };
}

/**
 * Display order of a question's choices in an attempt: the same for the same (seed, question id),
 * so a reload shows the same order. True/False keeps "True, False" (a shuffled pair only confuses).
 * Undefined when the question has no choices.
 */
export function choiceOrder(
  question: Pick<Question, "id" | "choices"> & { type?: QuestionType },
  seed: number,
  shuffle: boolean,
): string[] | undefined {
  if (!Array.isArray(question.choices)) return undefined;
  if (!shuffle || question.type === "TRUE_FALSE") return question.choices.slice();
  return shuffled(question.choices, createPrng(mixSeed(seed, question.id)));
}

/** What the client receives before answering: no answer, accepted answers, explanation or source. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  choices?: string[];
}

/** The client-safe view of a question. Builds a new object field by field, so nothing else can leak. */
export function publicQuestion(
  q: Pick<Question, "id" | "type" | "prompt" | "choices">,
  seed: number,
  shuffle: boolean,
): PublicQuestion {
  const view: PublicQuestion = { id: q.id, type: q.type, prompt: q.prompt };
  if (hasChoices(q.type)) {
    const choices = q.type === "TRUE_FALSE" && !Array.isArray(q.choices) ? ["True", "False"] : q.choices;
    const ordered = choiceOrder({ id: q.id, type: q.type, choices }, seed, shuffle);
    if (ordered) view.choices = ordered;
  }
  return view;
}

/**
 * Score of an attempt: one point per question of the attempt answered correctly ("close" does not
 * score). Answers to questions outside the attempt are ignored; for a repeated question the last answer counts.
 */
export function scoreAttempt(
  answers: Array<{ questionId: string; correct: boolean }>,
  questionIds: string[],
): { score: number; max: number } {
  const inAttempt = new Set(questionIds);
  const last = new Map<string, boolean>();
  for (const a of answers) if (inAttempt.has(a.questionId)) last.set(a.questionId, a.correct === true);
  let score = 0;
  for (const correct of last.values()) if (correct) score++;
  return { score, max: inAttempt.size };
}
