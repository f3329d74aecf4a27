// A flashcard and its review log as stored: plain types shared by the card/review repositories and
// the review use cases (the scheduler's SrsCard and SrsLog have the same shape).
import { hashString } from "./random.ts";

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's numbering). */
export type CardState = 0 | 1 | 2 | 3;
/** 0 Manual (a reschedule), 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type LogRating = 0 | 1 | 2 | 3 | 4;

/** The database returns `state` as a plain number: anything outside 0–3 is a corrupt row, not a state. */
export function toCardState(value: number): CardState {
  if (value === 0 || value === 1 || value === 2 || value === 3) return value;
  throw new RangeError(`Card state ${value} is not 0–3`);
}

/** The FSRS columns of a card. */
export interface CardSchedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

export interface Card extends CardSchedule {
  id: string;
  userId: string;
  questionId: string;
  factKey: string;
  leech: boolean;
  suspended: boolean;
  buriedUntil: Date | null;
  /** Anki's colour flag, 0 (none) to 7 (lib/domain/deck.ts CARD_FLAGS) */
  flag: number;
  createdAt: Date;
}

/** One stored rating: the card's state before it (see lib/srs SrsLog). */
export interface ReviewLogEntry {
  rating: LogRating;
  /** state before */
  state: CardState;
  /** due before (the real due date, not ts-fsrs's "last review or due") */
  due: Date;
  stability: number;
  difficulty: number;
  /** whole days between the previous review and this one (as ts-fsrs counts them) */
  elapsedDays: number;
  /** the card's elapsedDays before */
  lastElapsedDays: number;
  /** the card's scheduledDays before */
  scheduledDays: number;
  /** the card's learningSteps before */
  learningSteps: number;
  reviewedAt: Date;
  durationMs: number;
  undoneAt: Date | null;
}

/**
 * The fuzz seed of a card (FNV-1a of its id): cards answered at the same instant get different
 * fuzz, and scheduling, replay and rescheduling all use the same one.
 */
export function cardSeed(cardId: string): number {
  return hashString(cardId);
}
