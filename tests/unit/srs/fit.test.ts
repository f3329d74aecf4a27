import { describe, expect, it } from "vitest";
import { FSRSAlgorithm, default_w } from "ts-fsrs";
import {
  DEFAULT_STUDY_SETTINGS,
  MIN_REVIEWS_FOR_FIT,
  buildHistories,
  countLongTermReviews,
  fitParameters,
  logLoss,
  newCard,
  scheduleRating,
  type BindingModule,
  type FitLog,
  type SrsGrade,
  type StudySettingsValues,
} from "@/lib/srs";
import { loadFitBinding } from "@/lib/srs/fit";
import { mulberry32 } from "./helpers";

const DAY = 86_400_000;
// Checked first: the real-optimizer test below is skipped (saying why) only if the addon cannot load.
const loaded = await loadFitBinding();
const why = loaded.binding ? "" : ` — SKIPPED: the native binding cannot load here (${loaded.error})`;
// "True" memory of a synthetic learner: remembers much longer after the first answer than FSRS's defaults assume
const TRUE_W = default_w.map((w, i) => (i < 4 ? w * 4 : i === 20 ? 0.3 : w));
const zone = { timeZone: "UTC", dayStartHour: 4 };

/** Cards reviewed on the default schedule; whether each review passes is drawn from TRUE_W's forgetting curve. */
function syntheticLogs(cards: number, reviewsPerCard: number, seed: number): Map<string, FitLog[]> {
  const rand = mulberry32(seed);
  const truth = new FSRSAlgorithm({ w: TRUE_W, enable_short_term: false });
  // no learning steps: every interval is whole days, scheduled by FSRS from the first answer
  const settings: StudySettingsValues = { ...DEFAULT_STUDY_SETTINGS, learningSteps: "", relearningSteps: "" };
  const out = new Map<string, FitLog[]>();
  for (let c = 0; c < cards; c++) {
    let t = new Date(Date.UTC(2025, 0, 1, 12) + Math.floor(rand() * 60) * DAY);
    let card = newCard(t);
    let memory: { stability: number; difficulty: number } | null = null;
    let lastDay = 0;
    const logs: FitLog[] = [];
    for (let i = 0; i < reviewsPerCard; i++) {
      const day = Math.round(t.getTime() / DAY);
      let rating: SrsGrade;
      if (!memory) {
        const x = rand();
        rating = x < 0.25 ? 1 : x < 0.35 ? 2 : x < 0.9 ? 3 : 4;
      } else {
        const r = truth.forgetting_curve(day - lastDay, memory.stability);
        const x = rand();
        rating = rand() >= r ? 1 : x < 0.1 ? 2 : x < 0.9 ? 3 : 4;
      }
      memory = truth.next_state(memory, memory ? day - lastDay : 0, rating);
      lastDay = day;
      const res = scheduleRating(card, rating, t, settings);
      logs.push({ rating, reviewedAt: t });
      card = res.card;
      // reviewed on the due day, sometimes a few days late
      const lateDays = rand() < 0.3 ? Math.floor(rand() * 4) : 0;
      t = new Date(Math.round(card.due.getTime() / DAY) * DAY + 12 * 3_600_000 + lateDays * DAY);
    }
    out.set(`card-${c}`, logs);
  }
  return out;
}

describe("buildHistories", () => {
  it("counts whole study days, skips undone entries and restarts after a forget", () => {
    const at = (s: string) => new Date(s);
    const h = buildHistories(
      {
        a: [
          { rating: 3, reviewedAt: at("2026-01-01T10:00:00Z") },
          { rating: 3, reviewedAt: at("2026-01-01T10:10:00Z") },
          { rating: 1, reviewedAt: at("2026-01-02T03:00:00Z") }, // before 04:00: same study day
          { rating: 3, reviewedAt: at("2026-01-04T05:00:00Z"), undoneAt: at("2026-01-04T05:01:00Z") },
          { rating: 3, reviewedAt: at("2026-01-05T05:00:00Z") },
        ],
        b: [
          { rating: 3, reviewedAt: at("2026-01-01T10:00:00Z") },
          { rating: 0, reviewedAt: at("2026-01-03T10:00:00Z") },
          { rating: 4, reviewedAt: at("2026-01-03T10:01:00Z") },
          { rating: 3, reviewedAt: at("2026-01-06T10:00:00Z") },
        ],
      },
      "UTC",
      4,
    );
    expect(h).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 4 },
      ],
      [
        { rating: 4, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
    ]);
    expect(countLongTermReviews(h)).toBe(2);
  });
});

