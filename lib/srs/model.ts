// The FSRS memory model (stability, difficulty, retrievability, interval) for one parameter set.
// The formulas are ts-fsrs's FSRSAlgorithm; what is ours is which FSRS version a parameter list
// means, and keeping an older version exact: ts-fsrs widens a 19-weight FSRS-5 set (and a 17-weight
// FSRS-4.5 set) to 21 weights and then clamps the new short-term exponent w19 from 0 up to 0.01,
// which shortens every same-day stability (and so every interval after it) — FSRS-5 has no such
// term, so it is dropped here.
import { FSRSAlgorithm, S_MIN, type FSRSState } from "ts-fsrs";

export type FsrsVersion = "FSRS-6" | "FSRS-5" | "FSRS-4.5";

/** What a parameter list's length means (21, 19, 17 weights); null for any other length. */
export function fsrsVersionOf(parameters: readonly number[] | null | undefined): FsrsVersion | null {
  if (!parameters) return "FSRS-6";
  return parameters.length === 21 ? "FSRS-6" : parameters.length === 19 ? "FSRS-5" : parameters.length === 17 ? "FSRS-4.5" : null;
}

export interface MemoryState {
  stability: number;
  difficulty: number;
}

class VersionedAlgorithm extends FSRSAlgorithm {
  constructor(
    params: ConstructorParameters<typeof FSRSAlgorithm>[0],
    private readonly withoutShortTermExponent: boolean,
  ) {
    super(params);
  }

  override next_short_term_stability(s: number, g: number): number {
    if (!this.withoutShortTermExponent) return super.next_short_term_stability(s, g);
    // FSRS-5: S' = S·e^{w17·(G−3+w18)}, at least S for a pass — no S^−w19 factor.
    const w = this.param.w;
    const sinc = Math.exp(w[17] * (g - 3 + w[18]));
    const masked = g >= 2 ? Math.max(sinc, 1) : sinc;
    return Math.round(Math.min(Math.max(s * masked, S_MIN), 36500) * 1e8) / 1e8;
  }
}

export interface FsrsModel {
  version: FsrsVersion;
  /** the 21 weights the formulas use */
  weights: readonly number[];
  /** memory after a rating `elapsedDays` (whole study days) after the previous one; null = first rating */
  next(state: MemoryState | null, elapsedDays: number, grade: 1 | 2 | 3 | 4): MemoryState;
  /** probability of recall `elapsedDays` (may be fractional) after a review that left stability `s` */
  retrievability(elapsedDays: number, stability: number): number;
  /** days until recall falls to the desired retention (unrounded, uncapped) */
  interval(stability: number): number;
}

const models = new Map<string, FsrsModel>();

/**
 * The model for a parameter set (null = FSRS-6 defaults), desired retention and number of
 * relearning steps (ts-fsrs caps w17/w18 by it, as fsrs-rs does).
 */
export function fsrsModel(parameters: readonly number[] | null | undefined, desiredRetention: number, relearningSteps = 1): FsrsModel {
  const key = JSON.stringify([parameters ?? null, desiredRetention, relearningSteps]);
  const cached = models.get(key);
  if (cached) return cached;
  const version = fsrsVersionOf(parameters);
  if (!version) throw new RangeError(`FSRS parameters must be 17, 19 or 21 numbers, got ${parameters?.length}`);
  const algo = new VersionedAlgorithm(
    {
      // 19 → 21 here (not in ts-fsrs, which logs it): w19 0 and FSRS-5's decay 0.5
      ...(parameters ? { w: parameters.length === 19 ? [...parameters, 0, 0.5] : [...parameters] } : {}),
      request_retention: desiredRetention,
      enable_short_term: true,
      enable_fuzz: false,
      maximum_interval: 36500,
      relearning_steps: Array.from({ length: relearningSteps }, () => "10m" as const),
    },
    version !== "FSRS-6",
  );
  const model: FsrsModel = {
    version,
    weights: Object.freeze([...algo.parameters.w]),
    next: (state, elapsedDays, grade) => {
      const s: FSRSState = algo.next_state(state, Math.max(0, elapsedDays), grade);
      return { stability: s.stability, difficulty: s.difficulty };
    },
    retrievability: (elapsedDays, stability) => (stability > 0 ? algo.forgetting_curve(Math.max(0, elapsedDays), stability) : 0),
    interval: (stability) => stability * algo.interval_modifier,
  };
  if (models.size > 64) models.clear();
  models.set(key, model);
  return model;
}
