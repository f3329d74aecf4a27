import { newCard } from "../srs/scheduler.ts";
import type { CardState, SrsCard } from "../srs/types.ts";
import { findQuizSource } from "./attempts.ts";
import { getDb } from "./client.ts";
import { hashString } from "../domain/random.ts";
import type { AppUser } from "./users.ts";

/**
 * Adds questions to a learner's deck as new cards (one per question; a question already in the
 * deck is left as it is). Only APPROVED questions become cards. Returns how many were added.
 */
export async function addQuestionsToDeck(userId: string, questionIds: string[], now: Date): Promise<{ added: number; already: number }> {
  const db = getDb();
  const questions = await db.question.findMany({
    where: { id: { in: [...new Set(questionIds)] }, status: "APPROVED" },
    select: { id: true, factKey: true },
  });
  const existing = new Set(
    (await db.card.findMany({ where: { userId, questionId: { in: questions.map((q) => q.id) } }, select: { questionId: true } })).map(
      (c) => c.questionId,
    ),
  );
  const fresh = questions.filter((q) => !existing.has(q.id));
  const empty = newCard(now);
  await db.$transaction(
    fresh.map((q) =>
      db.card.upsert({
        where: { userId_questionId: { userId, questionId: q.id } },
        create: {
          userId,
          questionId: q.id,
          factKey: q.factKey,
          due: empty.due,
          stability: empty.stability,
          difficulty: empty.difficulty,
          elapsedDays: empty.elapsedDays,
          scheduledDays: empty.scheduledDays,
          learningSteps: empty.learningSteps,
          reps: empty.reps,
          lapses: empty.lapses,
          state: empty.state,
        },
        update: {},
      }),
    ),
  );
  return { added: fresh.length, already: questions.length - fresh.length };
}

// ---------- card rows ↔ the scheduling core ----------

type CardRow = Awaited<ReturnType<ReturnType<typeof getDb>["card"]["findFirstOrThrow"]>>;

/** Prisma returns `state` as a plain number: anything outside 0–3 is a corrupt row, not a state. */
export function toCardState(value: number): CardState {
  if (value === 0 || value === 1 || value === 2 || value === 3) return value;
  throw new RangeError(`Card state ${value} is not 0–3`);
}

export function toSrsCard(row: Pick<CardRow, "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview">): SrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: toCardState(row.state),
    lastReview: row.lastReview ?? null,
  };
}

/** The Card columns that hold FSRS state. */
export function cardColumns(card: SrsCard) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview ?? null,
  };
}

/**
 * The fuzz seed of a card (FNV-1a of its id): cards answered at the same instant get different
 * fuzz, and scheduling, replay and rescheduling all use the same one.
 */
export function cardSeed(cardId: string): number {
  return hashString(cardId);
}

export type DeckOutcome = { kind: "ok"; added: number; already: number; total: number } | { kind: "not-found" };

/** Adds every approved question of an article or a set the user may see to their deck. */
export async function addSourceToDeck(user: AppUser, ref: { articleSlug?: string; setId?: string }, now: Date): Promise<DeckOutcome> {
  const source = await findQuizSource(user, ref);
  if (!source) return { kind: "not-found" };
  const result = await addQuestionsToDeck(user.id, source.questions.map((q) => q.id), now);
  return { kind: "ok", ...result, total: source.questions.length };
}

/** A card of this user (someone else's id reads as missing). */
export async function findOwnCard(userId: string, cardId: string): Promise<CardRow | null> {
  const row = await getDb().card.findUnique({ where: { id: cardId } });
  return row && row.userId === userId ? row : null;
}

/** How many cards the learner has (any state). */
export async function countCards(userId: string): Promise<number> {
  return getDb().card.count({ where: { userId } });
}
