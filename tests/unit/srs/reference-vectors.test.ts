// Published numbers from the FSRS reference implementations' own test suites (ts-fsrs, py-fsrs,
// fsrs-rs), written here as literals: the oracle is those suites, not the ts-fsrs we run on, so an
// engine upgrade or a parameter-padding change that moves a number fails here. Only the numbers
// are carried over; each block names the upstream test it comes from.
import { describe, expect, it } from "vitest";
import {
  CARD_STATE,
  DEFAULT_STUDY_SETTINGS,
  fsrsModel,
  newCard,
  scheduleRating,
  type MemoryState,
  type SrsCard,
  type SrsGrade,
  type StudySettingsValues,
} from "@/lib/srs";

/** FSRS-6 defaults (ts-fsrs `default_w`, fsrs-rs DEFAULT_PARAMETERS, py-fsrs DEFAULT_PARAMETERS). */
const FSRS6_W = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
  0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
/** FSRS-5 weights of ts-fsrs packages/fsrs/__tests__/FSRS-5.test.ts (fsrs-rs's FSRS-5 defaults). */
const FSRS5_W = [
  0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605,
  2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];

// The upstream suites count days as whole UTC days from a midday review; in our terms that is a
// learner in UTC whose day starts at midnight. No fuzz, default steps 1m 10m / 10m, retention 0.9.
const upstream = (parameters: number[]): StudySettingsValues & { timeZone: string; dayStartHour: number } => ({
  ...DEFAULT_STUDY_SETTINGS,
  enableFuzz: false,
  parameters,
  timeZone: "UTC",
  dayStartHour: 0,
});

/** Answers each grade when the card falls due, collecting the scheduled days (the suites' ivl_history). */
function intervalHistory(settings: StudySettingsValues, grades: SrsGrade[]): number[] {
  let now = new Date("2022-12-29T12:30:00Z");
  let card: SrsCard = newCard(now);
  const out: number[] = [];
  for (const g of grades) {
    card = scheduleRating(card, g, now, settings).card;
    out.push(card.scheduledDays);
    now = card.due;
  }
  return out;
}

const GOOD6_AGAIN2_GOOD5: SrsGrade[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];

function memoryAfter(parameters: number[] | null, ratings: SrsGrade[], gaps: number[]): MemoryState {
  const model = fsrsModel(parameters, 0.9, 1);
  let state: MemoryState | null = null;
  ratings.forEach((g, i) => (state = model.next(state, gaps[i], g)));
  return state!;
}

