// How well a parameter set predicts a learner's log: log loss (lib/srs/fit.ts's measure, so the
// optimizer and this view agree) and a calibration RMSE: reviews binned by predicted recall, the
// root of the count-weighted mean squared gap between predicted and actual recall per bin.
import { FSRSAlgorithm } from "ts-fsrs";
import { countLongTermReviews, logLoss, type FitReview } from "./fit";
import { RATING } from "./types";

export interface Evaluation {
  /** long-term reviews (a study day or more after the previous one) the figures are measured on */
  reviews: number;
  logLoss: number | null;
  rmse: number | null;
}

/** Bins of predicted recall for the RMSE: [0, 0.05), [0.05, 0.1) … [0.95, 1]. */
export const RMSE_BINS = 20;

/** Calibration RMSE of `parameters` on these histories (null without a long-term review). */
export function calibrationRmse(histories: readonly FitReview[][], parameters: readonly number[], enableShortTerm = true): number | null {
  const algo = new FSRSAlgorithm({ w: [...parameters], enable_short_term: enableShortTerm });
  const predicted = new Array<number>(RMSE_BINS).fill(0);
  const actual = new Array<number>(RMSE_BINS).fill(0);
  const count = new Array<number>(RMSE_BINS).fill(0);
  for (const history of histories) {
    let memory: { stability: number; difficulty: number } | null = null;
    for (const review of history) {
      if (memory && review.deltaT > 0) {
        const r = algo.forgetting_curve(review.deltaT, memory.stability);
        const bin = Math.min(RMSE_BINS - 1, Math.max(0, Math.floor(r * RMSE_BINS)));
        predicted[bin] += r;
        actual[bin] += review.rating === RATING.Again ? 0 : 1;
        count[bin]++;
      }
      memory = algo.next_state(memory, memory ? review.deltaT : 0, review.rating);
    }
  }
  let n = 0;
  let sum = 0;
  for (let b = 0; b < RMSE_BINS; b++) {
    if (count[b] === 0) continue;
    const gap = predicted[b] / count[b] - actual[b] / count[b];
    sum += count[b] * gap * gap;
    n += count[b];
  }
  return n === 0 ? null : Math.sqrt(sum / n);
}

/** Log loss and RMSE of a parameter set on the histories (nulls when there is nothing to measure). */
export function evaluateParameters(histories: readonly FitReview[][], parameters: readonly number[], enableShortTerm = true): Evaluation {
  const reviews = countLongTermReviews(histories);
  if (reviews === 0) return { reviews, logLoss: null, rmse: null };
  const loss = logLoss(histories, parameters, enableShortTerm);
  return { reviews, logLoss: Number.isFinite(loss) ? loss : null, rmse: calibrationRmse(histories, parameters, enableShortTerm) };
}
