// Scheduling as Anki (v3, FSRS) means it, one test per defect issue 12 lists, and the learner's
// day: the same answers at the same local times give the same intervals and memory in every zone,
// across both DST changes.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  CARD_STATE,
  DEFAULT_STUDY_SETTINGS,
  buildHistories,
  buildQueue,
  isLeechLapse,
  newCard,
  previewIntervals,
  previewLabels,
  replayLogs,
  scheduleRating,
  studyDayKey,
  todaysProgress,
  undoRating,
  type QueueCard,
  type SchedulingSettings,
  type SrsCard,
  type SrsGrade,
  type SrsLog,
} from "@/lib/srs";

const noFuzz = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();

describe("elapsed days are the learner's study days, not UTC dates", () => {
  // Two Goods 11 minutes apart across 00:00 UTC. Old code: S 7.32 / 7 days (a UTC day "passed");
  // after midnight S 2.31 / 2 days.
  for (const zone of ["America/Los_Angeles", "America/New_York", "Asia/Tokyo"]) {
    it(`in ${zone}, 00:00 UTC is within the study day: the pair counts as a same-day review`, () => {
      const settings: SchedulingSettings = { ...noFuzz, learningSteps: "", timeZone: zone, dayStartHour: 4 };
      const pair = (first: Date) => {
        const a = scheduleRating(newCard(first), 3, first, settings).card;
        return scheduleRating(a, 3, new Date(first.getTime() + 11 * 60_000), settings).card;
      };
      const across = pair(new Date("2026-03-17T23:55:00Z"));
      const within = pair(new Date("2026-03-17T20:00:00Z"));
      expect(across.stability).toBeCloseTo(within.stability, 8);
      expect(across.scheduledDays).toBe(within.scheduledDays);
      expect(across.elapsedDays).toBe(0);
    });
  }

  it("the learner's own day boundary (04:00 local) does count as a day", () => {
    const settings: SchedulingSettings = { ...noFuzz, learningSteps: "", timeZone: "Europe/Berlin", dayStartHour: 4 };
    const a = scheduleRating(newCard(at("2026-03-17T03:50", "Europe/Berlin")), 3, at("2026-03-17T03:50", "Europe/Berlin"), settings).card;
    const b = scheduleRating(a, 3, at("2026-03-17T04:01", "Europe/Berlin"), settings);
    expect(b.log.elapsedDays).toBe(1);
    expect(b.card.elapsedDays).toBe(1);
  });
});

describe("due dates: the start of the learner's day N days on", () => {
  for (const [zone, when] of [
    ["Europe/Berlin", "2026-03-28T21:30"], // spring forward on 29 March
    ["Europe/Berlin", "2026-10-24T21:30"], // fall back on 25 October
    ["America/Los_Angeles", "2026-03-07T22:00"],
    ["America/Los_Angeles", "2026-10-31T22:00"],
  ] as const) {
    it(`${zone}, review at ${when} local: every review button is due at 04:00 local on its day, across the DST change`, () => {
      const settings: SchedulingSettings = { ...noFuzz, learningSteps: "", timeZone: zone, dayStartHour: 4 };
      const now = at(when, zone);
      const p = previewIntervals(newCard(now), now, settings);
      for (const due of [p.again, p.hard, p.good, p.easy]) {
        const local = DateTime.fromJSDate(due, { zone });
        expect([local.hour, local.minute]).toEqual([4, 0]);
      }
      // a 1-day interval is tomorrow, however long that night is (23 or 25 hours)
      const good = scheduleRating(newCard(now), 3, now, settings).card;
      const dueDay = DateTime.fromJSDate(good.due, { zone }).toISODate();
      expect(dueDay).toBe(DateTime.fromISO(when, { zone }).plus({ days: good.scheduledDays }).toISODate());
    });
  }
});

describe("button labels", () => {
  it("a review interval is labelled in days (Anki's '2d'), though it falls due at a day start hours sooner", () => {
    const settings: SchedulingSettings = { ...noFuzz, timeZone: "Europe/Berlin", dayStartHour: 4 };
    const now = at("2026-06-01T22:00", "Europe/Berlin");
    const labels = previewLabels(newCard(now), now, settings);
    const easy = scheduleRating(newCard(now), 4, now, settings).card;
    expect(labels.easy).toBe(`${easy.scheduledDays}d`);
    // learning steps: the time until due (Hard is 5.5 min, shown rounded)
    expect([labels.again, labels.hard, labels.good]).toEqual(["1m", "6m", "10m"]);
  });
});