describe("logLoss", () => {
  it("prefers the parameters the data was generated from", () => {
    const h = buildHistories(syntheticLogs(150, 6, 1), zone.timeZone, zone.dayStartHour);
    expect(logLoss(h, TRUE_W)).toBeLessThan(logLoss(h, [...default_w]));
  });
});

describe("fitParameters", () => {
  const logs = syntheticLogs(250, 6, 2024);

  it(`needs at least ${MIN_REVIEWS_FOR_FIT} long-term reviews and then does not call the optimizer`, async () => {
    let called = false;
    const spy: BindingModule = {
      FSRSBindingReview: class {} as never,
      FSRSBindingItem: class {} as never,
      computeParameters: async () => {
        called = true;
        return [...default_w];
      },
    };
    const few = new Map([...logs].slice(0, 20));
    const report = await fitParameters(few, { ...zone, binding: spy });
    expect(report.reviews).toBeLessThan(MIN_REVIEWS_FOR_FIT);
    expect(report.applied).toBe(false);
    expect(report.logLossFitted).toBeNull();
    expect(report.message).toMatch(/at least 400/);
    expect(called).toBe(false);
  });

  it("applies a fit only when its log loss beats the defaults (decision logic, stub optimizer)", async () => {
    const stub = (w: number[]): BindingModule => ({
      FSRSBindingReview: class {
        constructor(
          public rating: number,
          public deltaT: number,
        ) {}
      } as never,
      FSRSBindingItem: class {
        constructor(public reviews: unknown[]) {}
      } as never,
      computeParameters: async (items) => {
        expect(items.length).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIT);
        return w;
      },
    });
    const good = await fitParameters(logs, { ...zone, binding: stub(TRUE_W) });
    expect(good.applied).toBe(true);
    expect(good.logLossFitted!).toBeLessThan(good.logLossDefault!);
    const worse = default_w.map((w, i) => (i < 4 ? w / 10 : w));
    const bad = await fitParameters(logs, { ...zone, binding: stub(worse) });
    expect(bad.applied).toBe(false);
    expect(bad.logLossFitted!).toBeGreaterThan(bad.logLossDefault!);
  });

  it("compares a fit with the learner's CURRENT parameters, not the defaults, and hands the optimizer their relearning-step count", async () => {
    let options: { numRelearningSteps?: number } | undefined;
    const stub = (w: number[]): BindingModule => ({
      FSRSBindingReview: class {} as never,
      FSRSBindingItem: class {} as never,
      computeParameters: async (_items, o) => {
        options = o;
        return w;
      },
    });
    // a fit between the defaults and the truth: better than the defaults, worse than the truth
    const between = default_w.map((w, i) => (w + TRUE_W[i]) / 2);
    const vsDefaults = await fitParameters(logs, { ...zone, binding: stub(between), numRelearningSteps: 3 });
    expect(options?.numRelearningSteps).toBe(3);
    expect(vsDefaults.applied).toBe(true);
    // the learner already has the true parameters: the same fit must not replace them
    const vsCurrent = await fitParameters(logs, { ...zone, binding: stub(between), currentParameters: TRUE_W });
    expect(vsCurrent.logLossFitted!).toBeLessThan(vsCurrent.logLossDefault!);
    expect(vsCurrent.logLossFitted!).toBeGreaterThan(vsCurrent.logLossCurrent!);
    expect(vsCurrent.applied).toBe(false);
    expect(vsCurrent.parameters).toEqual(TRUE_W);
    expect(vsCurrent.message).toMatch(/current parameters/);
    // before/after figures for the Optimize view
    expect(vsCurrent.rmseCurrent).toBeGreaterThanOrEqual(0);
    expect(vsCurrent.rmseFitted).toBeGreaterThanOrEqual(0);
  });

  it.skipIf(!loaded.binding)(`fits synthetic logs with the real optimizer${why}`, async () => {
    const report = await fitParameters(logs, zone);
    expect(report.reviews).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIT);
    expect(report.parameters).toHaveLength(21);
    expect(report.parameters.every(Number.isFinite)).toBe(true);
    expect(report.logLossDefault).not.toBeNull();
    expect(report.applied).toBe(report.logLossFitted! < report.logLossDefault!);
    // the data came from much stronger initial memory than the defaults: the fit must find it
    expect(report.applied).toBe(true);
    expect(report.parameters[2]).toBeGreaterThan(default_w[2]);
  });
});
