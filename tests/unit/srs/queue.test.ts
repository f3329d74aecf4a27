import { describe, expect, it } from "vitest";
import {
  CARD_STATE,
  DEFAULT_STUDY_SETTINGS,
  LEARN_AHEAD_MS,
  buildQueue,
  interleaveEvenly,
  progressFromCounts,
  todaysProgress,
  type CardState,
  type QueueCard,
  type QueueInput,
} from "@/lib/srs";

const NOW = new Date("2026-06-10T10:00:00Z"); // 12:00 in Berlin
const MIN = 60_000;
const DAY = 86_400_000;

function card(id: string, state: CardState, dueOffsetMs: number, extra: Partial<QueueCard> = {}): QueueCard {
  return { id, factKey: `fact-${id}`, due: new Date(NOW.getTime() + dueOffsetMs), state, suspended: false, ...extra };
}

function input(cards: QueueCard[], over: Partial<QueueInput> = {}): QueueInput {
  return {
    cards,
    introducedNewToday: 0,
    reviewedToday: 0,
    now: NOW,
    timeZone: "Europe/Berlin",
    dayStartHour: 4,
    settings: DEFAULT_STUDY_SETTINGS,
    ...over,
  };
}

describe("buildQueue", () => {
  it("shows learning cards that are due first; ones within the learn-ahead window wait until nothing else is left", () => {
    const q = buildQueue(
      input([
        card("r1", CARD_STATE.Review, -DAY),
        card("l2", CARD_STATE.Relearning, 5 * MIN),
        card("l1", CARD_STATE.Learning, -MIN),
        card("l3", CARD_STATE.Learning, LEARN_AHEAD_MS + MIN),
        card("n1", CARD_STATE.New, -DAY),
      ]),
    );
    expect(q.order).toEqual(["l1", "r1", "n1", "l2"]);
    expect(q.order).not.toContain("l3");
    expect(q.counts).toEqual({ new: 1, learning: 2, review: 1 });
    expect(q.learningLaterToday).toBe(1);
    expect(q.nextLearningDue).toEqual(new Date(NOW.getTime() + LEARN_AHEAD_MS + MIN));
  });

  it("after Good (10m) or Again (1m) on a new card, the next card is another card, not the same one", () => {
    const fresh = Array.from({ length: 19 }, (_, i) => card(`n${i}`, CARD_STATE.New, -DAY + i * MIN));
    for (const step of [MIN, 10 * MIN]) {
      const q = buildQueue(input([card("just-rated", CARD_STATE.Learning, step), ...fresh]));
      expect(q.order[0]).toBe("n0");
      expect(q.order.at(-1)).toBe("just-rated");
    }
    // and once nothing else is left, the learn-ahead card is shown
    expect(buildQueue(input([card("just-rated", CARD_STATE.Learning, 10 * MIN)])).order).toEqual(["just-rated"]);
  });

  it("takes reviews due before the end of the study day, oldest first, not later ones", () => {
    // the study day ends at 04:00 Berlin tomorrow = 02:00Z on the 11th
    const q = buildQueue(
      input([
        card("late-today", CARD_STATE.Review, 15 * 60 * MIN), // 01:00Z on the 11th: still today
        card("tomorrow", CARD_STATE.Review, 16 * 60 * MIN + MIN), // 02:01Z: tomorrow
        card("overdue", CARD_STATE.Review, -3 * DAY),
      ]),
    );
    expect(q.order).toEqual(["overdue", "late-today"]);
  });

  it("with 'new cards ignore review limit': caps reviews at maxReviewsPerDay − reviewedToday and new at newPerDay − introducedNewToday", () => {
    const cards = [
      ...Array.from({ length: 10 }, (_, i) => card(`r${i}`, CARD_STATE.Review, -DAY + i * MIN)),
      ...Array.from({ length: 10 }, (_, i) => card(`n${i}`, CARD_STATE.New, -DAY + i * MIN)),
    ];
    const settings = { ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay: 6, newPerDay: 4, newIgnoresReviewLimit: true };
    const q = buildQueue(input(cards, { settings, reviewedToday: 2, introducedNewToday: 1 }));
    expect(q.counts).toEqual({ new: 3, learning: 0, review: 4 });
    expect(q.order.filter((id) => id.startsWith("r"))).toEqual(["r0", "r1", "r2", "r3"]);
    expect(q.order.filter((id) => id.startsWith("n"))).toEqual(["n0", "n1", "n2"]);
    // over the limit: nothing, never negative
    const none = buildQueue(input(cards, { settings, reviewedToday: 9, introducedNewToday: 9 }));
    expect(none.counts).toEqual({ new: 0, learning: 0, review: 0 });
  });

  it("by default (Anki v3) new cards only fill what the review limit leaves: 250 due, limits 200/20 → 200 reviews, 0 new", () => {
    const cards = [
      ...Array.from({ length: 250 }, (_, i) => card(`r${String(i).padStart(3, "0")}`, CARD_STATE.Review, -DAY + i * 1000)),
      ...Array.from({ length: 30 }, (_, i) => card(`n${i}`, CARD_STATE.New, i * MIN)),
    ];
    const limits = { ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay: 200, newPerDay: 20 };
    expect(buildQueue(input(cards, { settings: limits })).counts).toEqual({ new: 0, learning: 0, review: 200 });
    // 190 due: 10 places left for new cards
    expect(buildQueue(input(cards.slice(60), { settings: limits })).counts).toEqual({ new: 10, learning: 0, review: 190 });
    // new cards answered today use the review limit too: 195 answered (185 reviews + 10 new) → 5 left
    expect(buildQueue(input(cards, { settings: limits, reviewedToday: 185, introducedNewToday: 10 })).counts).toEqual({ new: 0, learning: 0, review: 5 });
    expect(buildQueue(input(cards.slice(248), { settings: limits, reviewedToday: 185, introducedNewToday: 10 })).counts).toEqual({ new: 3, learning: 0, review: 2 });
    // the option restores the old behaviour
    expect(buildQueue(input(cards, { settings: { ...limits, newIgnoresReviewLimit: true } })).counts).toEqual({ new: 20, learning: 0, review: 200 });
  });

  it("the learn-ahead window is the learnAheadMinutes setting (0 = a learning card waits for its exact due time)", () => {
    const cards = [card("l1", CARD_STATE.Learning, 5 * MIN)];
    expect(buildQueue(input(cards)).order).toEqual(["l1"]);
    const none = buildQueue(input(cards, { settings: { ...DEFAULT_STUDY_SETTINGS, learnAheadMinutes: 0 } }));
    expect(none.order).toEqual([]);
    expect(none.nextLearningDue).toEqual(new Date(NOW.getTime() + 5 * MIN));
    expect(buildQueue(input([card("l2", CARD_STATE.Learning, 50 * MIN)], { settings: { ...DEFAULT_STUDY_SETTINGS, learnAheadMinutes: 60 } })).order).toEqual(["l2"]);
  });

  it("interleaves new cards evenly among reviews", () => {
    const cards = [
      ...Array.from({ length: 8 }, (_, i) => card(`r${i}`, CARD_STATE.Review, -DAY + i * MIN)),
      ...Array.from({ length: 2 }, (_, i) => card(`n${i}`, CARD_STATE.New, i * MIN)),
    ];
    const q = buildQueue(input(cards));
    const positions = q.order.map((id, i) => (id.startsWith("n") ? i : -1)).filter((i) => i >= 0);
    expect(positions).toEqual([2, 7]);
    expect(interleaveEvenly(["r", "r", "r", "r"], ["n", "n"])).toEqual(["r", "n", "r", "r", "n", "r"]);
    expect(interleaveEvenly([], ["n", "n"])).toEqual(["n", "n"]);
    expect(interleaveEvenly(["r"], [])).toEqual(["r"]);
  });

  it("skips suspended and buried cards; a burial ends when buriedUntil passes", () => {
    const cards = [
      card("s", CARD_STATE.Review, -DAY, { suspended: true }),
      card("b", CARD_STATE.Review, -DAY, { buriedUntil: new Date(NOW.getTime() + DAY) }),
      card("was-buried", CARD_STATE.Review, -DAY, { buriedUntil: new Date(NOW.getTime() - MIN) }),
    ];
    expect(buildQueue(input(cards)).order).toEqual(["was-buried"]);
  });

  it("buries siblings: one new/review card per fact a day, none for a fact studied today", () => {
    const cards = [
      card("a1", CARD_STATE.Review, -2 * DAY, { factKey: "A" }),
      card("a2", CARD_STATE.New, -DAY, { factKey: "A" }),
      card("b1", CARD_STATE.Review, -DAY, { factKey: "B" }),
      card("c1", CARD_STATE.New, -DAY, { factKey: "C" }),
      card("c2", CARD_STATE.Learning, -MIN, { factKey: "C" }),
    ];
    const q = buildQueue(input(cards, { buriedFactKeys: ["B"] }));
    // a1 is shown, its sibling a2 waits; B was studied today; C has a learning card in the queue
    expect(q.order).toEqual(["c2", "a1"]);
    expect(q.counts).toEqual({ new: 0, learning: 1, review: 1 });
  });
});

