import { describe, expect, it } from "vitest";
import {
  CARD_STATE,
  cardsByState,
  dueForecast,
  reviewsPerDay,
  streaks,
  studyStats,
  trueRetentionByWeek,
  type StatsCard,
  type StatsLog,
} from "@/lib/srs";

const zone = { now: new Date("2026-06-10T10:00:00Z"), timeZone: "Europe/Berlin", dayStartHour: 4 };
const log = (
  cardId: string,
  at: string,
  rating: 0 | 1 | 2 | 3 | 4 = 3,
  state: 0 | 1 | 2 | 3 = CARD_STATE.Review,
  undone = false,
): StatsLog => ({
  cardId,
  reviewedAt: new Date(at),
  rating,
  state,
  undoneAt: undone ? new Date(at) : null,
});

describe("dueForecast", () => {
  it("buckets by study day, overdue into today, skipping new and suspended cards", () => {
    const cards: StatsCard[] = [
      { due: new Date("2026-06-01T10:00:00Z"), state: CARD_STATE.Review }, // overdue → today
      { due: new Date("2026-06-11T01:59:00Z"), state: CARD_STATE.Review }, // 03:59 local on the 11th → still today
      { due: new Date("2026-06-11T02:00:00Z"), state: CARD_STATE.Review }, // 04:00 local → tomorrow
      { due: new Date("2026-06-12T12:00:00Z"), state: CARD_STATE.Learning },
      { due: new Date("2026-06-12T12:00:00Z"), state: CARD_STATE.Review, suspended: true },
      { due: new Date("2026-06-12T12:00:00Z"), state: CARD_STATE.New },
      { due: new Date("2026-08-30T12:00:00Z"), state: CARD_STATE.Review }, // beyond 30 days
    ];
    const f = dueForecast(cards, zone);
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ dayKey: "2026-06-10", count: 2 });
    expect(f[1]).toEqual({ dayKey: "2026-06-11", count: 1 });
    expect(f[2]).toEqual({ dayKey: "2026-06-12", count: 1 });
    expect(f[29].dayKey).toBe("2026-07-09");
    expect(f.reduce((n, d) => n + d.count, 0)).toBe(4);
  });
});

describe("reviewsPerDay", () => {
  it("counts ratings per study day for the last 365 days, ignoring undone and forget entries", () => {
    const logs = [
      log("a", "2026-06-10T01:30:00Z"), // 03:30 local → the 9th
      log("a", "2026-06-10T02:30:00Z"), // 04:30 local → the 10th
      log("b", "2026-06-10T09:00:00Z"),
      log("b", "2026-06-10T09:01:00Z", 3, 2, true),
      log("c", "2026-06-10T09:02:00Z", 0),
      log("d", "2025-01-01T12:00:00Z"), // too old
    ];
    const r = reviewsPerDay(logs, zone);
    expect(r).toHaveLength(365);
    expect(r[364]).toEqual({ dayKey: "2026-06-10", count: 2 });
    expect(r[363]).toEqual({ dayKey: "2026-06-09", count: 1 });
    expect(r[0].dayKey).toBe("2025-06-11");
    expect(r.reduce((n, d) => n + d.count, 0)).toBe(3);
  });
});

describe("trueRetentionByWeek", () => {
  it("counts the first answer of each review card per study day; pass = not Again", () => {
    const logs = [
      // week of Mon 2026-06-08
      log("a", "2026-06-08T08:00:00Z", 1), // fail (first of the day for a)
      log("a", "2026-06-08T08:10:00Z", 3, CARD_STATE.Relearning), // same day: ignored
      log("b", "2026-06-09T08:00:00Z", 3), // pass
      log("c", "2026-06-09T08:00:00Z", 2), // pass (Hard)
      log("d", "2026-06-09T08:00:00Z", 3, CARD_STATE.Learning), // not a review card
      log("e", "2026-06-10T08:00:00Z", 4, CARD_STATE.Review, true), // undone
      // week of Mon 2026-06-15; 03:00 local on Monday the 15th belongs to Sunday the 14th
      log("a", "2026-06-15T01:00:00Z", 3),
      log("b", "2026-06-15T09:00:00Z", 1),
    ];
    const w = trueRetentionByWeek(logs, zone);
    expect(w).toEqual([
      { weekKey: "2026-06-08", reviews: 4, passed: 3, retention: 0.75 },
      { weekKey: "2026-06-15", reviews: 1, passed: 0, retention: 0 },
    ]);
  });
});

describe("cardsByState and streaks", () => {
  it("counts cards by state", () => {
    const d = new Date();
    expect(
      cardsByState([
        { due: d, state: 0 },
        { due: d, state: 0 },
        { due: d, state: 1 },
        { due: d, state: 2 },
        { due: d, state: 3 },
        { due: d, state: 2, suspended: true },
      ]),
    ).toEqual({ new: 2, learning: 1, review: 1, relearning: 1, suspended: 1 });
  });

  it("current streak survives until today ends; longest is the longest run", () => {
    const logs = [
      log("a", "2026-05-01T10:00:00Z"),
      log("a", "2026-05-02T10:00:00Z"),
      log("a", "2026-05-03T10:00:00Z"),
      log("a", "2026-05-04T10:00:00Z"),
      log("a", "2026-06-07T10:00:00Z"),
      log("a", "2026-06-08T10:00:00Z"),
      log("a", "2026-06-10T01:00:00Z"), // 03:00 local on the 10th: the 9th's study day
    ];
    expect(streaks(logs, zone)).toEqual({ current: 3, longest: 4 });
    // nothing today yet, but yesterday counts
    expect(streaks(logs, { ...zone, now: new Date("2026-06-10T20:00:00Z") }).current).toBe(3);
    // a whole day missed breaks it
    expect(streaks(logs, { ...zone, now: new Date("2026-06-11T20:00:00Z") }).current).toBe(0);
    expect(streaks([], zone)).toEqual({ current: 0, longest: 0 });
  });

  it("studyStats bundles everything", () => {
    const s = studyStats([{ due: zone.now, state: 2 }], [log("a", "2026-06-10T09:00:00Z")], zone);
    expect(s.dueForecast[0].count).toBe(1);
    expect(s.reviewsPerDay[364].count).toBe(1);
    expect(s.streaks.current).toBe(1);
  });
});