describe("day-boundary: the same answers at the same local times give the same intervals and S/D in every zone", () => {
  const ZONES = ["America/Los_Angeles", "Asia/Tokyo", "Pacific/Tongatapu", "Europe/Berlin", "UTC"];
  // Local times of each answer, on the study day the card is due: evenings, late nights after
  // midnight (still the same study day before 04:00) and mornings.
  const TIMES = ["21:30", "23:50", "02:30", "08:15", "03:59", "19:00", "00:10"];
  const GRADES: SrsGrade[] = [3, 3, 3, 2, 3, 1, 3, 3, 4, 3, 3, 1, 3, 3, 3, 3];

  function run(zone: string) {
    const settings: SchedulingSettings = { ...noFuzz, timeZone: zone, dayStartHour: 4 };
    let card: SrsCard = newCard(at("2026-02-20T21:00", zone));
    const trace: Array<[number, number, number, number]> = [];
    const dues: string[] = [];
    const logs: SrsLog[] = [];
    let now = at("2026-02-20T21:00", zone);
    GRADES.forEach((g, i) => {
      const r = scheduleRating(card, g, now, settings);
      card = r.card;
      logs.push(r.log);
      trace.push([card.state, card.scheduledDays, card.stability, card.difficulty]);
      if (card.state === CARD_STATE.Review) {
        const local = DateTime.fromJSDate(card.due, { zone });
        dues.push(`${local.toISODate()} ${local.toFormat("HH:mm")}`);
        // next answer: the local time from TIMES on the study day it is due (after midnight = next calendar date)
        const [h, m] = TIMES[i % TIMES.length].split(":").map(Number);
        const day = local.startOf("day").plus({ days: h < 4 ? 1 : 0 });
        now = day.set({ hour: h, minute: m }).toJSDate();
      } else {
        now = card.due; // a learning step: answered when due
      }
    });
    return { trace, dues, card, logs, settings };
  }

  const utc = run("UTC");
  it("the run spans both of Berlin's and Los Angeles's DST changes", () => {
    const first = utc.dues[0];
    const last = utc.dues[utc.dues.length - 1];
    expect(first < "2026-03-08").toBe(true);
    expect(last > "2026-11-01").toBe(true);
  });

  for (const zone of ZONES.filter((z) => z !== "UTC")) {
    it(`${zone}: identical to a UTC learner answering at the same local times; due at 04:00 local; replay and undo agree`, () => {
      const r = run(zone);
      expect(r.trace).toEqual(utc.trace);
      expect(r.dues).toEqual(utc.dues);
      for (const d of r.dues) expect(d.endsWith(" 04:00")).toBe(true);
      expect(replayLogs(newCard(at("2026-02-20T21:00", zone)), r.logs, r.settings)).toEqual(r.card);
      const before = replayLogs(newCard(at("2026-02-20T21:00", zone)), r.logs.slice(0, -1), r.settings);
      expect(undoRating(r.card, r.logs[r.logs.length - 1], r.logs[r.logs.length - 2].reviewedAt)).toEqual(before);
      // the fit sees the same gaps the scheduler used
      const [history] = buildHistories({ card: r.logs }, zone, 4);
      expect(history.map((h) => h.deltaT)).toEqual(r.logs.map((l) => l.elapsedDays));
    });
  }
});

describe("exact limits", () => {
  it("the maximum interval clamps every button, keeping Hard ≤ Good ≤ Easy (old: 365 → 365, 366, 367)", () => {
    const settings = { ...noFuzz, maximumInterval: 365 };
    const last = new Date("2026-01-01T10:00:00Z");
    const mature: SrsCard = {
      ...newCard(last),
      state: CARD_STATE.Review,
      stability: 900,
      difficulty: 5,
      reps: 9,
      scheduledDays: 365,
      elapsedDays: 300,
      lastReview: last,
      due: new Date(last.getTime() + 365 * 86_400_000),
    };
    for (const fuzz of [false, true]) {
      const s = { ...settings, enableFuzz: fuzz };
      const days = ([2, 3, 4] as const).map((g) => scheduleRating(mature, g, mature.due, s, 42).card.scheduledDays);
      for (const d of days) expect(d).toBeLessThanOrEqual(365);
      expect(days[0]).toBeLessThanOrEqual(days[1]);
      expect(days[1]).toBeLessThanOrEqual(days[2]);
    }
  });

  it("leech at the threshold, then every half threshold: 8, 12, 16, 20 (old: every lapse from 8)", () => {
    const hits = Array.from({ length: 21 }, (_, lapses) => lapses).filter((n) => isLeechLapse(n, 8));
    expect(hits).toEqual([8, 12, 16, 20]);
    expect([1, 2, 3].filter((n) => isLeechLapse(n, 1))).toEqual([1, 2, 3]);
  });

  it("Hard on a new card: halfway between the first two steps (1m 10m → 5.5 min), 1.5× a lone step (old: 6 min)", () => {
    const now = new Date("2026-05-01T09:00:00Z");
    const hard = (steps: string) => (scheduleRating(newCard(now), 2, now, { ...noFuzz, learningSteps: steps }).card.due.getTime() - now.getTime()) / 60_000;
    expect(hard("1m 10m")).toBe(5.5);
    expect(hard("10m")).toBe(15);
    // 1.5× a 2-day step, capped at a day more: a 3-day interday step, still Learning
    const interday = scheduleRating(newCard(now), 2, now, { ...noFuzz, learningSteps: "2d" }).card;
    expect([interday.state, interday.scheduledDays]).toEqual([CARD_STATE.Learning, 3]);
  });
});