describe("limits across the day boundary", () => {
  // Berlin in June is UTC+2: the study day turns at 02:00Z, UTC midnight is 02:00 local
  const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 5, maxReviewsPerDay: 3, newIgnoresReviewLimit: true };
  const cards = [
    ...Array.from({ length: 10 }, (_, i) => card(`n${i}`, CARD_STATE.New, -DAY)),
    ...Array.from({ length: 10 }, (_, i) => card(`r${i}`, CARD_STATE.Review, -DAY)),
  ];
  // yesterday evening and 03:30 local: 5 new cards introduced, 3 reviews
  const logs = [
    ...Array.from({ length: 3 }, (_, i) => ({
      rating: 3 as const,
      state: CARD_STATE.New,
      reviewedAt: new Date(Date.UTC(2026, 5, 9, 19, i)),
    })),
    ...Array.from({ length: 2 }, (_, i) => ({
      rating: 3 as const,
      state: CARD_STATE.New,
      reviewedAt: new Date(Date.UTC(2026, 5, 10, 1, 30 + i)),
    })),
    ...Array.from({ length: 3 }, (_, i) => ({
      rating: 3 as const,
      state: CARD_STATE.Review,
      reviewedAt: new Date(Date.UTC(2026, 5, 10, 1, 40 + i)),
    })),
  ];
  const queueAt = (now: Date) => {
    const p = todaysProgress(logs, now, "Europe/Berlin", 4);
    return buildQueue(
      input(cards, { now, settings, introducedNewToday: p.introducedNewToday, reviewedToday: p.reviewedToday }),
    );
  };

  it("at 03:59 local the limits are used up; at 04:00 they reset", () => {
    expect(queueAt(new Date("2026-06-10T01:59:00Z")).counts).toMatchObject({ new: 0, review: 0 });
    expect(queueAt(new Date("2026-06-10T02:00:00Z")).counts).toMatchObject({ new: 5, review: 3 });
  });

  it("UTC midnight resets nothing", () => {
    expect(queueAt(new Date("2026-06-09T23:59:00Z")).counts).toEqual(queueAt(new Date("2026-06-10T00:01:00Z")).counts);
    expect(queueAt(new Date("2026-06-10T00:01:00Z")).counts).toMatchObject({ new: 2, review: 3 });
  });

  it("todaysProgress ignores undone and forget entries and collects today's facts", () => {
    const now = new Date("2026-06-10T12:00:00Z");
    const p = todaysProgress(
      [
        { rating: 3, state: CARD_STATE.New, reviewedAt: new Date("2026-06-10T09:00:00Z"), factKey: "X" },
        { rating: 3, state: CARD_STATE.New, reviewedAt: new Date("2026-06-10T09:01:00Z"), factKey: "Y", undoneAt: now },
        { rating: 0, state: CARD_STATE.Review, reviewedAt: new Date("2026-06-10T09:02:00Z"), factKey: "Z" },
        { rating: 1, state: CARD_STATE.Review, reviewedAt: new Date("2026-06-10T09:03:00Z"), factKey: "W" },
      ],
      now,
      "Europe/Berlin",
      4,
    );
    expect(p).toEqual({ introducedNewToday: 1, reviewedToday: 1, buriedFactKeys: ["W", "X"] });
  });
});

