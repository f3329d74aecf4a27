// Fitting personal FSRS parameters to a learner's review log with the FSRS optimizer
// (@open-spaced-repetition/binding, a native addon loaded lazily so lib/srs imports without it),
// and judging the result by log loss on the same log, computed here with ts-fsrs's model.
import { FSRSAlgorithm, checkParameters, default_w } from "ts-fsrs";
import { studyDaysBetween } from "./day";
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
  numRelearningSteps?: number;
  /** for tests and callers that already hold the module */
  binding?: BindingModule;
}

export interface FitReport {
  /** the fitted weights, or ts-fsrs's defaults when no fit ran */
  parameters: number[];
  logLossDefault: number | null;
  logLossFitted: number | null;
  /** long-term reviews (a day or more after the previous one) the losses are measured on */
  reviews: number;
  /** true only when the fitted weights predict this learner's log better than the defaults */
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

/**
 * Mean binary cross-entropy of FSRS's recall prediction against what happened (pass = not Again)
 * over every long-term review; same-day reviews only move the memory state.
 */
export function logLoss(
  histories: readonly FitReview[][],
  parameters: readonly number[],
  enableShortTerm = true,
): number {
  const algo = new FSRSAlgorithm({ w: [...parameters], enable_short_term: enableShortTerm });
  let sum = 0;
  let n = 0;
  for (const history of histories) {
    let memory: { stability: number; difficulty: number } | null = null;
    for (const review of history) {
      if (memory && review.deltaT > 0) {
        const r = Math.min(Math.max(algo.forgetting_curve(review.deltaT, memory.stability), 1e-6), 1 - 1e-6);
        const passed = review.rating !== RATING.Again;
        sum += passed ? -Math.log(r) : -Math.log(1 - r);
        n++;
      }
      memory = algo.next_state(memory, memory ? review.deltaT : 0, review.rating);
    }
  }
  return n === 0 ? NaN : sum / n;
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
 * Fits personal parameters. Needs `minReviews` (default 400) long-term reviews; applies the fit
 * only if it lowers log loss versus ts-fsrs's defaults on this learner's log.
 */
export async function fitParameters(logsByCard: LogsByCard, options: FitOptions): Promise<FitReport> {
  const enableShortTerm = options.enableShortTerm ?? true;
  const minReviews = options.minReviews ?? MIN_REVIEWS_FOR_FIT;
  const defaults = [...default_w];
  const histories = buildHistories(logsByCard, options.timeZone, options.dayStartHour);
  const reviews = countLongTermReviews(histories);
  const logLossDefault = reviews > 0 ? logLoss(histories, defaults, enableShortTerm) : null;
  const notApplied = (message: string): FitReport => ({
    parameters: defaults,
    logLossDefault,
    logLossFitted: null,
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
    ...(options.numRelearningSteps !== undefined ? { numRelearningSteps: options.numRelearningSteps } : {}),
  });
  const parameters = [...checkParameters(Array.from(fitted))];
  const logLossFitted = logLoss(histories, parameters, enableShortTerm);
  const applied = Number.isFinite(logLossFitted) && logLossDefault !== null && logLossFitted < logLossDefault;
  return {
    parameters,
    logLossDefault,
    logLossFitted,
    reviews,
    applied,
    message: applied
      ? `Fitted on ${reviews} reviews: log loss ${logLossFitted.toFixed(4)} vs ${logLossDefault!.toFixed(4)} with the defaults.`
      : `Fitted parameters are not better than the defaults (log loss ${logLossFitted.toFixed(4)} vs ${logLossDefault!.toFixed(4)}); keeping the defaults.`,
  };
}