describe("FSRS-6 (21 weights)", () => {
  it("interval history: ts-fsrs FSRS-6.test.ts 'ivl_history' and py-fsrs test_review_card", () => {
    expect(intervalHistory(upstream(FSRS6_W), GOOD6_AGAIN2_GOOD5)).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
    // the defaults are the same weights
    expect(intervalHistory({ ...upstream(FSRS6_W), parameters: null }, GOOD6_AGAIN2_GOOD5)).toEqual([
      0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21,
    ]);
  });

  it("first review per grade: ts-fsrs FSRS-6.test.ts 'first repeat'", () => {
    const now = new Date("2022-12-29T12:30:00Z");
    const firsts = ([1, 2, 3, 4] as const).map((g) => scheduleRating(newCard(now), g, now, upstream(FSRS6_W)).card);
    expect(firsts.map((c) => c.stability)).toEqual([0.212, 1.2931, 2.3065, 8.2956]);
    expect(firsts.map((c) => c.difficulty)).toEqual([6.4133, 5.11217071, 2.11810397, 1]);
    expect(firsts.map((c) => c.scheduledDays)).toEqual([0, 0, 0, 8]);
    expect(firsts.map((c) => c.state)).toEqual([CARD_STATE.Learning, CARD_STATE.Learning, CARD_STATE.Learning, CARD_STATE.Review]);
    expect(firsts.map((c) => [c.reps, c.lapses])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
  });

  it("memory state after Again, Good ×5 at gaps 0,0,1,3,8,21 days: fsrs-rs inference.rs test_memory_state (via ts-fsrs FSRS-6.test.ts, py-fsrs test_memo_state)", () => {
    const m = memoryAfter(FSRS6_W, [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21]);
    expect(m.stability).toBeCloseTo(53.62691, 4);
    expect(m.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it("the same sequence through the scheduler (review times 0,0,1,3,8,21 days apart)", () => {
    let now = new Date("2022-12-29T12:30:00Z");
    let card = newCard(now);
    const gaps = [0, 0, 1, 3, 8, 21];
    ([1, 3, 3, 3, 3, 3] as const).forEach((g, i) => {
      now = new Date(now.getTime() + gaps[i] * 86_400_000);
      card = scheduleRating(card, g, now, upstream(FSRS6_W)).card;
    });
    expect(card.stability).toBeCloseTo(53.62691, 4);
    expect(card.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it("ten Easy answers a microsecond apart reach difficulty 1: py-fsrs test_repeated_correct_reviews", () => {
    let now = new Date("2022-11-29T12:30:00Z");
    let card = newCard(now);
    for (let i = 0; i < 10; i++) {
      card = scheduleRating(card, 4, now, upstream(FSRS6_W)).card;
      now = new Date(now.getTime() + 1);
    }
    expect(card.difficulty).toBe(1);
  });
});

describe("FSRS-5 (19 weights), exact — no short-term exponent w19", () => {
  it("interval history: ts-fsrs FSRS-5.test.ts 'ivl_history'", () => {
    expect(intervalHistory(upstream(FSRS5_W), GOOD6_AGAIN2_GOOD5)).toEqual([0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142]);
  });

  it("first review per grade: ts-fsrs FSRS-5.test.ts 'first repeat'", () => {
    const now = new Date("2022-12-29T12:30:00Z");
    const firsts = ([1, 2, 3, 4] as const).map((g) => scheduleRating(newCard(now), g, now, upstream(FSRS5_W)).card);
    expect(firsts.map((c) => c.stability)).toEqual([0.40255, 1.18385, 3.173, 15.69105]);
    expect(firsts.map((c) => c.difficulty)).toEqual([7.1949, 6.48830527, 5.28243442, 3.22450159]);
    expect(firsts.map((c) => c.scheduledDays)).toEqual([0, 0, 0, 16]);
  });

  it("memory state after Again, Good ×5: ts-fsrs FSRS-5.test.ts 'memory state[short-term]' (48.26549438, 7.10441712)", () => {
    // ts-fsrs 5.4 itself gives 48.2712 here: it pads w19 with 0 and then clamps it to 0.01.
    const m = memoryAfter(FSRS5_W, [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21]);
    expect(m.stability).toBeCloseTo(48.26549438, 6);
    expect(m.difficulty).toBeCloseTo(7.10441712, 6);
  });
});

describe("learning steps: py-fsrs test_*_learning_steps (default steps 1m 10m, relearning 10m)", () => {
  const t0 = new Date("2026-03-02T10:00:00Z");
  const after = (g: SrsGrade) => scheduleRating(newCard(t0), g, t0, upstream(FSRS6_W)).card;
  it("Again: 60 s on step 0; Hard: 330 s (5.5 min) on step 0; Good: 600 s on step 1; Easy: a review card", () => {
    expect([after(1).learningSteps, (after(1).due.getTime() - t0.getTime()) / 1000]).toEqual([0, 60]);
    expect([after(2).learningSteps, (after(2).due.getTime() - t0.getTime()) / 1000]).toEqual([0, 330]);
    expect([after(3).learningSteps, (after(3).due.getTime() - t0.getTime()) / 1000]).toEqual([1, 600]);
    expect(after(4).state).toBe(CARD_STATE.Review);
  });

  it("a lapse relearns on the 10-minute step, and Again there keeps step 0: py-fsrs test_relearning", () => {
    let card = after(3);
    card = scheduleRating(card, 3, card.due, upstream(FSRS6_W)).card;
    card = scheduleRating(card, 3, card.due, upstream(FSRS6_W)).card;
    const lapse = scheduleRating(card, 1, card.due, upstream(FSRS6_W)).card;
    expect([lapse.state, lapse.learningSteps, (lapse.due.getTime() - card.due.getTime()) / 60_000]).toEqual([CARD_STATE.Relearning, 0, 10]);
    const again = scheduleRating(lapse, 1, lapse.due, upstream(FSRS6_W)).card;
    expect([again.state, again.learningSteps, (again.due.getTime() - lapse.due.getTime()) / 60_000]).toEqual([CARD_STATE.Relearning, 0, 10]);
    const good = scheduleRating(again, 3, again.due, upstream(FSRS6_W)).card;
    expect(good.state).toBe(CARD_STATE.Review);
    expect(good.scheduledDays).toBeGreaterThanOrEqual(1);
  });
});