describe("progressFromCounts (today's ratings counted by the database)", () => {
  it("counts as todaysProgress does: new introduced, reviews and interday learning steps reviewed, intraday steps neither", () => {
    const p = progressFromCounts([
      { factKey: "A", state: CARD_STATE.New, scheduledDays: 0, count: 3 },
      { factKey: "B", state: CARD_STATE.Review, scheduledDays: 1, count: 2 },
      { factKey: "C", state: CARD_STATE.Learning, scheduledDays: 1, count: 4 },
      { factKey: "D", state: CARD_STATE.Relearning, scheduledDays: 0, count: 5 },
      { factKey: "A", state: CARD_STATE.Learning, scheduledDays: 0, count: 1 },
    ]);
    expect(p).toEqual({ introducedNewToday: 3, reviewedToday: 6, buriedFactKeys: ["A", "B", "C", "D"] });
  });

  it("gives todaysProgress's answer for the same ratings grouped by fact, state and step kind", () => {
    const now = new Date("2026-06-10T12:00:00Z");
    const logs = [
      { rating: 3 as const, state: CARD_STATE.New, reviewedAt: new Date("2026-06-10T09:00:00Z"), factKey: "X", scheduledDays: 0 },
      { rating: 3 as const, state: CARD_STATE.New, reviewedAt: new Date("2026-06-10T09:05:00Z"), factKey: "X", scheduledDays: 0 },
      { rating: 1 as const, state: CARD_STATE.Review, reviewedAt: new Date("2026-06-10T09:10:00Z"), factKey: "Y", scheduledDays: 12 },
      { rating: 3 as const, state: CARD_STATE.Learning, reviewedAt: new Date("2026-06-10T09:20:00Z"), factKey: "Z", scheduledDays: 2 },
      { rating: 3 as const, state: CARD_STATE.Learning, reviewedAt: new Date("2026-06-10T09:30:00Z"), factKey: "Z", scheduledDays: 0 },
    ];
    const groups = new Map<string, { factKey: string; state: CardState; scheduledDays: number; count: number }>();
    for (const l of logs) {
      const interday = l.scheduledDays >= 1 ? 1 : 0;
      const key = `${l.factKey}|${l.state}|${interday}`;
      const g = groups.get(key) ?? { factKey: l.factKey, state: l.state, scheduledDays: interday, count: 0 };
      g.count++;
      groups.set(key, g);
    }
    expect(progressFromCounts([...groups.values()])).toEqual(todaysProgress(logs, now, "Europe/Berlin", 4));
    expect(progressFromCounts([...groups.values()])).toEqual({ introducedNewToday: 2, reviewedToday: 2, buriedFactKeys: ["X", "Y", "Z"] });
  });
});

