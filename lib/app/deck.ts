// Adding questions to a learner's flashcards: as new cards, scheduled from `now`.
import type { AppUser } from "../domain/user.ts";
import { newCard } from "../srs/scheduler.ts";
import { addNewCards } from "../db/cards.ts";
import { findQuizSource, type SourceRef } from "./quiz-source.ts";

/** Adds questions (the APPROVED ones) to the learner's deck; one already there is left as it is. */
export async function addQuestionsToDeck(userId: string, questionIds: string[], now: Date): Promise<{ added: number; already: number }> {
  return addNewCards(userId, questionIds, newCard(now));
}

export type DeckOutcome = { kind: "ok"; added: number; already: number; total: number } | { kind: "not-found" };

/** Adds every approved question of an article or a set the user may see to their deck. */
export async function addSourceToDeck(user: AppUser, ref: SourceRef, now: Date): Promise<DeckOutcome> {
  const source = await findQuizSource(user, ref);
  if (!source) return { kind: "not-found" };
  const result = await addQuestionsToDeck(user.id, source.questions.map((q) => q.id), now);
  return { kind: "ok", ...result, total: source.questions.length };
}
