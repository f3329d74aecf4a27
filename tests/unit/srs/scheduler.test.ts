import { describe, expect, it } from "vitest";
import {
  CARD_STATE,
  DEFAULT_STUDY_SETTINGS,
  RATING,
  previewLabels,
  forgetCard,
  formatInterval,
  newCard,
  previewIntervals,
  replayLogs,
  rescheduleAfterSettingsChange,
  scheduleRating,
  undoRating,
  type SrsCard,
  type SrsLog,
  type StudySettingsValues,
} from "@/lib/srs";
import { mulberry32, nextReviewTime, randomGrade, simulate } from "./helpers";

const noFuzz: StudySettingsValues = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
const DAY = 86_400_000;

// The FSRS numbers themselves are checked against the reference suites' published vectors in
// reference-vectors.test.ts (not against the ts-fsrs we run on); Anki's semantics in anki-semantics.test.ts.
describe("scheduleRating", () => {
  it("the log records the card as it was before the rating", () => {
    const start = new Date("2026-02-01T08:00:00Z");
    const a = scheduleRating(newCard(start), 3, start, noFuzz).card;
    const at = new Date(a.due.getTime() + 60_000);
    const { log } = scheduleRating(a, 3, at, noFuzz, undefined, 4200);
    expect(log).toMatchObject({
      rating: 3,
      state: a.state,
      due: a.due,
      stability: a.stability,
      difficulty: a.difficulty,
      lastElapsedDays: a.elapsedDays,
      scheduledDays: a.scheduledDays,
      learningSteps: a.learningSteps,
      reviewedAt: at,
      durationMs: 4200,
    });
  });

  it("refuses a review time before the last review", () => {
    const start = new Date("2026-02-01T08:00:00Z");
    const a = scheduleRating(newCard(start), 3, start, noFuzz).card;
    expect(() => scheduleRating(a, 3, new Date(start.getTime() - 1), noFuzz)).toThrow(/before the card's last review/);
  });
});

/** A review card last seen at `start`, due `days` later: its intervals are long enough to fuzz. */
function matureCard(start: Date, days: number): SrsCard {
  return {
    ...newCard(start),
    state: CARD_STATE.Review,
    stability: days,
    difficulty: 5,
    reps: 5,
    scheduledDays: days,
    lastReview: start,
    due: new Date(start.getTime() + days * DAY),
  };
}

describe("fuzz", () => {
  it("is on by default, spreads intervals, and is deterministic", () => {
    expect(DEFAULT_STUDY_SETTINGS.enableFuzz).toBe(true);
    const start = new Date("2026-02-01T08:00:00Z");
    // a mature review card so the interval is long enough to fuzz
    const card = matureCard(start, 40);
    const dues = new Set<number>();
    for (let h = 0; h < 24; h++) {
      const t = new Date(card.due.getTime() + h * 3_600_000);
      const a = scheduleRating(card, 3, t, DEFAULT_STUDY_SETTINGS).card;
      const b = scheduleRating(card, 3, t, DEFAULT_STUDY_SETTINGS).card;
      expect(a.due.getTime()).toBe(b.due.getTime());
      dues.add(Math.round((a.due.getTime() - t.getTime()) / DAY));
    }
    expect(dues.size).toBeGreaterThan(1);
  });

  it("a caller seed changes the fuzz but stays reproducible", () => {
    const start = new Date("2026-02-01T08:00:00Z");
    const card = matureCard(start, 60);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((s) =>
      scheduleRating(card, 3, card.due, DEFAULT_STUDY_SETTINGS, s).card.due.getTime(),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(scheduleRating(card, 3, card.due, DEFAULT_STUDY_SETTINGS, 3).card.due.getTime()).toBe(seeds[2]);
  });
});

describe("fuzz with a card seed (what stored cards use)", () => {
  it("gives the same interval whatever minute the rating comes in, so the buttons' labels hold", () => {
    const start = new Date("2026-02-01T08:00:00Z");
    const mature = matureCard(start, 60);
    for (const seed of [11, 222, 3333, 44444]) {
      for (const [card, at] of [
        [newCard(start), start],
        [mature, mature.due],
      ] as const) {
        const labels = previewLabels(card, at, DEFAULT_STUDY_SETTINGS, seed);
        for (const later of [59_000, 61_000, 5 * 60_000]) {
          expect(previewLabels(card, new Date(at.getTime() + later), DEFAULT_STUDY_SETTINGS, seed)).toEqual(labels);
        }
      }
    }
  });
});

describe("replayLogs", () => {
  it("rebuilds the stored card from its log over a long random sequence (fuzz on)", () => {
    const { initial, card, logs, cards } = simulate(DEFAULT_STUDY_SETTINGS, 300, 42);
    expect(cards.some((c) => c.state === CARD_STATE.Relearning)).toBe(true);
    expect(cards.some((c) => c.scheduledDays > 30)).toBe(true);
    expect(replayLogs(initial, logs, DEFAULT_STUDY_SETTINGS)).toEqual(card);
    // every prefix too
    for (const n of [1, 2, 17, 150])
      expect(replayLogs(initial, logs.slice(0, n), DEFAULT_STUDY_SETTINGS)).toEqual(cards[n - 1]);
  });

  it("uses the same caller seed, and differs without it", () => {
    const rand = mulberry32(9);
    let card = newCard(new Date("2026-01-01T00:00:00Z"));
    const initial = card;
    const logs: SrsLog[] = [];
    let t = card.due;
    for (let i = 0; i < 120; i++) {
      const r = scheduleRating(card, randomGrade(rand), t, DEFAULT_STUDY_SETTINGS, 123456);
      card = r.card;
      logs.push(r.log);
      t = nextReviewTime(card, rand);
    }
    expect(replayLogs(initial, logs, DEFAULT_STUDY_SETTINGS, 123456)).toEqual(card);
    // without the seed the fuzz differs somewhere along the way
    const differs = [20, 40, 60, 80, 100, 120].some(
      (n) =>
        replayLogs(initial, logs.slice(0, n), DEFAULT_STUDY_SETTINGS).due.getTime() !==
        replayLogs(initial, logs.slice(0, n), DEFAULT_STUDY_SETTINGS, 123456).due.getTime(),
    );
    expect(differs).toBe(true);
  });

  it("skips undone ratings and applies forgets", () => {
    const { initial, logs, cards } = simulate(DEFAULT_STUDY_SETTINGS, 30, 5);
    const t = new Date(logs[29].reviewedAt.getTime() + DAY);
    const forgot = forgetCard(cards[29], t);
    expect(forgot.card.state).toBe(CARD_STATE.New);
    expect(forgot.log.rating).toBe(RATING.Manual);
    const after = scheduleRating(forgot.card, 3, new Date(t.getTime() + 60_000), DEFAULT_STUDY_SETTINGS);
    const undone = { ...logs[29], undoneAt: t };
    const allLogs = [...logs, forgot.log, after.log];
    expect(replayLogs(initial, allLogs, DEFAULT_STUDY_SETTINGS)).toEqual(after.card);
    // an undone rating in the middle: replay is the same as if it never happened
    expect(replayLogs(initial, [...logs.slice(0, 29), undone], DEFAULT_STUDY_SETTINGS)).toEqual(cards[28]);
  });
});

describe("undoRating", () => {
  it("restores the exact previous state after every rating of a long sequence", () => {
    const { initial, logs, cards } = simulate(DEFAULT_STUDY_SETTINGS, 200, 77);
    for (let i = 0; i < logs.length; i++) {
      const before = i === 0 ? initial : cards[i - 1];
      const previousReviewedAt = i === 0 ? null : logs[i - 1].reviewedAt;
      expect(undoRating(cards[i], logs[i], previousReviewedAt)).toEqual({
        ...before,
        lastReview: before.lastReview ?? null,
      });
    }
  });

  it("without the previous review time it is exact but for lastReview, which falls within a day before the real one", () => {
    const { initial, logs, cards } = simulate(noFuzz, 120, 3);
    let checked = 0;
    for (let i = 0; i < logs.length; i++) {
      if (logs[i].state !== CARD_STATE.New && logs[i].state !== CARD_STATE.Review) continue;
      const before = i === 0 ? initial : cards[i - 1];
      const undone = undoRating(cards[i], logs[i]);
      expect({ ...undone, lastReview: null }).toEqual({ ...before, lastReview: null });
      if (before.lastReview) {
        const gap = before.lastReview.getTime() - undone.lastReview!.getTime();
        expect(gap).toBeGreaterThanOrEqual(-3_600_000);
        expect(gap).toBeLessThan(25 * 3_600_000);
      } else expect(undone.lastReview).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("undoes a lapse (lapse count goes back down) and a forget", () => {
    const start = new Date("2026-03-01T10:00:00Z");
    let card = newCard(start);
    card = scheduleRating(card, 4, start, noFuzz).card;
    expect(card.state).toBe(CARD_STATE.Review);
    const lapse = scheduleRating(card, 1, card.due, noFuzz);
    expect(lapse.card.lapses).toBe(1);
    expect(undoRating(lapse.card, lapse.log, start)).toEqual(card);
    const forgot = forgetCard(card, card.due);
    expect(undoRating(forgot.card, forgot.log)).toEqual(card);
  });
});

describe("leeches", () => {
  function lapseUntil(settings: StudySettingsValues, lapses: number) {
    const start = new Date("2026-03-01T10:00:00Z");
    let card = scheduleRating(newCard(start), 4, start, settings).card;
    const results = [];
    for (let i = 0; i < lapses; i++) {
      const r = scheduleRating(card, 1, card.due, settings);
      results.push(r);
      // graduate again: Good through relearning, then the card is a review card
      card = r.card;
      while (card.state !== CARD_STATE.Review) card = scheduleRating(card, 3, card.due, settings).card;
    }
    return results;
  }

  it("flags the lapse that reaches the threshold, then every half threshold (Anki), and suspends with SUSPEND", () => {
    const results = lapseUntil({ ...noFuzz, leechThreshold: 3, leechAction: "SUSPEND" }, 7);
    // threshold 3, half threshold ⌈3/2⌉ = 2: lapses 3, 5, 7
    expect(results.map((r) => r.leech)).toEqual([false, false, true, false, true, false, true]);
    expect(results.map((r) => r.suspend)).toEqual([false, false, true, false, true, false, true]);
    expect(results[2].card.lapses).toBe(3);
    // only a lapse triggers it: answering a leech correctly does not re-flag it
    const good = scheduleRating(results[3].card, 3, results[3].card.due, { ...noFuzz, leechThreshold: 3 });
    expect(good.card.lapses).toBe(4);
    expect([good.leech, good.suspend]).toEqual([false, false]);
  });

  it("only tags with TAG", () => {
    const results = lapseUntil({ ...noFuzz, leechThreshold: 2, leechAction: "TAG" }, 2);
    expect(results.map((r) => [r.leech, r.suspend])).toEqual([
      [false, false],
      [true, false],
    ]);
  });

  it("Again on a learning card is not a lapse", () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const r = scheduleRating(newCard(start), 1, start, { ...noFuzz, leechThreshold: 1 });
    expect(r.card.lapses).toBe(0);
    expect(r.leech).toBe(false);
  });
});

describe("previewIntervals and formatInterval", () => {
  it("gives the four due dates a rating would produce", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const card = newCard(now);
    const p = previewIntervals(card, now, noFuzz);
    expect(p.again.getTime() - now.getTime()).toBe(60_000);
    expect(p.good.getTime() - now.getTime()).toBe(10 * 60_000);
    for (const [g, d] of [
      [1, p.again],
      [2, p.hard],
      [3, p.good],
      [4, p.easy],
    ] as const)
      expect(scheduleRating(card, g, now, noFuzz).card.due).toEqual(d);
    expect(p.again < p.hard && p.hard < p.good && p.good < p.easy).toBe(true);
  });

  it("formats like Anki", () => {
    expect(formatInterval(30_000)).toBe("30s");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(90 * 60_000)).toBe("1.5h");
    expect(formatInterval(DAY)).toBe("1d");
    expect(formatInterval(4 * DAY)).toBe("4d");
    expect(formatInterval(69 * DAY)).toBe("2.3mo");
    expect(formatInterval(400 * DAY)).toBe("1.1y");
  });
});

describe("rescheduleAfterSettingsChange", () => {
  it("replays the history under the new settings", () => {
    const { card, logs } = simulate(DEFAULT_STUDY_SETTINGS, 40, 11);
    const stricter: StudySettingsValues = { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.97 };
    const now = new Date(logs[39].reviewedAt.getTime() + 60_000);
    const re = rescheduleAfterSettingsChange(card, logs, stricter, now);
    expect(re).toEqual(replayLogs(newCard(logs[0].due), logs, stricter));
    expect(re.reps).toBe(card.reps);
    expect(re.lapses).toBe(card.lapses);
    if (re.state === CARD_STATE.Review) expect(re.scheduledDays).toBeLessThan(card.scheduledDays);
    // unchanged settings change nothing
    expect(rescheduleAfterSettingsChange(card, logs, DEFAULT_STUDY_SETTINGS, now)).toEqual(card);
  });

  it("gives a review card without history a new interval from its stability", () => {
    const last = new Date("2026-01-01T10:00:00Z");
    const card: SrsCard = {
      ...newCard(last),
      state: CARD_STATE.Review,
      stability: 30,
      difficulty: 5,
      reps: 4,
      scheduledDays: 30,
      lastReview: last,
      due: new Date(last.getTime() + 30 * DAY),
    };
    const re = rescheduleAfterSettingsChange(card, [], { ...noFuzz, desiredRetention: 0.8 }, last);
    expect(re.scheduledDays).toBeGreaterThan(30);
    // due at the start (04:00, UTC by default) of the study day N days after the last review's
    expect(re.due.getTime()).toBe(Date.UTC(2026, 0, 1, 4) + re.scheduledDays * DAY);
  });
});
