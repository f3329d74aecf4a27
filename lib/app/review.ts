// Daily review use cases: today's queue, rating a card (idempotent by the client's key), undoing the
// last rating. The ordering and scheduling rules live in lib/srs; the reads and writes in
// lib/db/{cards,reviews}.ts (the queue reads through the (userId, state, due) index with LIMIT).
import { cardSeed, type Card, type CardState } from "../domain/card.ts";
import { ownsCard } from "../domain/permissions.ts";
import { hasChoices } from "../domain/question-types.ts";
import type { AppUser } from "../domain/user.ts";
import { studyDayBounds, shiftStudyDay } from "../srs/day.ts";
import { LEARN_AHEAD_MS, buildQueue, byDueThenId, todaysProgress, type QueueCard } from "../srs/queue.ts";
import { previewLabels, scheduleRating, undoRating } from "../srs/scheduler.ts";
import { CARD_STATE, RATING, type SrsGrade, type StudySettingsValues } from "../srs/types.ts";
import {
  cardsWithQuestions,
  countCards,
  countDueBefore,
  countNewCards,
  countStudyable,
  findCard,
  studyableCards,
  type DueFilter,
} from "../db/cards.ts";
import {
  countRatingsAfter,
  findRatingByKey,
  lastRatingInForce,
  lastReviewedAt,
  logsBetween,
  previousRatingAt,
  recordRating,
  recordUndo,
} from "../db/reviews.ts";
import { loadStudySettings } from "./study-settings.ts";

type Learner = Pick<AppUser, "id" | "timeZone" | "dayStartHour">;

export interface ReviewCardView {
  id: string;
  type: string;
  state: CardState;
  front: string;
  /** MCQ and true/false: the options shown with the question */
  choices: string[] | null;
  back: string;
  explanation: string;
  source: { sentence: string; article: { slug: string; title: string } | null };
  /** what each button would schedule, as labels ("10m", "1d", "2.3mo") */
  intervals: { again: string; hard: string; good: string; easy: string };
  leech: boolean;
}

export interface ReviewQueueView {
  counts: { new: number; learning: number; review: number };
  cards: ReviewCardView[];
  day: { dayKey: string; start: string; end: string; timeZone: string; dayStartHour: number };
  /** (re)learning cards due later today, beyond the learn-ahead window */
  learningLaterToday: number;
  nextLearningDue: string | null;
  /** due tomorrow, for the "done for today" screen */
  tomorrow: { review: number; new: number };
}

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

const PREVIEW_CARDS = 5;
/** Learning cards handed to buildQueue: enough to order the next cards; the count comes from the index. */
const LEARNING_SHOWN = 50;
const MINUTE_MS = 60_000;
const LEARNING_STATES: CardState[] = [CARD_STATE.Learning, CARD_STATE.Relearning];

/**
 * The instant a rating is scheduled at: the current minute, and always after the learner's
 * previous rating. A preview computed in the same minute shows exactly the interval the rating
 * will give (and fuzz, seeded by card and reps, does not move when the minute turns); the strict
 * order keeps "the last rating" (undo) and replay unambiguous.
 */
export function schedulingInstant(now: Date, lastReviewed: Date | null | undefined): Date {
  const minute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(lastReviewed ? Math.max(minute, lastReviewed.getTime() + 1) : minute);
}

/**
 * Up to `limit` cards of one state due before `before`, one per fact and none of the `taken`
 * facts (which it extends): pages through the index until it has enough.
 */
async function pickDue(userId: string, state: CardState, before: Date | null, limit: number, taken: Set<string>, now: Date): Promise<QueueCard[]> {
  const picked: QueueCard[] = [];
  if (limit <= 0) return picked;
  const pageSize = Math.min(1000, limit + 20);
  for (let skip = 0; ; skip += pageSize) {
    const rows = await studyableCards(userId, now, { state, due: before ? { lt: before } : undefined, take: pageSize, skip });
    for (const r of rows) {
      if (taken.has(r.factKey)) continue;
      taken.add(r.factKey);
      picked.push(r);
      if (picked.length >= limit) return picked;
    }
    if (rows.length < pageSize) return picked;
  }
}

/**
 * The first `limit` learning and relearning cards (by due) within `due`. One indexed query per
 * state, merged here: with `state IN (…)` SQLite walks the (userId, due) index instead and reads
 * every new and review card due earlier — 25 ms instead of 0.1 ms on a 100k-card deck.
 */
async function firstDueOfLearning(userId: string, due: DueFilter, limit: number, now: Date): Promise<QueueCard[]> {
  const perState = await Promise.all(LEARNING_STATES.map((state) => studyableCards(userId, now, { state, due, take: limit })));
  return perState.flat().sort(byDueThenId).slice(0, limit);
}

