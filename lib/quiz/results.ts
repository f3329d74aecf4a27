// What the results page shows after an attempt: each question with the learner's response, the
// verdict and — now that it has been answered — the expected answer, explanation and source.

import type { Provenance, Question, QuestionType } from "../domain/types";
import type { Verdict } from "./grade";
import { hasChoices } from "../domain/question-types";

/** A question with no answer recorded is "unanswered" (it scores like a wrong one). */
export type ReviewVerdict = Verdict | "unanswered";

/** How a verdict reads to the learner. "close" does not score, but tells them they were nearly right. */
export const VERDICT_LABELS: Record<ReviewVerdict, string> = {
  correct: "Correct",
  close: "Close — check your spelling",
  wrong: "Wrong",
  unanswered: "Not answered",
};

/** One recorded answer. `verdict` may be absent for stored answers; it is then derived from `correct`. */
export interface RecordedAnswer {
  questionId: string;
  response: string;
  correct: boolean;
  verdict?: Verdict;
  overridden?: boolean;
}

export interface ReviewItem {
  questionId: string;
  type: QuestionType;
  prompt: string;
  /** The learner's response; null when unanswered. */
  response: string | null;
  verdict: ReviewVerdict;
  correct: boolean;
  /** The learner said "I was right" (PRACTICE): counted correct, verdict kept. */
  overridden?: boolean;
  /** The answer key. */
  expected: string;
  /** Other forms that were accepted (as authored), for "also accepted: …". */
  alsoAccepted: string[];
  explanation: string;
  source: Provenance;
}

export type ReviewableQuestion = Pick<
  Question,
  "id" | "type" | "prompt" | "answer" | "acceptedAnswers" | "explanation" | "source"
>;

/** Last answer per question id (a retried request may have recorded it twice). */
function lastAnswers(answers: RecordedAnswer[]): Map<string, RecordedAnswer> {
  const byQuestion = new Map<string, RecordedAnswer>();
  for (const a of answers) byQuestion.set(a.questionId, a);
  return byQuestion;
}

/**
 * Review items in attempt order. Question ids with no matching question (deleted since) are skipped.
 */
export function reviewItems(
  questions: ReviewableQuestion[],
  questionIds: string[],
  answers: RecordedAnswer[],
): ReviewItem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = lastAnswers(answers);
  const items: ReviewItem[] = [];
  const shown = new Set<string>();
  for (const id of questionIds) {
    const q = byId.get(id);
    if (!q || shown.has(id)) continue;
    shown.add(id);
    const a = answered.get(id);
    const correct = a?.correct === true;
    items.push({
      questionId: id,
      type: q.type,
      prompt: q.prompt,
      response: a ? a.response : null,
      verdict: a ? (a.verdict ?? (correct ? "correct" : "wrong")) : "unanswered",
      correct,
      ...(a?.overridden ? { overridden: true } : {}),
      expected: q.answer,
      alsoAccepted: hasChoices(q.type) ? [] : [...(q.acceptedAnswers ?? [])],
      explanation: q.explanation,
      source: q.source,
    });
  }
  return items;
}

/** Question ids of the attempt not answered correctly (wrong, close or unanswered), in attempt order. */
export function missedQuestionIds(answers: Array<{ questionId: string; correct: boolean }>, questionIds: string[]): string[] {
  const correct = new Map<string, boolean>();
  for (const a of answers) correct.set(a.questionId, a.correct === true);
  const seen = new Set<string>();
  const missed: string[] = [];
  for (const id of questionIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (correct.get(id) !== true) missed.push(id);
  }
  return missed;
}
