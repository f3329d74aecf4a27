// FSRS scheduling glue: our camelCase card/log records in, ts-fsrs in the middle, records out.
// Logs keep the card's state BEFORE each rating, so undo is a lookup and replay rebuilds a card.
import {
  StrategyMode,
  createEmptyCard,
  fsrs,
  generatorParameters,
  type AbstractScheduler,
  type Card,
  type FSRS,
  type FSRSParameters,
  type Grade,
} from "ts-fsrs";
import {
  CARD_STATE,
  DEFAULT_STUDY_SETTINGS,
  RATING,
  parseSteps,
  type CardState,
  type SrsCard,
  type SrsGrade,
  type SrsLog,
  type StudySettingsValues,
} from "./types";

const DAY_MS = 86_400_000;

/** ts-fsrs parameters for a learner's settings (short-term steps on, as in Anki). */
export function fsrsParameters(settings: StudySettingsValues): FSRSParameters {
  return generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: parseSteps(settings.learningSteps),
    relearning_steps: parseSteps(settings.relearningSteps),
    ...(settings.parameters ? { w: settings.parameters } : {}),
  });
}

// One ts-fsrs instance per distinct settings+seed: building one parses steps and parameters.
const schedulers = new Map<string, FSRS>();

function schedulerFor(settings: StudySettingsValues, seed?: number): FSRS {
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumInterval,
    settings.enableFuzz,
    settings.learningSteps,
    settings.relearningSteps,
    settings.parameters ?? null,
    seed ?? null,
  ]);
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(fsrsParameters(settings));
    if (seed !== undefined) {
      // A caller seed (a hash of the card id) makes the fuzz depend on the card and its reps only,
      // as Anki does, not on the review time: the intervals shown on the buttons then still hold
      // when the learner presses one a minute later. Without one, ts-fsrs's default seed (review
      // time, reps, memory state) keeps it reproducible.
      const prefix = String(seed);
      f.useStrategy(StrategyMode.SEED, function (this: AbstractScheduler) {
        // `current` is protected in the typings; the seed strategy is meant to read it.
        const { reps } = (this as unknown as { current: { reps: number } }).current;
        return `${prefix}:${reps}`;
      });
    }
    if (schedulers.size > 64) schedulers.clear();
    schedulers.set(key, f);
  }
  return f;
}

export function toFsrsCard(card: SrsCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): SrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    lastReview: card.last_review ? new Date(card.last_review) : null,
  };
}

/** A card that has never been studied, due at `now`. */
export function newCard(now: Date): SrsCard {
  return fromFsrsCard(createEmptyCard(now));
}

export interface RatingResult {
  card: SrsCard;
  log: SrsLog;
  /** this rating was a lapse that brought the card to (or past) the leech threshold */
  leech: boolean;
  /** the leech should be suspended (leechAction SUSPEND); with TAG it is only flagged */
  suspend: boolean;
}

function assertChronological(card: SrsCard, now: Date): void {
  if (Number.isNaN(now.getTime())) throw new RangeError("Review time is not a valid date");
  if (card.lastReview && now.getTime() < new Date(card.lastReview).getTime()) {
    throw new RangeError(
      `Review time ${now.toISOString()} is before the card's last review ${new Date(card.lastReview).toISOString()}`,
    );
  }
}

/**
 * Applies one answer. Fuzz follows `settings.enableFuzz` and is deterministic: the same card,
 * rating, time, settings and seed always give the same due date.
 */
export function scheduleRating(
  card: SrsCard,
  rating: SrsGrade,
  now: Date,
  settings: StudySettingsValues,
  seed?: number,
  durationMs = 0,
): RatingResult {
  if (![1, 2, 3, 4].includes(rating)) throw new RangeError(`Rating must be 1–4, got ${String(rating)}`);
  assertChronological(card, now);
  const { card: next, log } = schedulerFor(settings, seed).next(toFsrsCard(card), now, rating as Grade);
  const srsLog: SrsLog = {
    rating,
    state: card.state,
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reviewedAt: new Date(now),
    durationMs: Math.max(0, Math.round(durationMs)),
  };
  const lapsed = rating === RATING.Again && card.state === CARD_STATE.Review;
  const leech = lapsed && next.lapses >= settings.leechThreshold;
  return { card: fromFsrsCard(next), log: srsLog, leech, suspend: leech && settings.leechAction === "SUSPEND" };
}

export interface IntervalPreview {
  again: Date;
  hard: Date;
  good: Date;
  easy: Date;
}

/** The due date each button would give (what the answer buttons show). */
export function previewIntervals(
  card: SrsCard,
  now: Date,
  settings: StudySettingsValues,
  seed?: number,
): IntervalPreview {
  assertChronological(card, now);
  const p = schedulerFor(settings, seed).repeat(toFsrsCard(card), now);
  return {
    again: new Date(p[1].card.due),
    hard: new Date(p[2].card.due),
    good: new Date(p[3].card.due),
    easy: new Date(p[4].card.due),
  };
}

