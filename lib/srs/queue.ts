// Today's review queue, Anki (v3) style: (re)learning cards that are due first, then reviews due
// today mixed evenly with new cards, both capped by the daily limits; a learning card due within the
// learn-ahead window waits for its step and is shown early only when nothing else is left. As in
// Anki v3, the review limit also bounds new cards (what is left of it after today's reviews and new
// cards), unless the learner turns on "new cards ignore review limit". Interday learning cards (a
// step of a day or more) are gathered first and count against the review limit too, as in Anki v3.
// Suspended, buried and sibling cards wait.
import { studyDayBounds } from "./day";
import { CARD_STATE, RATING, type CardState, type SrsLog, type StudySettingsValues } from "./types";

/** Anki's default learn-ahead limit (the `learnAheadMinutes` setting): 20 minutes. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** The learn-ahead window of these settings, in ms (the default when the setting is absent). */
export function learnAheadMs(settings: Partial<Pick<StudySettingsValues, "learnAheadMinutes">>): number {
  return settings.learnAheadMinutes === undefined ? LEARN_AHEAD_MS : settings.learnAheadMinutes * 60_000;
}

/** Today's limits: reviews left, and new cards left given the reviews that will be shown. */
export function dailyLimits(
  settings: Pick<StudySettingsValues, "newPerDay" | "maxReviewsPerDay"> & Partial<Pick<StudySettingsValues, "newIgnoresReviewLimit">>,
  introducedNewToday: number,
  reviewedToday: number,
): { reviews: number; newAfter: (reviewsShown: number) => number } {
  const newLeft = Math.max(0, settings.newPerDay - introducedNewToday);
  if (settings.newIgnoresReviewLimit) {
    return { reviews: Math.max(0, settings.maxReviewsPerDay - reviewedToday), newAfter: () => newLeft };
  }
  // The review limit counts every card answered today, new ones included.
  const budget = Math.max(0, settings.maxReviewsPerDay - reviewedToday - introducedNewToday);
  return { reviews: budget, newAfter: (shown) => Math.min(newLeft, Math.max(0, budget - shown)) };
}

export interface QueueCard {
  id: string;
  factKey: string;
  due: Date;
  state: CardState;
  suspended: boolean;
  buriedUntil?: Date | null;
  /** The card's last interval in days: ≥ 1 on a learning card marks an interday step. */
  scheduledDays?: number;
}

const isLearningState = (state: CardState) => state === CARD_STATE.Learning || state === CARD_STATE.Relearning;

/** A (re)learning card on a step of a day or more: Anki v3 treats it like a review for the limits. */
export const isInterdayLearning = (c: { state: CardState; scheduledDays?: number }): boolean =>
  isLearningState(c.state) && (c.scheduledDays ?? 0) >= 1;

export interface QueueInput {
  cards: readonly QueueCard[];
  /** new cards first answered today (study day) — see `todaysProgress` */
  introducedNewToday: number;
  /** review-state and interday learning cards answered today */
  reviewedToday: number;
  /** facts a card of which was answered today: their other new/review cards wait for tomorrow */
  buriedFactKeys?: Iterable<string>;
  now: Date;
  timeZone: string;
  dayStartHour: number;
  settings: Pick<StudySettingsValues, "newPerDay" | "maxReviewsPerDay"> &
    Partial<Pick<StudySettingsValues, "learnAheadMinutes" | "newIgnoresReviewLimit">>;
}

export interface Queue {
  /** what remains today: learning = due within the learn-ahead window */
  counts: { new: number; learning: number; review: number };
  /** card ids in the order to show them: due learning cards, reviews and new cards, then learn-ahead */
  order: string[];
  /** (re)learning cards due later today, after the learn-ahead window */
  learningLaterToday: number;
  /** when the next of those becomes due, or null */
  nextLearningDue: Date | null;
}

export const byDueThenId = (a: QueueCard, b: QueueCard) =>
  a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Spreads `extra` evenly among `base`: new card j lands at position ⌊(j + ½)·total / N⌋. */
export function interleaveEvenly<T>(base: readonly T[], extra: readonly T[]): T[] {
  const total = base.length + extra.length;
  if (extra.length === 0) return [...base];
  const out: T[] = [];
  let b = 0;
  let e = 0;
  for (let k = 0; k < total; k++) {
    const nextSlot = e < extra.length ? Math.floor(((e + 0.5) * total) / extra.length) : Infinity;
    if (k === nextSlot || b >= base.length) out.push(extra[e++]);
    else out.push(base[b++]);
  }
  return out;
}