describe("interday learning steps (a day or more) stay learning", () => {
  const settings: SchedulingSettings = { ...noFuzz, learningSteps: "10m 1d", relearningSteps: "1d", timeZone: "Europe/Berlin", dayStartHour: 4 };
  it("Good on a new card moves to the 1d step: still Learning, due at tomorrow's day start", () => {
    const now = at("2026-06-01T20:00", "Europe/Berlin");
    const card = scheduleRating(newCard(now), 3, now, settings).card;
    expect(card.state).toBe(CARD_STATE.Learning);
    expect(card.learningSteps).toBe(1);
    expect(DateTime.fromJSDate(card.due, { zone: "Europe/Berlin" }).toISO()).toBe("2026-06-02T04:00:00.000+02:00");
    // Again on it is not a lapse (old code made it a Review card, so Again counted as one)
    const again = scheduleRating(card, 1, card.due, settings);
    expect(again.card.lapses).toBe(0);
    expect(again.card.state).toBe(CARD_STATE.Learning);
    // and Good there graduates it
    const good = scheduleRating(card, 3, card.due, settings).card;
    expect(good.state).toBe(CARD_STATE.Review);
  });

  it("an interday relearning step stays Relearning", () => {
    const now = at("2026-06-01T20:00", "Europe/Berlin");
    const review = scheduleRating(newCard(now), 4, now, settings).card;
    const lapse = scheduleRating(review, 1, review.due, settings).card;
    expect([lapse.state, lapse.lapses, lapse.scheduledDays]).toEqual([CARD_STATE.Relearning, 1, 1]);
    expect(studyDayKey(lapse.due, "Europe/Berlin", 4)).toBe(
      DateTime.fromJSDate(review.due, { zone: "Europe/Berlin" }).plus({ days: 1 }).toISODate(),
    );
  });
});

describe("interday learning cards count against the review limit (Anki v3)", () => {
  const zone = "Europe/Berlin";
  const now = at("2026-06-02T10:00", zone);
  const dayStart = at("2026-06-02T04:00", zone);
  const card = (id: string, state: QueueCard["state"], due: Date, scheduledDays = 0): QueueCard => ({
    id, factKey: `f-${id}`, due, state, suspended: false, scheduledDays,
  });
  const cards = [
    card("i1", CARD_STATE.Learning, dayStart, 1),
    card("i2", CARD_STATE.Relearning, dayStart, 1),
    card("r1", CARD_STATE.Review, dayStart, 5),
    card("r2", CARD_STATE.Review, dayStart, 9),
    card("n1", CARD_STATE.New, dayStart),
    // an intraday step due now is shown whatever the limits
    card("l1", CARD_STATE.Learning, new Date(now.getTime() - 60_000)),
  ];
  const queue = (maxReviewsPerDay: number, reviewedToday = 0) =>
    buildQueue({ cards, introducedNewToday: 0, reviewedToday, now, timeZone: zone, dayStartHour: 4, settings: { newPerDay: 20, maxReviewsPerDay } });

  it("gathers interday learning cards first out of the review limit, then reviews, then new cards", () => {
    const two = queue(2);
    expect(two.counts).toEqual({ learning: 3, review: 0, new: 0 });
    expect([...two.order].sort()).toEqual(["i1", "i2", "l1"]);
    const three = queue(3);
    expect(three.counts).toEqual({ learning: 3, review: 1, new: 0 });
    expect(three.order[0]).toBe("l1");
    const one = queue(1);
    expect(one.counts).toEqual({ learning: 2, review: 0, new: 0 });
    expect(one.order).toEqual(["l1", "i1"]);
  });

  it("an interday learning card answered today uses up the review limit; an intraday step does not", () => {
    const logs = [
      { rating: 3 as const, state: CARD_STATE.Learning, scheduledDays: 1, reviewedAt: at("2026-06-02T08:00", zone) },
      { rating: 3 as const, state: CARD_STATE.Relearning, scheduledDays: 2, reviewedAt: at("2026-06-02T08:01", zone) },
      { rating: 3 as const, state: CARD_STATE.Learning, scheduledDays: 0, reviewedAt: at("2026-06-02T08:02", zone) },
      { rating: 3 as const, state: CARD_STATE.Review, scheduledDays: 4, reviewedAt: at("2026-06-02T08:03", zone) },
    ];
    expect(todaysProgress(logs, now, zone, 4).reviewedToday).toBe(3);
  });
});
