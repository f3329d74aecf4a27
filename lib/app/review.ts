// Rating a card (idempotent by the client's key) and undoing the learner's last rating. Scheduling is
// lib/srs's; the two writes of a rating are one transaction in lib/db/reviews.ts.
import { cardSeed, type Card, type CardState } from "../domain/card.ts";
import { ownsCard } from "../domain/permissions.ts";
import type { AppUser } from "../domain/user.ts";
import { studyDayBounds } from "../srs/day.ts";
import { scheduleRating, undoRating, type SchedulingSettings } from "../srs/scheduler.ts";
import { CARD_STATE, RATING, type SrsGrade, type StudySettingsValues } from "../srs/types.ts";
import { findCard } from "../db/cards.ts";
import {
  countRatingsAfter,
  findRatingByKey,
  lastRatingInForce,
  previousRatingAt,
  readRatingContext,
  recordRating,
  recordUndo,
} from "../db/reviews.ts";
import { studySettingsFromColumns } from "../db/study-settings-columns.ts";
import { DEFAULT_STUDY_SETTINGS } from "../domain/study-settings.ts";
import { loadStudySettings } from "./study-settings.ts";

type Learner = Pick<AppUser, "id" | "timeZone" | "dayStartHour">;

export interface CardStateView {
  id: string;
  due: string;
  stability: number;
  difficulty: number;
  state: CardState;
  reps: number;
  lapses: number;
  leech: boolean;
  suspended: boolean;
}

/**
 * The instant a rating is scheduled at: the request's own time (not rounded: a log never predates
 * its card or its answer), and always after the learner's previous rating, so "the last rating"
 * (undo) and replay stay unambiguous. The buttons' labels still hold when pressed later: review
 * intervals count study days and the fuzz is seeded by card and reps, not by the time.
 */
export function schedulingInstant(now: Date, lastReviewed: Date | null | undefined): Date {
  return new Date(lastReviewed ? Math.max(now.getTime(), lastReviewed.getTime() + 1) : now.getTime());
}

/** The settings the scheduler counts with: the learner's study settings in the learner's day. */
export function schedulingSettings(settings: StudySettingsValues, user: Pick<AppUser, "timeZone" | "dayStartHour">): SchedulingSettings {
  return { ...settings, timeZone: user.timeZone, dayStartHour: user.dayStartHour };
}

function stateView(card: Pick<Card, "id" | "due" | "stability" | "difficulty" | "state" | "reps" | "lapses" | "leech" | "suspended">): CardStateView {
  return {
    id: card.id,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    leech: card.leech,
    suspended: card.suspended,
  };
}

/** The learner's card, or null when there is none or it is someone else's (both read as 404). */
async function ownCard(user: Pick<AppUser, "id">, cardId: string): Promise<Card | null> {
  const card = await findCard(cardId);
  return card && ownsCard(user, card) ? card : null;
}

export type RateOutcome =
  | { kind: "ok"; card: CardStateView; duplicate: boolean; leech: boolean }
  | { kind: "not-found" }
  | { kind: "key-reused" }
  | { kind: "conflict" };

export interface RatingInput {
  cardId: string;
  rating: SrsGrade;
  key: string;
  durationMs: number;
}

/** What the rating already stored under this key did (null: the key is unused). */
async function replayedAnswer(userId: string, input: RatingInput): Promise<RateOutcome | null> {
  const log = await findRatingByKey(userId, input.key);
  if (!log) return null;
  if (log.cardId !== input.cardId || log.rating !== input.rating) return { kind: "key-reused" };
  const card = (await findCard(log.cardId))!;
  return { kind: "ok", card: stateView(card), duplicate: true, leech: card.leech };
}

/** How long a rating keeps retrying a card that other ratings keep changing before it answers 409. */
const RATING_PATIENCE_MS = 10_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies one rating. The client's key makes it idempotent: a retry (or 50 concurrent copies)
 * finds the ReviewLog row the first one wrote — the unique (userId, clientKey) decides, not memory.
 * A first rating does not look the key up: the log's insert refuses a used key, and then the
 * stored answer is read. One joined read and one write per try; concurrent ratings of one card
 * serialise on it (the write applies only to the card as read): the loser reads again, after a
 * short random pause, until it applies — `conflict` only after RATING_PATIENCE_MS of losing.
 */
export async function rateCard(user: Learner, input: RatingInput, now: Date): Promise<RateOutcome> {
  const giveUpAt = Date.now() + RATING_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    const context = await readRatingContext(user.id, input.cardId);
    if (!context || !ownsCard(user, context.card)) return { kind: "not-found" };
    const { card } = context;
    const settings = schedulingSettings(context.settings ? studySettingsFromColumns(context.settings).settings : { ...DEFAULT_STUDY_SETTINGS }, user);
    const at = schedulingInstant(now, context.lastReviewedAt);
    const result = scheduleRating(card, input.rating, at, settings, cardSeed(card.id), input.durationMs);
    const after = { ...result.card, lastReview: result.card.lastReview ?? null, leech: card.leech || result.leech, suspended: card.suspended || result.suspend };
    let applied: boolean;
    try {
      applied = await recordRating(user.id, input.key, card, { ...result.log, undoneAt: result.log.undoneAt ?? null }, after, now);
    } catch (error) {
      // A used key (a retry, or a concurrent twin that won) answers with what that rating did.
      const winner = await replayedAnswer(user.id, input);
      if (winner) return winner;
      throw error;
    }
    if (applied) return { kind: "ok", card: stateView({ ...card, ...after }), duplicate: false, leech: result.leech };
    // The card changed since it was read: a concurrent twin with this key may have won; else retry.
    const winner = await replayedAnswer(user.id, input);
    if (winner) return winner;
    if (Date.now() >= giveUpAt) return { kind: "conflict" };
    // Jitter spreads the losers of one round so they do not all collide again.
    await pause(Math.random() * Math.min(50, 2 + attempt * 5));
  }
}

export type UndoOutcome = { kind: "ok"; card: CardStateView; rating: number } | { kind: "nothing" };

/** Undoes the learner's last rating of today that is still in force: the card goes back exactly. */
export async function undoLastRating(user: Learner, now: Date): Promise<UndoOutcome> {
  const today = studyDayBounds(now, user.timeZone, user.dayStartHour);
  const settings = await loadStudySettings(user.id);
  for (let attempt = 0; attempt < 4; attempt++) {
    const last = await lastRatingInForce(user.id, today.start, today.end);
    if (!last) return { kind: "nothing" };
    const card = await ownCard(user, last.cardId);
    if (!card) return { kind: "nothing" };
    if ((await countRatingsAfter(card.id, last.reviewedAt)) > 0) return { kind: "nothing" };
    const restored = undoRating(card, last, await previousRatingAt(card.id, last.reviewedAt));
    // A leech made by this very lapse stops being one.
    const unLeech = card.leech && last.rating === RATING.Again && last.state === CARD_STATE.Review && restored.lapses < settings.leechThreshold;
    const after = { ...restored, lastReview: restored.lastReview ?? null, leech: unLeech ? false : card.leech, suspended: unLeech ? false : card.suspended };
    if (!(await recordUndo(last.id, card, after, now))) continue;
    return { kind: "ok", card: stateView({ ...card, ...after }), rating: last.rating };
  }
  return { kind: "nothing" };
}