export function buildQueue(input: QueueInput): Queue {
  const { now, settings } = input;
  const today = studyDayBounds(now, input.timeZone, input.dayStartHour);
  const buriedFacts = new Set(input.buriedFactKeys ?? []);
  const nowMs = now.getTime();
  const learnAheadUntil = nowMs + learnAheadMs(settings);

  const available = input.cards.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil.getTime() > nowMs));
  // Intraday learning only: interday cards are due at a day's start and wait on the review limit.
  const learning = available.filter((c) => isLearningState(c.state) && !isInterdayLearning(c)).sort(byDueThenId);
  const learningNow = learning.filter((c) => c.due.getTime() <= learnAheadUntil);
  const learningDue = learningNow.filter((c) => c.due.getTime() <= nowMs);
  const learningAhead = learningNow.filter((c) => c.due.getTime() > nowMs);
  const learningLater = learning.filter((c) => c.due.getTime() > learnAheadUntil && c.due.getTime() < today.end.getTime());

  // At most one new/review card per fact a day (Anki buries siblings), never one whose fact was
  // already studied today or one sharing a fact with a learning card in today's queue.
  const factsTaken = new Set(buriedFacts);
  for (const c of learningNow) factsTaken.add(c.factKey);
  const take = (cards: QueueCard[], limit: number): QueueCard[] => {
    const picked: QueueCard[] = [];
    for (const c of cards) {
      if (picked.length >= limit) break;
      if (factsTaken.has(c.factKey)) continue;
      factsTaken.add(c.factKey);
      picked.push(c);
    }
    return picked;
  };

  const limits = dailyLimits(settings, input.introducedNewToday, input.reviewedToday);
  // Anki v3 gathers interday learning cards before reviews, from the same review limit; they are
  // shown among the reviews and counted as learning. (No learn-ahead: they belong to a day.)
  const dueToday = (c: QueueCard) => c.due.getTime() < today.end.getTime();
  // Like other learning cards, not held back by siblings studied today, and they hold back theirs.
  const interday = available.filter((c) => isInterdayLearning(c) && dueToday(c)).sort(byDueThenId).slice(0, limits.reviews);
  for (const c of interday) factsTaken.add(c.factKey);
  const reviews = take(
    available.filter((c) => c.state === CARD_STATE.Review && dueToday(c)).sort(byDueThenId),
    limits.reviews - interday.length,
  );
  const fresh = take(available.filter((c) => c.state === CARD_STATE.New).sort(byDueThenId), limits.newAfter(interday.length + reviews.length));

  return {
    counts: { new: fresh.length, learning: learningNow.length + interday.length, review: reviews.length },
    // The labels on the buttons promise a wait ("10m"): a card still inside its step comes last.
    order: [...learningDue, ...interleaveEvenly([...interday, ...reviews].sort(byDueThenId), fresh), ...learningAhead].map((c) => c.id),
    learningLaterToday: learningLater.length,
    nextLearningDue: learningLater[0] ? new Date(learningLater[0].due) : null,
  };
}

export interface TodaysProgress {
  introducedNewToday: number;
  reviewedToday: number;
  buriedFactKeys: string[];
}

/**
 * Today's ratings in force (not undone, not a forget, stamped today and not after now), counted by
 * fact, the card's state before and its step (scheduledDays ≥ 1 is an interday step): all that
 * today's counters need, so a database can count them instead of sending every log.
 */
export interface TodaysRatingCount {
  factKey?: string;
  state: CardState;
  scheduledDays?: number;
  count: number;
}

/** Today's counters from counted ratings (see todaysProgress). */
export function progressFromCounts(counts: ReadonlyArray<TodaysRatingCount>): TodaysProgress {
  let introducedNewToday = 0;
  let reviewedToday = 0;
  const facts = new Set<string>();
  for (const c of counts) {
    if (c.count <= 0) continue;
    if (c.state === CARD_STATE.New) introducedNewToday += c.count;
    else if (c.state === CARD_STATE.Review || isInterdayLearning(c)) reviewedToday += c.count;
    if (c.factKey) facts.add(c.factKey);
  }
  return { introducedNewToday, reviewedToday, buriedFactKeys: [...facts].sort() };
}

/**
 * Today's counters from the learner's logs (undone ones ignored): new cards introduced, review
 * cards answered (interday learning ones included, as Anki v3 counts them against the review
 * limit), and the facts touched (for sibling burying). They reset at the day start;
 * entries stamped after `now` do not count yet.
 */
export function todaysProgress(
  logs: ReadonlyArray<Pick<SrsLog, "rating" | "state" | "reviewedAt" | "undoneAt"> & Partial<Pick<SrsLog, "scheduledDays">> & { factKey?: string }>,
  now: Date,
  timeZone: string,
  dayStartHour: number,
): TodaysProgress {
  const { start, end } = studyDayBounds(now, timeZone, dayStartHour);
  const inForceToday = logs.filter((log) => {
    const t = log.reviewedAt.getTime();
    return !log.undoneAt && log.rating !== RATING.Manual && t >= start.getTime() && t < end.getTime() && t <= now.getTime();
  });
  return progressFromCounts(inForceToday.map((log) => ({ factKey: log.factKey, state: log.state, scheduledDays: log.scheduledDays, count: 1 })));
}
