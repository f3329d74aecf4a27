// Fitting personal FSRS parameters to a learner's review log with the FSRS optimizer
// (@open-spaced-repetition/binding, a native addon loaded lazily so lib/srs imports without it),
// and judging the result on the same log against the learner's CURRENT parameters (log loss and a
// binned RMSE, computed with our FSRS model so FSRS-5 and FSRS-4.5 sets are judged as themselves).
import { checkParameters, default_w } from "ts-fsrs";
import { studyDaysBetween } from "./day";
import { fsrsModel } from "./model";
import { RATING, type SrsLog } from "./types";

/** Fewer long-term reviews than this and the fit is not attempted (FSRS over-fits tiny logs). */
export const MIN_REVIEWS_FOR_FIT = 400;

export type FitLog = Pick<SrsLog, "rating" | "reviewedAt"> & { undoneAt?: Date | null };
export type LogsByCard = ReadonlyMap<string, readonly FitLog[]> | Readonly<Record<string, readonly FitLog[]>>;

/** One review as the optimizer sees it: rating 1–4 and whole study days since the previous review. */
export interface FitReview {
  rating: 1 | 2 | 3 | 4;
  deltaT: number;
}

export interface FitOptions {
  timeZone: string;
  dayStartHour: number;
  minReviews?: number;
  enableShortTerm?: boolean;
  /** relearning steps in the learner's settings: the optimizer bounds w17/w18 by it (as Anki does) */
  numRelearningSteps?: number;
  /** the parameters in use now (null: the defaults): a fit is kept only when it beats them */
  currentParameters?: readonly number[] | null;
  /** for tests and callers that already hold the module */
  binding?: BindingModule;
}

export interface FitReport {
  /** the fitted weights when applied, else the current ones (the defaults when there are none) */
  parameters: number[];
  /** log loss of the defaults on this log (for reference) */
  logLossDefault: number | null;
  /** log loss and RMSE (20 bins of predicted recall) of the current parameters: the "before" */
  logLossCurrent: number | null;
  rmseCurrent: number | null;
  /** the same for the fitted parameters: the "after" (null when no fit ran) */
  logLossFitted: number | null;
  rmseFitted: number | null;
  /** long-term reviews (a day or more after the previous one) the losses are measured on */
  reviews: number;
  /** true only when the fitted weights predict this learner's log better than their current ones */
  applied: boolean;
  message: string;
}

/** The part of the binding we use. */
export interface BindingModule {
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
  FSRSBindingItem: new (reviews: never[]) => unknown;
  computeParameters: (
    items: never[],
    options?: { enableShortTerm: boolean; numRelearningSteps?: number },
  ) => Promise<number[]>;
}

/** Loads the native optimizer, or returns null (with the reason) where it is not installed. */
export async function loadFitBinding(): Promise<{ binding: BindingModule | null; error?: string }> {
  try {
    const name = "@open-spaced-repetition/binding";
    const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name)) as BindingModule & {
      default?: BindingModule;
    };
    const binding = typeof mod.computeParameters === "function" ? mod : mod.default;
    if (!binding || typeof binding.computeParameters !== "function")
      return { binding: null, error: "binding has no computeParameters" };
    return { binding };
  } catch (e) {
    return { binding: null, error: (e as Error).message };
  }
}

function entries(logsByCard: LogsByCard): Array<readonly FitLog[]> {
  return logsByCard instanceof Map
    ? [...logsByCard.values()]
    : Object.values(logsByCard as Record<string, readonly FitLog[]>);
}

/**
 * Per-card histories for the optimizer: graded, not undone, in time order, starting after the
 * card's last "forget"; the first review has deltaT 0.
 */
export function buildHistories(logsByCard: LogsByCard, timeZone: string, dayStartHour: number): FitReview[][] {
  const out: FitReview[][] = [];
  for (const logs of entries(logsByCard)) {
    const active = logs.filter((l) => !l.undoneAt).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const lastForget = active.map((l) => l.rating).lastIndexOf(RATING.Manual);
    const graded = active.slice(lastForget + 1).filter((l) => l.rating !== RATING.Manual);
    if (graded.length === 0) continue;
    out.push(
      graded.map((l, i) => ({
        rating: l.rating as 1 | 2 | 3 | 4,
        deltaT: i === 0 ? 0 : studyDaysBetween(graded[i - 1].reviewedAt, l.reviewedAt, timeZone, dayStartHour),
      })),
    );
  }
  return out;
}

/** Count of reviews that test memory after a delay (what log loss is measured on). */
export function countLongTermReviews(histories: readonly FitReview[][]): number {
  return histories.reduce((n, h) => n + h.filter((r, i) => i > 0 && r.deltaT > 0).length, 0);
}

/** Every long-term review's predicted recall and whether it was recalled (not Again). */
function predictions(histories: readonly FitReview[][], parameters: readonly number[] | null, numRelearningSteps: number) {
  const model = fsrsModel(parameters, 0.9, Math.max(1, numRelearningSteps));
  const out: Array<{ r: number; passed: boolean }> = [];
  for (const history of histories) {
    let memory: { stability: number; difficulty: number } | null = null;
    for (const review of history) {
      if (memory && review.deltaT > 0) {
        out.push({ r: model.retrievability(review.deltaT, memory.stability), passed: review.rating !== RATING.Again });
      }
      memory = model.next(memory, memory ? review.deltaT : 0, review.rating);
    }
  }
  return out;
}

