// The scheduler: Anki's v3 card states (learning steps, graduation, relearning, leeches) around
// the FSRS memory model (lib/srs/model.ts), counted in the learner's study days. A card's elapsed
// time is the number of study days between its reviews (the day starts at dayStartHour in the
// learner's zone), and a review card falls due at the start of the study day N days on, so the
// same answers at the same local times give the same intervals in every zone and across DST.
// Logs keep the card's state BEFORE each rating, so undo is a lookup and replay rebuilds a card.
import { createRandom, hashString, mixSeed } from "../domain/random.ts";
import { DEFAULT_LEARNER_DAY } from "../domain/study-settings.ts";
import { shiftStudyDay, studyDayBounds, studyDaysBetween } from "./day";
import { fsrsModel, type FsrsModel, type MemoryState } from "./model";
import {
  CARD_STATE,
  RATING,
  parseSteps,
  type CardState,
  type SrsCard,
  type SrsGrade,
  type SrsLog,
  type StudySettingsValues,
} from "./types";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The learner's day the scheduler counts in (User.timeZone, User.dayStartHour). */
export interface SchedulingDay {
  timeZone: string;
  dayStartHour: number;
}

/** Study settings plus the learner's day; without a day, the default (UTC, 04:00) is used. */
export type SchedulingSettings = StudySettingsValues & Partial<SchedulingDay>;

function dayOf(settings: SchedulingSettings): SchedulingDay {
  return {
    timeZone: settings.timeZone ?? DEFAULT_LEARNER_DAY.timeZone,
    dayStartHour: settings.dayStartHour ?? DEFAULT_LEARNER_DAY.dayStartHour,
  };
}

function stepMinutes(text: string): number[] {
  return parseSteps(text).map((step) => {
    const n = Number(step.slice(0, -1));
    return step.endsWith("d") ? n * 1440 : step.endsWith("h") ? n * 60 : n;
  });
}

interface Context {
  model: FsrsModel;
  day: SchedulingDay;
  maximumInterval: number;
  fuzz: boolean;
  learning: number[];
  relearning: number[];
}

const contexts = new Map<string, Context>();

function contextFor(settings: SchedulingSettings): Context {
  const day = dayOf(settings);
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumInterval,
    settings.enableFuzz,
    settings.learningSteps,
    settings.relearningSteps,
    settings.parameters ?? null,
    day.timeZone,
    day.dayStartHour,
  ]);
  let ctx = contexts.get(key);
  if (!ctx) {
    const relearning = stepMinutes(settings.relearningSteps);
    ctx = {
      model: fsrsModel(settings.parameters ?? null, settings.desiredRetention, relearning.length),
      day,
      maximumInterval: Math.max(1, settings.maximumInterval),
      fuzz: settings.enableFuzz,
      learning: stepMinutes(settings.learningSteps),
      relearning,
    };
    if (contexts.size > 64) contexts.clear();
    contexts.set(key, ctx);
  }
  return ctx;
}

/** A card that has never been studied, due at `now`. */
export function newCard(now: Date): SrsCard {
  return {
    due: new Date(now),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: CARD_STATE.New,
    lastReview: null,
  };
}

