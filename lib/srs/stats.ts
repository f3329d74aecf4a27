// Aggregations for the stats page. Every bucket is a study day (or a week of them) in the
// learner's zone with their day-start hour, never a UTC date.
import { DateTime } from "luxon";
import { daysBetweenKeys, shiftStudyDay, studyDayBounds, studyDayKey } from "./day";
import { CARD_STATE, RATING, type CardState, type SrsLog } from "./types";

export interface StatsLog extends Pick<SrsLog, "rating" | "state" | "reviewedAt" | "undoneAt"> {
  cardId: string;
}

export interface StatsCard {
  due: Date;
  state: CardState;
  suspended?: boolean;
}

export interface DayCount {
  dayKey: string;
  count: number;
}

export interface LearnerZone {
  now: Date;
  timeZone: string;
  dayStartHour: number;
}

function countedLogs<T extends StatsLog>(logs: readonly T[]): T[] {
  return logs.filter((l) => !l.undoneAt && l.rating !== RATING.Manual);
}

/** Cards falling due on each of the next `days` study days; today's bucket includes overdue cards. */
export function dueForecast(cards: readonly StatsCard[], zone: LearnerZone, days = 30): DayCount[] {
  const today = studyDayBounds(zone.now, zone.timeZone, zone.dayStartHour);
  const out: DayCount[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    const key = shiftStudyDay(today.dayKey, i, zone.timeZone, zone.dayStartHour).dayKey;
    index.set(key, out.length);
    out.push({ dayKey: key, count: 0 });
  }
  for (const card of cards) {
    if (card.suspended || card.state === CARD_STATE.New) continue;
    const key = card.due < today.end ? today.dayKey : studyDayKey(card.due, zone.timeZone, zone.dayStartHour);
    const i = index.get(key);
    if (i !== undefined) out[i].count++;
  }
  return out;
}

/** Ratings per study day over the last `days` days (oldest first, today last) — the heatmap. */
export function reviewsPerDay(logs: readonly StatsLog[], zone: LearnerZone, days = 365): DayCount[] {
  const todayKey = studyDayKey(zone.now, zone.timeZone, zone.dayStartHour);
  const counts = new Map<string, number>();
  for (const log of countedLogs(logs)) {
    const key = studyDayKey(log.reviewedAt, zone.timeZone, zone.dayStartHour);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const key = DateTime.fromISO(todayKey, { zone: "UTC" }).minus({ days: i }).toISODate()!;
    out.push({ dayKey: key, count: counts.get(key) ?? 0 });
  }
  return out;
}

export interface WeekRetention {
  /** day key of the Monday the week starts on */
  weekKey: string;
  reviews: number;
  passed: number;
  /** passed / reviews, or null for an empty week */
  retention: number | null;
}

/**
 * True retention per week: the first answer of each card on each study day, counting only cards
 * that were in Review state (a real test of memory); a pass is anything but Again.
 */
export function trueRetentionByWeek(logs: readonly StatsLog[], zone: Omit<LearnerZone, "now">): WeekRetention[] {
  const sorted = countedLogs(logs).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const seen = new Set<string>();
  const weeks = new Map<string, WeekRetention>();
  for (const log of sorted) {
    const dayKey = studyDayKey(log.reviewedAt, zone.timeZone, zone.dayStartHour);
    const cardDay = `${log.cardId}\u0000${dayKey}`;
    if (seen.has(cardDay)) continue;
    seen.add(cardDay);
    if (log.state !== CARD_STATE.Review) continue;
    const weekKey = DateTime.fromISO(dayKey, { zone: "UTC" }).startOf("week").toISODate()!;
    const w = weeks.get(weekKey) ?? { weekKey, reviews: 0, passed: 0, retention: null };
    w.reviews++;
    if (log.rating !== RATING.Again) w.passed++;
    w.retention = w.passed / w.reviews;
    weeks.set(weekKey, w);
  }
  return [...weeks.values()].sort((a, b) => (a.weekKey < b.weekKey ? -1 : 1));
}

export interface CardsByState {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
}

/** Card counts by state; suspended cards are counted only under `suspended`. */
export function cardsByState(cards: readonly StatsCard[]): CardsByState {
  const out: CardsByState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  for (const c of cards) {
    if (c.suspended) out.suspended++;
    else if (c.state === CARD_STATE.New) out.new++;
    else if (c.state === CARD_STATE.Learning) out.learning++;
    else if (c.state === CARD_STATE.Review) out.review++;
    else out.relearning++;
  }
  return out;
}

export interface Streaks {
  /** consecutive study days with ≥ 1 review ending today — or yesterday, since today is not over */
  current: number;
  longest: number;
}

export function streaks(logs: readonly StatsLog[], zone: LearnerZone): Streaks {
  const days = [
    ...new Set(countedLogs(logs).map((l) => studyDayKey(l.reviewedAt, zone.timeZone, zone.dayStartHour))),
  ].sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && daysBetweenKeys(days[i - 1], days[i]) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const todayKey = studyDayKey(zone.now, zone.timeZone, zone.dayStartHour);
  const last = days[days.length - 1];
  const gap = last === undefined ? Infinity : daysBetweenKeys(last, todayKey);
  return { current: gap === 0 || gap === 1 ? run : 0, longest };
}

export interface StudyStats {
  dueForecast: DayCount[];
  reviewsPerDay: DayCount[];
  retentionByWeek: WeekRetention[];
  cardsByState: CardsByState;
  streaks: Streaks;
}

/** Everything the stats page shows, in one call. */
export function studyStats(cards: readonly StatsCard[], logs: readonly StatsLog[], zone: LearnerZone): StudyStats {
  return {
    dueForecast: dueForecast(cards, zone),
    reviewsPerDay: reviewsPerDay(logs, zone),
    retentionByWeek: trueRetentionByWeek(logs, zone),
    cardsByState: cardsByState(cards),
    streaks: streaks(logs, zone),
  };
}
