// Types of the scheduling core. Field names are the camelCase twins of the Prisma columns
// (Card, ReviewLog) so lib/db maps them 1:1. The study settings it is given are a registry in
// lib/domain (type, defaults, validation); step parsing is lib/domain/study-steps.ts.
import type { CardSchedule, ReviewLogEntry } from "../domain/card.ts";

/** Card state, the integer stored in Card.state (same values as ts-fsrs `State`). */
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** Rating stored in ReviewLog.rating. 0 (Manual) marks a "forget" entry written by `forgetCard`. */
export const RATING = { Manual: 0, Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type SrsRating = (typeof RATING)[keyof typeof RATING];
/** The four answer buttons. */
export type SrsGrade = 1 | 2 | 3 | 4;

/** The FSRS state of one card (columns of `Card`): the domain's schedule, with `lastReview`
 * optional because a card built in memory (a new card, a test) may not have rated yet. */
export type SrsCard = Omit<CardSchedule, "lastReview"> & { lastReview?: Date | null };

/**
 * One rating (columns of `ReviewLog`). Everything except `rating`, `elapsedDays`, `reviewedAt`
 * and `durationMs` describes the card BEFORE the rating, so undo and replay need nothing else.
 */
export interface SrsLog extends Omit<ReviewLogEntry, "rating" | "undoneAt"> {
  rating: SrsRating;
  /** set when the learner undid this rating; replay skips it */
  undoneAt?: Date | null;
}

// Re-exported so the scheduling core and its callers keep one import for what they are given.
export {
  DEFAULT_STUDY_SETTINGS,
  LEECH_ACTIONS,
  dayStartHourSchema,
  isValidTimeZone,
  learnerDaySchema,
  studySettingsSchema,
  timeZoneSchema,
  type LearnerDay,
  type LeechAction,
  type StudySettingsInput,
  type StudySettingsValues,
} from "../domain/study-settings.ts";
export { parseSteps } from "../domain/study-steps.ts";
