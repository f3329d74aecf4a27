// What the quiz screens receive: the API's own shapes (one zod schema per shape, lib/api/schemas/attempts.ts).
import type { z } from "zod";
import type { answerResult, attemptResults, attemptView, reviewItem, sourceContext, startedAttempt } from "@/lib/api/schemas/attempts";

export type AttemptView = z.infer<typeof attemptView>;
export type AnswerResult = z.infer<typeof answerResult>;
export type GivenAnswer = AttemptView["answers"][number];
export type AttemptResults = z.infer<typeof attemptResults>;
export type ReviewItem = z.infer<typeof reviewItem>;
export type SourceContext = z.infer<typeof sourceContext>;
export type StartedAttempt = z.infer<typeof startedAttempt>;
export type PublicQuestion = AttemptView["questions"][number];

export { QUESTION_TYPE_LABELS as TYPE_LABELS } from "@/lib/domain/question-types";

/** "3 min 05 s", "45 s". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
}

/** "4:07" for a running clock. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