describe("limits for a learner in UTC+13 (Pacific/Tongatapu)", () => {
  // 04:00 in Tonga is 15:00Z the previous UTC date; UTC midnight is 13:00 local
  const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 3 };
  const cards = Array.from({ length: 6 }, (_, i) => card(`n${i}`, CARD_STATE.New, -DAY));
  const logs = Array.from({ length: 3 }, (_, i) => ({
    rating: 3 as const,
    state: CARD_STATE.New,
    reviewedAt: new Date(Date.UTC(2026, 5, 9, 20, i)), // 09:0i on 10 June local
  }));
  const newLeft = (now: Date) => {
    const p = todaysProgress(logs, now, "Pacific/Tongatapu", 4);
    const q = buildQueue(
      input(cards, { now, settings, timeZone: "Pacific/Tongatapu", introducedNewToday: p.introducedNewToday }),
    );
    return q.counts.new;
  };

  it("stays used up across UTC midnight and resets at 04:00 local", () => {
    expect(newLeft(new Date("2026-06-09T23:59:00Z"))).toBe(0);
    expect(newLeft(new Date("2026-06-10T00:01:00Z"))).toBe(0);
    expect(newLeft(new Date("2026-06-10T14:59:00Z"))).toBe(0); // 03:59 on the 11th local
    expect(newLeft(new Date("2026-06-10T15:00:00Z"))).toBe(3); // 04:00 on the 11th local
  });
});