export interface RatingResult {
  card: SrsCard;
  log: SrsLog;
  /** this lapse is a leech event: at the threshold, then every half threshold (Anki: 8, 12, 16…) */
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

/** Anki's leech rule: the threshold, then every half threshold after it. */
export function isLeechLapse(lapses: number, threshold: number): boolean {
  if (threshold <= 0) return false;
  const half = Math.max(1, Math.ceil(threshold / 2));
  return lapses >= threshold && (lapses - threshold) % half === 0;
}

// Anki's fuzz: ±(1 + 15% of the part of the interval in 2.5–7 days + 10% of 7–20 + 5% beyond).
const FUZZ_RANGES = [
  { start: 2.5, end: 7, factor: 0.15 },
  { start: 7, end: 20, factor: 0.1 },
  { start: 20, end: Infinity, factor: 0.05 },
];

function fuzzBounds(interval: number, minimum: number, maximum: number): [number, number] {
  const delta = 1 + FUZZ_RANGES.reduce((sum, r) => sum + Math.max(0, Math.min(interval, r.end) - r.start) * r.factor, 0);
  let lower = Math.min(Math.max(Math.round(interval - delta), minimum), maximum);
  const upper = Math.min(Math.max(Math.round(interval + delta), minimum), maximum);
  if (lower === upper && upper > minimum) lower = upper - 1;
  return [lower, upper];
}

/**
 * A review interval in whole days: at least `minimum` and at most the maximum interval (the
 * minimum gives way to the maximum, so at the cap Hard = Good = Easy), fuzzed as Anki does when
 * fuzz is on and the interval is 2.5 days or more.
 */
function constrainInterval(ctx: Context, interval: number, minimum: number, fuzzFactor: number): number {
  const max = ctx.maximumInterval;
  const min = Math.min(Math.max(1, minimum), max);
  const ivl = Math.min(Math.max(interval, min), max);
  if (!ctx.fuzz || ivl < 2.5) return Math.min(Math.max(Math.round(ivl), min), max);
  const [lower, upper] = fuzzBounds(ivl, min, max);
  return Math.min(lower + Math.floor(fuzzFactor * (upper - lower + 1)), upper);
}

type Next = { state: CardState; step: number; minutes: number } | { state: typeof CARD_STATE.Review; days: number };

/** Anki's delay for Hard on the first step: halfway to the second step, or 1.5× a lone step (at most a day more). */
function hardDelay(steps: number[], index: number): number {
  const current = steps[index];
  if (index > 0) return current;
  const next = steps[1];
  return next !== undefined ? (current + next) / 2 : Math.min(current * 1.5, current + 1440);
}

/**
 * Where each button sends the card: a learning step (minutes) or a review interval (days).
 * `memory` is the memory state each button would leave.
 */
function transitions(card: SrsCard, ctx: Context, memory: Record<SrsGrade, MemoryState>, fuzzFactor: number): Record<SrsGrade, Next> {
  const ivl = (g: SrsGrade) => ctx.model.interval(memory[g].stability);
  const graduate = () => {
    const good = constrainInterval(ctx, ivl(3), 1, fuzzFactor);
    return { good, easy: constrainInterval(ctx, ivl(4), good + 1, fuzzFactor) };
  };
  if (card.state === CARD_STATE.Review) {
    const hard = constrainInterval(ctx, ivl(2), 1, fuzzFactor);
    const good = constrainInterval(ctx, ivl(3), hard + 1, fuzzFactor);
    const easy = constrainInterval(ctx, ivl(4), good + 1, fuzzFactor);
    const again: Next = ctx.relearning.length
      ? { state: CARD_STATE.Relearning, step: 0, minutes: ctx.relearning[0] }
      : { state: CARD_STATE.Review, days: constrainInterval(ctx, ivl(1), 1, fuzzFactor) };
    return { 1: again, 2: { state: CARD_STATE.Review, days: hard }, 3: { state: CARD_STATE.Review, days: good }, 4: { state: CARD_STATE.Review, days: easy } };
  }
  const relearning = card.state === CARD_STATE.Relearning;
  const steps = relearning ? ctx.relearning : ctx.learning;
  const stepState = relearning ? CARD_STATE.Relearning : CARD_STATE.Learning;
  const { good, easy } = graduate();
  if (steps.length === 0) {
    // No steps: every answer schedules by FSRS alone.
    return {
      1: { state: CARD_STATE.Review, days: constrainInterval(ctx, ivl(1), 1, fuzzFactor) },
      2: { state: CARD_STATE.Review, days: constrainInterval(ctx, ivl(2), 1, fuzzFactor) },
      3: { state: CARD_STATE.Review, days: good },
      4: { state: CARD_STATE.Review, days: easy },
    };
  }
  // A new card is on its first step; a card left past its last step (steps were shortened) on the last.
  const index = card.state === CARD_STATE.New ? 0 : Math.min(Math.max(0, card.learningSteps), steps.length - 1);
  return {
    1: { state: stepState, step: 0, minutes: steps[0] },
    2: { state: stepState, step: index, minutes: hardDelay(steps, index) },
    3: index + 1 < steps.length ? { state: stepState, step: index + 1, minutes: steps[index + 1] } : { state: CARD_STATE.Review, days: good },
    4: { state: CARD_STATE.Review, days: easy },
  };
}

interface Outcome {
  card: SrsCard;
  elapsedDays: number;
}

/** The card after each of the four answers at `now`. */
function outcomes(card: SrsCard, now: Date, settings: SchedulingSettings, seed: number | undefined): Record<SrsGrade, Outcome> {
  const ctx = contextFor(settings);
  const { timeZone, dayStartHour } = ctx.day;
  const elapsedDays = card.lastReview ? studyDaysBetween(new Date(card.lastReview), now, timeZone, dayStartHour) : 0;
  const first = card.state === CARD_STATE.New || card.stability <= 0 || card.difficulty <= 0;
  const prior = first ? null : { stability: card.stability, difficulty: card.difficulty };
  const memory = {
    1: ctx.model.next(prior, elapsedDays, 1),
    2: ctx.model.next(prior, elapsedDays, 2),
    3: ctx.model.next(prior, elapsedDays, 3),
    4: ctx.model.next(prior, elapsedDays, 4),
  };
  // Anki seeds the fuzz with the card and its review count, so a label holds until it is pressed.
  const fuzzSeed = seed ?? hashString(String(now.getTime()));
  const fuzzFactor = createRandom(mixSeed(fuzzSeed, `fuzz:${card.reps}`))();
  const moves = transitions(card, ctx, memory, fuzzFactor);
  const today = studyDayBounds(now, timeZone, dayStartHour).dayKey;
  const dayStart = (days: number) => shiftStudyDay(today, days, timeZone, dayStartHour).start;
  const out = {} as Record<SrsGrade, Outcome>;
  for (const g of [1, 2, 3, 4] as const) {
    const move = moves[g];
    let due: Date;
    let scheduledDays: number;
    let learningSteps: number;
    if ("days" in move) {
      due = dayStart(move.days);
      scheduledDays = move.days;
      learningSteps = 0;
    } else if (move.minutes >= 1440) {
      // An interday step (a day or more) stays a learning step, due at the start of that study day.
      scheduledDays = Math.max(1, Math.round(move.minutes / 1440));
      due = dayStart(scheduledDays);
      learningSteps = move.step;
    } else {
      due = new Date(now.getTime() + Math.round(move.minutes * MINUTE_MS));
      scheduledDays = 0;
      learningSteps = move.step;
    }
    out[g] = {
      elapsedDays,
      card: {
        due,
        stability: memory[g].stability,
        difficulty: memory[g].difficulty,
        elapsedDays,
        scheduledDays,
        learningSteps,
        reps: card.reps + 1,
        lapses: card.lapses + (g === RATING.Again && card.state === CARD_STATE.Review ? 1 : 0),
        state: move.state,
        lastReview: new Date(now),
      },
    };
  }
  return out;
}

/**
 * Applies one answer. Fuzz follows `settings.enableFuzz` and is deterministic: the same card,
 * rating, time, settings and seed always give the same due date.
 */
export function scheduleRating(
  card: SrsCard,
  rating: SrsGrade,
  now: Date,
  settings: SchedulingSettings,
  seed?: number,
  durationMs = 0,
): RatingResult {
  if (![1, 2, 3, 4].includes(rating)) throw new RangeError(`Rating must be 1–4, got ${String(rating)}`);
  assertChronological(card, now);
  const { card: next, elapsedDays } = outcomes(card, now, settings, seed)[rating];
  const srsLog: SrsLog = {
    rating,
    state: card.state,
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays,
    lastElapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reviewedAt: new Date(now),
    durationMs: Math.max(0, Math.round(durationMs)),
  };
  const lapsed = rating === RATING.Again && card.state === CARD_STATE.Review;
  const leech = lapsed && isLeechLapse(next.lapses, settings.leechThreshold);
  return { card: next, log: srsLog, leech, suspend: leech && settings.leechAction === "SUSPEND" };
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
  settings: SchedulingSettings,
  seed?: number,
): IntervalPreview {
  assertChronological(card, now);
  const o = outcomes(card, now, settings, seed);
  return { again: o[1].card.due, hard: o[2].card.due, good: o[3].card.due, easy: o[4].card.due };
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

/**
 * Labels for the four buttons: a learning step as the time until it is due, a review (or an
 * interday step) as its number of days — Anki's "1d", not the hours left until that day starts.
 */
export function previewLabels(card: SrsCard, now: Date, settings: SchedulingSettings, seed?: number) {
  assertChronological(card, now);
  const o = outcomes(card, now, settings, seed);
  const label = (g: SrsGrade) => {
    const next = o[g].card;
    return formatInterval(next.scheduledDays > 0 ? next.scheduledDays * DAY_MS : next.due.getTime() - now.getTime());
  };
  return { again: label(1), hard: label(2), good: label(3), easy: label(4) };
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
  return {
    card: { ...newCard(now), reps: card.reps, lapses: card.lapses, lastReview: card.lastReview ? new Date(card.lastReview) : null },
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
  settings: SchedulingSettings,
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
  settings: SchedulingSettings,
  now: Date,
  seed?: number,
): SrsCard {
  if (activeLogs(logs).length > 0) return replayLogs(cardBeforeLogs(card, logs), logs, settings, seed);
  if (card.state !== CARD_STATE.Review || card.stability <= 0) return { ...card };
  const ctx = contextFor({ ...settings, enableFuzz: false });
  const interval = constrainInterval(ctx, ctx.model.interval(card.stability), 1, 0);
  const from = card.lastReview ? new Date(card.lastReview) : now;
  const fromDay = studyDayBounds(from, ctx.day.timeZone, ctx.day.dayStartHour).dayKey;
  return { ...card, scheduledDays: interval, due: shiftStudyDay(fromDay, interval, ctx.day.timeZone, ctx.day.dayStartHour).start };
}

/** Probability of recall right now (0–1), for display: the time since the last review in (fractional) days. */
export function retrievability(card: SrsCard, now: Date, settings: SchedulingSettings): number {
  if (card.state === CARD_STATE.New || !card.lastReview || card.stability <= 0) return 0;
  const ctx = contextFor(settings);
  return ctx.model.retrievability((now.getTime() - new Date(card.lastReview).getTime()) / DAY_MS, card.stability);
}
