// A quiz attempt as stored: plain types shared by the attempts repository and the quiz use cases.
import type { QuestionType } from "./types.ts";

export type AttemptMode = "PRACTICE" | "TEST";
export type AttemptStatus = "IN_PROGRESS" | "FINISHED";
/** How a stored answer was graded (the grader's verdicts; "close" does not score). */
export type AnswerVerdict = "correct" | "close" | "wrong";

/** What the learner chose when starting; kept so a retry and a resume use the same choices. */
export interface AttemptOptionsStored {
  count: number | null;
  types: QuestionType[];
  shuffle: boolean;
  timer: boolean;
  retryOf: string | null;
}

export interface Attempt {
  id: string;
  userId: string;
  setId: string | null;
  articleId: string | null;
  mode: AttemptMode;
  status: AttemptStatus;
  seed: number;
  /** the attempt's questions in the order they are shown */
  questionIds: string[];
  options: AttemptOptionsStored;
  score: number | null;
  max: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** Started from a class assignment: the assignment is (assignmentClassId, setId). */
  assignmentClassId: string | null;
  /** Answers after this instant are refused (the assignment's time limit); null = no limit. */
  deadlineAt: Date | null;
}

export interface AttemptAnswer {
  questionId: string;
  response: string;
  correct: boolean;
  verdict: AnswerVerdict;
  /** The learner overrode a close or wrong verdict ("I was right", PRACTICE only): `correct` is then true. */
  overridden?: boolean;
}