function oneDecimal(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Anki-style interval label: "30s", "10m", "1.5h", "4d", "2.3mo", "1.1y". */
export function formatInterval(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${Math.round(s)}s`;
  const min = s / 60;
  if (min < 59.5) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 23.95) return `${oneDecimal(h)}h`;
  const d = h / 24;
  if (d < 29.5) return `${Math.round(d)}d`;
  if (d < 365) return `${oneDecimal(d / 30)}mo`;
  return `${oneDecimal(d / 365)}y`;
}

/** Labels for the four buttons, measured from `now`. */
export function previewLabels(card: SrsCard, now: Date, settings: StudySettingsValues, seed?: number) {
  const p = previewIntervals(card, now, settings, seed);
  const label = (d: Date) => formatInterval(d.getTime() - now.getTime());
  return { again: label(p.again), hard: label(p.hard), good: label(p.good), easy: label(p.easy) };
}

/**
 * Restores the card as it was before `log` (the card's latest rating).
 * `lastReview` is not in the log: pass the previous rating's `reviewedAt` (null when there was
 * none) to get it exactly. Without it, it is derived: exact for new and review cards, and an
 * estimate from whole elapsed days for (re)learning cards.
 */
export function undoRating(cardAfter: SrsCard, log: SrsLog, previousReviewedAt?: Date | null): SrsCard {
  const before = {
    due: new Date(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    state: log.state,
  };
  if (log.rating === RATING.Manual) {
    // forgetCard keeps counts and the last review time
    return { ...before, reps: cardAfter.reps, lapses: cardAfter.lapses, lastReview: cardAfter.lastReview ?? null };
  }
  const reps = Math.max(0, cardAfter.reps - 1);
  const lapses = Math.max(
    0,
    cardAfter.lapses - (log.rating === RATING.Again && log.state === CARD_STATE.Review ? 1 : 0),
  );
  let lastReview: Date | null;
  if (previousReviewedAt !== undefined) lastReview = previousReviewedAt ? new Date(previousReviewedAt) : null;
  else if (reps === 0) lastReview = null;
  else if (log.state === CARD_STATE.Review) lastReview = new Date(log.due.getTime() - log.scheduledDays * DAY_MS);
  else lastReview = new Date(log.reviewedAt.getTime() - log.elapsedDays * DAY_MS);
  return { ...before, reps, lapses, lastReview };
}

/** Resets a card to New (Anki's "Forget"), keeping its counts. Store the log (rating 0) so replay and undo see it. */
export function forgetCard(card: SrsCard, now: Date): { card: SrsCard; log: SrsLog } {
  const { card: next } = schedulerFor(DEFAULT_STUDY_SETTINGS).forget(toFsrsCard(card), now, false);
  return {
    card: fromFsrsCard(next),
    log: {
      rating: RATING.Manual,
      state: card.state,
      due: new Date(card.due),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: 0,
      lastElapsedDays: card.elapsedDays,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reviewedAt: new Date(now),
      durationMs: 0,
    },
  };
}

function activeLogs(logs: readonly SrsLog[]): SrsLog[] {
  return logs
    .filter((l) => !l.undoneAt)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.reviewedAt.getTime() - b.l.reviewedAt.getTime() || a.i - b.i)
    .map(({ l }) => l);
}

/**
 * Rebuilds a card from scratch: `initialCard` (usually `newCard(createdAt)`) plus every
 * rating that was not undone, in time order. Equals the stored card whenever the stored card
 * was produced by `scheduleRating`/`forgetCard` with the same settings and seed.
 */
export function replayLogs(
  initialCard: SrsCard,
  logs: readonly SrsLog[],
  settings: StudySettingsValues,
  seed?: number,
): SrsCard {
  let card: SrsCard = { ...initialCard, due: new Date(initialCard.due) };
  for (const log of activeLogs(logs)) {
    card =
      log.rating === RATING.Manual
        ? forgetCard(card, log.reviewedAt).card
        : scheduleRating(card, log.rating, log.reviewedAt, settings, seed).card;
  }
  return card;
}

/** The card as it stood before its first logged rating (counts inferred from the current card). */
export function cardBeforeLogs(current: SrsCard, logs: readonly SrsLog[]): SrsCard {
  const active = activeLogs(logs);
  const first = active[0];
  if (!first) return { ...current };
  const graded = active.filter((l) => l.rating !== RATING.Manual).length;
  const lapses = active.filter((l) => l.rating === RATING.Again && l.state === CARD_STATE.Review).length;
  const reps = Math.max(0, current.reps - graded);
  return {
    due: new Date(first.due),
    stability: first.stability,
    difficulty: first.difficulty,
    elapsedDays: first.lastElapsedDays,
    scheduledDays: first.scheduledDays,
    learningSteps: first.learningSteps,
    state: first.state,
    reps,
    lapses: Math.max(0, current.lapses - lapses),
    lastReview:
      reps === 0
        ? null
        : first.state === CARD_STATE.Review
          ? new Date(first.due.getTime() - first.scheduledDays * DAY_MS)
          : new Date(first.reviewedAt.getTime() - first.elapsedDays * DAY_MS),
  };
}

/**
 * Re-derives a card after the learner changed retention, steps, maximum interval or their FSRS
 * parameters: its history is replayed under the new settings (memory state and due date both
 * follow), so the stored card again equals `replayLogs(...)` with the current settings.
 * A card with no history keeps its memory state; a review card gets a new interval from it,
 * counted from its last review (or from `now` when that is unknown).
 */
export function rescheduleAfterSettingsChange(
  card: SrsCard,
  logs: readonly SrsLog[],
  settings: StudySettingsValues,
  now: Date,
  seed?: number,
): SrsCard {
  if (activeLogs(logs).length > 0) return replayLogs(cardBeforeLogs(card, logs), logs, settings, seed);
  if (card.state !== CARD_STATE.Review || card.stability <= 0) return { ...card };
  const f = schedulerFor({ ...settings, enableFuzz: false });
  const interval = f.next_interval(card.stability, card.elapsedDays);
  const from = card.lastReview ? new Date(card.lastReview) : now;
  return { ...card, scheduledDays: interval, due: new Date(from.getTime() + interval * DAY_MS) };
}

/** Probability of recall right now (0–1), for display. */
export function retrievability(card: SrsCard, now: Date, settings: StudySettingsValues): number {
  if (card.state === CARD_STATE.New) return 0;
  return schedulerFor(settings).get_retrievability(toFsrsCard(card), now, false);
}