/**
 * Mean binary cross-entropy of FSRS's recall prediction against what happened (pass = not Again)
 * over every long-term review; same-day reviews only move the memory state.
 */
export function logLoss(histories: readonly FitReview[][], parameters: readonly number[] | null, numRelearningSteps = 1): number {
  const p = predictions(histories, parameters, numRelearningSteps);
  let sum = 0;
  for (const { r, passed } of p) {
    const q = Math.min(Math.max(r, 1e-6), 1 - 1e-6);
    sum += passed ? -Math.log(q) : -Math.log(1 - q);
  }
  return p.length === 0 ? NaN : sum / p.length;
}

/**
 * Calibration error: reviews binned by predicted recall (20 equal bins), the root of the
 * count-weighted mean squared gap between predicted and observed recall in each bin.
 */
export function rmseBins(histories: readonly FitReview[][], parameters: readonly number[] | null, numRelearningSteps = 1, bins = 20): number {
  const p = predictions(histories, parameters, numRelearningSteps);
  if (p.length === 0) return NaN;
  const sums = Array.from({ length: bins }, () => ({ n: 0, predicted: 0, observed: 0 }));
  for (const { r, passed } of p) {
    const b = sums[Math.min(bins - 1, Math.floor(r * bins))];
    b.n++;
    b.predicted += r;
    b.observed += passed ? 1 : 0;
  }
  let total = 0;
  for (const b of sums) if (b.n > 0) total += b.n * ((b.predicted - b.observed) / b.n) ** 2;
  return Math.sqrt(total / p.length);
}

/** Optimizer items: one per long-term review, holding the card's history up to and including it. */
function bindingItems(binding: BindingModule, histories: readonly FitReview[][]): unknown[] {
  const items: unknown[] = [];
  for (const history of histories) {
    const reviews = history.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT));
    for (let i = 1; i < history.length; i++) {
      if (history[i].deltaT > 0) items.push(new binding.FSRSBindingItem(reviews.slice(0, i + 1) as never[]));
    }
  }
  return items;
}

/**
 * Fits personal parameters. Needs `minReviews` (default 400) long-term reviews; the fit is applied
 * only if it lowers log loss versus the learner's current parameters on this learner's log.
 */
export async function fitParameters(logsByCard: LogsByCard, options: FitOptions): Promise<FitReport> {
  const enableShortTerm = options.enableShortTerm ?? true;
  const minReviews = options.minReviews ?? MIN_REVIEWS_FOR_FIT;
  const relearning = options.numRelearningSteps ?? 1;
  const current = options.currentParameters ? [...options.currentParameters] : null;
  const histories = buildHistories(logsByCard, options.timeZone, options.dayStartHour);
  const reviews = countLongTermReviews(histories);
  const measured = reviews > 0;
  const logLossDefault = measured ? logLoss(histories, null, relearning) : null;
  const logLossCurrent = measured ? logLoss(histories, current, relearning) : null;
  const rmseCurrent = measured ? rmseBins(histories, current, relearning) : null;
  const kept = current ?? [...default_w];
  const notApplied = (message: string): FitReport => ({
    parameters: kept,
    logLossDefault,
    logLossCurrent,
    rmseCurrent,
    logLossFitted: null,
    rmseFitted: null,
    reviews,
    applied: false,
    message,
  });
  if (reviews < minReviews) {
    return notApplied(`Not enough reviews to fit: ${reviews} long-term reviews, at least ${minReviews} needed.`);
  }
  const binding = options.binding ?? (await loadFitBinding()).binding;
  if (!binding) return notApplied("The FSRS optimizer (@open-spaced-repetition/binding) is not available here.");

  const fitted = await binding.computeParameters(bindingItems(binding, histories) as never[], {
    enableShortTerm,
    numRelearningSteps: relearning,
  });
  const parameters = [...checkParameters(Array.from(fitted))];
  const logLossFitted = logLoss(histories, parameters, relearning);
  const rmseFitted = rmseBins(histories, parameters, relearning);
  const applied = Number.isFinite(logLossFitted) && logLossCurrent !== null && logLossFitted < logLossCurrent;
  const against = current ? "your current parameters" : "the defaults";
  return {
    parameters: applied ? parameters : kept,
    logLossDefault,
    logLossCurrent,
    rmseCurrent,
    logLossFitted,
    rmseFitted,
    reviews,
    applied,
    message: applied
      ? `Fitted on ${reviews} reviews: log loss ${logLossFitted.toFixed(4)} vs ${logLossCurrent!.toFixed(4)} with ${against}.`
      : `Fitted parameters are not better than ${against} (log loss ${logLossFitted.toFixed(4)} vs ${logLossCurrent!.toFixed(4)}); keeping them.`,
  };
}

/** How well a parameter set predicts a log, as the Optimize and Evaluate views show it. */
export interface Evaluation {
  /** long-term reviews (a study day or more after the previous one) the figures are measured on */
  reviews: number;
  logLoss: number | null;
  rmse: number | null;
}

/** Log loss and binned RMSE of `parameters` (null: the defaults) on these histories; nulls with nothing to measure. */
export function evaluateParameters(histories: readonly FitReview[][], parameters: readonly number[] | null, numRelearningSteps = 1): Evaluation {
  const reviews = countLongTermReviews(histories);
  if (reviews === 0) return { reviews, logLoss: null, rmse: null };
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return { reviews, logLoss: finite(logLoss(histories, parameters, numRelearningSteps)), rmse: finite(rmseBins(histories, parameters, numRelearningSteps)) };
}
