// The binned calibration RMSE and the evaluation the Optimize view shows, against figures worked out by hand.
import { describe, expect, it } from "vitest";
import { FSRSAlgorithm, default_w } from "ts-fsrs";
import { evaluateParameters, logLoss, rmseBins, type FitReview } from "@/lib/srs/fit";

const RMSE_BINS = 20;

const algo = new FSRSAlgorithm({ w: [...default_w], enable_short_term: true });
const predicted = (history: FitReview[]) => {
  // recall predicted for the last review of a history
  let memory: { stability: number; difficulty: number } | null = null;
  let r = NaN;
  for (const review of history) {
    if (memory && review.deltaT > 0) r = algo.forgetting_curve(review.deltaT, memory.stability);
    memory = algo.next_state(memory, memory ? review.deltaT : 0, review.rating);
  }
  return r;
};

describe("rmseBins", () => {
  it("is |predicted − actual| for one review, and weights bins by their counts", () => {
    const pass: FitReview[] = [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }];
    const fail: FitReview[] = [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 3 }];
    const r = predicted(pass);
    expect(r).toBeGreaterThan(0.5);
    expect(rmseBins([pass], null)).toBeCloseTo(1 - r, 12);
    expect(rmseBins([fail], null)).toBeCloseTo(r, 12);
    // same bin: mean actual 0.5 against r
    expect(rmseBins([pass, fail], null)).toBeCloseTo(Math.abs(r - 0.5), 12);
    // two bins: a pass far later (low r) and the pass above; sqrt of the count-weighted squared gaps
    const late: FitReview[] = [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 400 }];
    const rLate = predicted(late);
    expect(Math.floor(rLate * RMSE_BINS)).not.toBe(Math.floor(r * RMSE_BINS));
    expect(rmseBins([pass, late], null)).toBeCloseTo(Math.sqrt(((1 - r) ** 2 + (1 - rLate) ** 2) / 2), 12);
  });

  it("ignores first and same-day reviews, and is null with nothing to measure", () => {
    expect(rmseBins([[{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 0 }]], null)).toBeNaN();
    expect(evaluateParameters([], null)).toEqual({ reviews: 0, logLoss: null, rmse: null });
  });

  it("evaluateParameters reports the fit's own log loss", () => {
    const histories: FitReview[][] = [
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }, { rating: 1, deltaT: 9 }],
      [{ rating: 1, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }],
    ];
    const e = evaluateParameters(histories, null);
    expect(e.reviews).toBe(3);
    expect(e.logLoss).toBe(logLoss(histories, null));
    expect(e.rmse).toBeGreaterThan(0);
  });
});