/** The learner's queue right now, with the next few cards ready to show. */
export async function reviewQueue(user: Learner, now: Date, show = PREVIEW_CARDS): Promise<ReviewQueueView> {
  const settings = await loadStudySettings(user.id);
  const today = studyDayBounds(now, user.timeZone, user.dayStartHour);
  const progress = todaysProgress(await logsBetween(user.id, today.start, today.end), now, user.timeZone, user.dayStartHour);

  // Learning cards: the first few in due order, and counts from the index (never the whole list).
  const learnAheadAt = new Date(now.getTime() + LEARN_AHEAD_MS);
  const [learning, learningNow, learningLater, nextLearning] = await Promise.all([
    firstDueOfLearning(user.id, { lte: learnAheadAt }, LEARNING_SHOWN, now),
    countStudyable(user.id, now, LEARNING_STATES, { lte: learnAheadAt }),
    countStudyable(user.id, now, LEARNING_STATES, { gt: learnAheadAt, lt: today.end }),
    firstDueOfLearning(user.id, { gt: learnAheadAt, lt: today.end }, 1, now).then((rows) => rows[0] ?? null),
  ]);
  const taken = new Set(progress.buriedFactKeys);
  const learnAhead = now.getTime() + LEARN_AHEAD_MS;
  for (const c of learning) if (c.due.getTime() <= learnAhead && !c.suspended) taken.add(c.factKey);
  const reviewLimit = Math.max(0, settings.maxReviewsPerDay - progress.reviewedToday);
  const newLimit = Math.max(0, settings.newPerDay - progress.introducedNewToday);
  const reviews = await pickDue(user.id, CARD_STATE.Review, today.end, reviewLimit, taken, now);
  const fresh = await pickDue(user.id, CARD_STATE.New, null, newLimit, taken, now);

  const queue = buildQueue({
    cards: [...learning, ...reviews, ...fresh],
    introducedNewToday: progress.introducedNewToday,
    reviewedToday: progress.reviewedToday,
    buriedFactKeys: progress.buriedFactKeys,
    now,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    settings,
  });
  const at = schedulingInstant(now, await lastReviewedAt(user.id));
  const cards = await cardViews(queue.order.slice(0, show), settings, at);
  const done = queue.order.length === 0 && learningNow === 0;
  return {
    counts: { ...queue.counts, learning: learningNow },
    cards,
    day: { dayKey: today.dayKey, start: today.start.toISOString(), end: today.end.toISOString(), timeZone: user.timeZone, dayStartHour: user.dayStartHour },
    learningLaterToday: learningLater,
    nextLearningDue: nextLearning?.due.toISOString() ?? null,
    tomorrow: done ? await tomorrowForecast(user, settings, today.dayKey) : { review: 0, new: 0 },
  };
}

/** The review page's first screen: today's queue, or null for a learner with no cards yet (the
 * page then explains how to add some). */
export async function reviewPageQueue(user: Learner, now: Date): Promise<ReviewQueueView | null> {
  return (await countCards(user.id)) > 0 ? reviewQueue(user, now) : null;
}

/** Cards due on the next study day (reviews capped by the daily limit) and the new cards it will introduce. */
async function tomorrowForecast(user: Learner, settings: StudySettingsValues, todayKey: string) {
  const tomorrow = shiftStudyDay(todayKey, 1, user.timeZone, user.dayStartHour);
  const [review, fresh] = await Promise.all([countDueBefore(user.id, tomorrow.end), countNewCards(user.id, settings.newPerDay)]);
  return { review: Math.min(review, settings.maxReviewsPerDay), new: fresh };
}

async function cardViews(ids: string[], settings: StudySettingsValues, at: Date): Promise<ReviewCardView[]> {
  return (await cardsWithQuestions(ids)).map(({ card, question: q }) => ({
    id: card.id,
    type: q.type,
    state: card.state,
    front: q.type === "TRUE_FALSE" ? `True or false? ${q.prompt}` : q.prompt,
    choices: hasChoices(q.type) ? q.choices : null,
    back: q.answer,
    explanation: q.explanation,
    source: { sentence: q.sourceSentence, article: q.article },
    intervals: previewLabels(card, at, settings, cardSeed(card.id)),
    leech: card.leech,
  }));
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
  | { kind: "key-reused" };

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

/**
 * Applies one rating. The client's key makes it idempotent: a retry (or 50 concurrent copies)
 * finds the ReviewLog row the first one wrote — the unique (userId, clientKey) decides, not memory.
 * A first rating does not look the key up: the log's insert refuses a used key, and then the
 * stored answer is read.
 */
export async function rateCard(user: Pick<AppUser, "id">, input: RatingInput, now: Date): Promise<RateOutcome> {
  const settings = await loadStudySettings(user.id);
  for (let attempt = 0; ; attempt++) {
    const card = await ownCard(user, input.cardId);
    if (!card) return { kind: "not-found" };
    const at = schedulingInstant(now, await lastReviewedAt(user.id));
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
    if (attempt >= 3) throw new Error(`card ${card.id} kept changing while it was rated`);
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
