// Daily review: today's queue (read through the (userId, state, due) index with LIMIT, never the
// whole deck), ratings (idempotent by the unique (userId, clientKey) of ReviewLog), undo, stats.
// The ordering rules themselves live in lib/srs (buildQueue); this module only feeds them.
import { randomUUID } from "node:crypto";
import { studyDayBounds, shiftStudyDay } from "../srs/day.ts";
import { LEARN_AHEAD_MS, buildQueue, byDueThenId, todaysProgress, type QueueCard } from "../srs/queue.ts";
import { previewLabels, scheduleRating, undoRating } from "../srs/scheduler.ts";
import { studyStats, type StudyStats } from "../srs/stats.ts";
import { CARD_STATE, RATING, type CardState, type SrsGrade, type SrsLog, type StudySettingsValues } from "../srs/types.ts";
import { cardColumns, cardSeed, findOwnCard, toCardState, toSrsCard } from "./cards.ts";
import { getDb } from "./client.ts";
import { loadStudySettings } from "./study-settings.ts";
import type { AppUser } from "./users.ts";
import { hasChoices, type QuestionType } from "../domain/question-types.ts";

type Learner = Pick<AppUser, "id" | "timeZone" | "dayStartHour">;

export interface ReviewCardView {
  id: string;
  type: string;
  state: CardState;
  front: string;
  /** MCQ and true/false: the options shown with the question */
  choices: string[] | null;
  back: string;
  explanation: string;
  source: { sentence: string; article: { slug: string; title: string } | null };
  /** what each button would schedule, as labels ("10m", "1d", "2.3mo") */
  intervals: { again: string; hard: string; good: string; easy: string };
  leech: boolean;
}

export interface ReviewQueueView {
  counts: { new: number; learning: number; review: number };
  cards: ReviewCardView[];
  day: { dayKey: string; start: string; end: string; timeZone: string; dayStartHour: number };
  /** (re)learning cards due later today, beyond the learn-ahead window */
  learningLaterToday: number;
  nextLearningDue: string | null;
  /** due tomorrow, for the "done for today" screen */
  tomorrow: { review: number; new: number };
}

export interface CardStateView {
  id: string;
  due: string;
  stability: number;
  difficulty: number;
  state: CardState;
  reps: number;
  lapses: number;
  leech: boolean;
  suspended: boolean;
}

const queueSelect = { id: true, factKey: true, due: true, state: true, suspended: true, buriedUntil: true } as const;

/** The learner's cards that may be shown now: not suspended, not buried past `now`. */
const studyable = (userId: string, now: Date) => ({ userId, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] });

function toQueueCard(r: { id: string; factKey: string; due: Date; state: number; suspended: boolean; buriedUntil: Date | null }): QueueCard {
  return { id: r.id, factKey: r.factKey, due: r.due, state: toCardState(r.state), suspended: r.suspended, buriedUntil: r.buriedUntil };
}

/**
 * Up to `limit` cards of one state due before `before`, one per fact and none of the `taken`
 * facts (which it extends): pages through the (userId, state, due) index until it has enough.
 */
async function pickDue(userId: string, state: CardState, before: Date | null, limit: number, taken: Set<string>, now: Date): Promise<QueueCard[]> {
  const picked: QueueCard[] = [];
  if (limit <= 0) return picked;
  const pageSize = Math.min(1000, limit + 20);
  // ORDER BY due alone, so the (userId, state, due) index delivers rows in order and LIMIT stops
  // early (a tie-breaker column would force a sort of every matching card).
  for (let skip = 0; ; skip += pageSize) {
    const rows = await getDb().card.findMany({
      where: { ...studyable(userId, now), state, ...(before ? { due: { lt: before } } : {}) },
      orderBy: { due: "asc" },
      take: pageSize,
      skip,
      select: queueSelect,
    });
    for (const r of rows) {
      if (taken.has(r.factKey)) continue;
      taken.add(r.factKey);
      picked.push(toQueueCard(r));
      if (picked.length >= limit) return picked;
    }
    if (rows.length < pageSize) return picked;
  }
}

/**
 * The first `limit` learning and relearning cards (by due) within `due`. One indexed query per
 * state, merged here: with `state IN (…)` SQLite walks the (userId, due) index instead and reads
 * every new and review card due earlier — 25 ms instead of 0.1 ms on a 100k-card deck.
 */
async function firstDueOfLearning(userId: string, due: { lte?: Date; gt?: Date; lt?: Date }, limit: number, now: Date): Promise<QueueCard[]> {
  const perState = await Promise.all(
    [CARD_STATE.Learning, CARD_STATE.Relearning].map((state) =>
      getDb().card.findMany({
        where: { ...studyable(userId, now), state, due },
        orderBy: { due: "asc" },
        take: limit,
        select: queueSelect,
      }),
    ),
  );
  return perState
    .flat()
    .map(toQueueCard)
    .sort(byDueThenId)
    .slice(0, limit);
}

/** Today's logs of the learner (with each card's fact, for sibling burying). */
async function todaysLogs(userId: string, start: Date, end: Date) {
  const rows = await getDb().reviewLog.findMany({
    where: { userId, reviewedAt: { gte: start, lt: end } },
    select: { rating: true, state: true, reviewedAt: true, undoneAt: true, card: { select: { factKey: true } } },
  });
  return rows.map((r) => ({ rating: r.rating as SrsLog["rating"], state: toCardState(r.state), reviewedAt: r.reviewedAt, undoneAt: r.undoneAt, factKey: r.card.factKey }));
}

const PREVIEW_CARDS = 5;
/** Learning cards handed to buildQueue: enough to order the next cards; the count comes from the index. */
const LEARNING_SHOWN = 50;
const MINUTE_MS = 60_000;

/**
 * The instant a rating is scheduled at: the current minute, and always after the learner's
 * previous rating. A preview computed in the same minute shows exactly the interval the rating
 * will give (and fuzz, seeded by card and reps, does not move when the minute turns); the strict
 * order keeps "the last rating" (undo) and replay unambiguous.
 */
export function schedulingInstant(now: Date, lastReviewedAt: Date | null | undefined): Date {
  const minute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(lastReviewedAt ? Math.max(minute, lastReviewedAt.getTime() + 1) : minute);
}

/** When the learner last rated anything (undone ratings included: they still hold their instant). */
export async function lastReviewedAt(userId: string): Promise<Date | null> {
  const last = await getDb().reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } });
  return last?.reviewedAt ?? null;
}

/** The learner's queue right now, with the next few cards ready to show. */
export async function reviewQueue(user: Learner, now: Date, show = PREVIEW_CARDS): Promise<ReviewQueueView> {
  const db = getDb();
  const settings = await loadStudySettings(user.id);
  const today = studyDayBounds(now, user.timeZone, user.dayStartHour);
  const progress = todaysProgress(await todaysLogs(user.id, today.start, today.end), now, user.timeZone, user.dayStartHour);

  // Learning cards: the first few in due order, and counts from the index (never the whole list).
  const learningWhere = { ...studyable(user.id, now), state: { in: [CARD_STATE.Learning, CARD_STATE.Relearning] } };
  const learnAheadAt = new Date(now.getTime() + LEARN_AHEAD_MS);
  const [learning, learningNow, learningLater, nextLearning] = await Promise.all([
    firstDueOfLearning(user.id, { lte: learnAheadAt }, LEARNING_SHOWN, now),
    db.card.count({ where: { ...learningWhere, due: { lte: learnAheadAt } } }),
    db.card.count({ where: { ...learningWhere, due: { gt: learnAheadAt, lt: today.end } } }),
    firstDueOfLearning(user.id, { gt: learnAheadAt, lt: today.end }, 1, now).then((rows) => rows[0] ?? null),
  ]);
  const taken = new Set(progress.buriedFactKeys);
  const learnAhead = now.getTime() + LEARN_AHEAD_MS;
  for (const c of learning) if (c.due.getTime() <= learnAhead && !c.suspended) taken.add(c.factKey);
  const reviewLimit = Math.max(0, settings.maxReviewsPerDay - progress.reviewedToday);
  const newLimit = Math.max(0, settings.newPerDay - progress.introducedNewToday);
  const reviews = await pickDue(user.id, CARD_STATE.Review, today.end, reviewLimit, taken, now);
  const fresh = await pickDue(user.id, CARD_STATE.New, null, newLimit, taken, now);

  const queue = buildQueue({
    cards: [...learning, ...reviews, ...fresh],
    introducedNewToday: progress.introducedNewToday,
    reviewedToday: progress.reviewedToday,
    buriedFactKeys: progress.buriedFactKeys,
    now,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    settings,
  });
  const at = schedulingInstant(now, await lastReviewedAt(user.id));
  const cards = await cardViews(queue.order.slice(0, show), settings, at);
  const done = queue.order.length === 0 && learningNow === 0;
  return {
    counts: { ...queue.counts, learning: learningNow },
    cards,
    day: { dayKey: today.dayKey, start: today.start.toISOString(), end: today.end.toISOString(), timeZone: user.timeZone, dayStartHour: user.dayStartHour },
    learningLaterToday: learningLater,
    nextLearningDue: nextLearning?.due.toISOString() ?? null,
    tomorrow: done ? await tomorrowForecast(user, settings, today.dayKey) : { review: 0, new: 0 },
  };
}

/** Cards due on the next study day (reviews capped by the daily limit) and the new cards it will introduce. */
async function tomorrowForecast(user: Learner, settings: StudySettingsValues, todayKey: string) {
  const db = getDb();
  const tomorrow = shiftStudyDay(todayKey, 1, user.timeZone, user.dayStartHour);
  const [review, fresh] = await Promise.all([
    db.card.count({ where: { userId: user.id, state: { not: CARD_STATE.New }, suspended: false, due: { lt: tomorrow.end } } }),
    settings.newPerDay > 0
      ? db.card.findMany({ where: { userId: user.id, state: CARD_STATE.New, suspended: false }, select: { id: true }, take: settings.newPerDay })
      : Promise.resolve([]),
  ]);
  return { review: Math.min(review, settings.maxReviewsPerDay), new: fresh.length };
}

const stringList = (text: string | null): string[] | null => {
  if (!text) return null;
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v.map(String) : null;
  } catch {
    return null;
  }
};

async function cardViews(ids: string[], settings: StudySettingsValues, at: Date): Promise<ReviewCardView[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().card.findMany({
    where: { id: { in: ids } },
    include: { question: { include: { article: { select: { slug: true, title: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const q = r.question;
    const card = toSrsCard(r);
    return [
      {
        id: r.id,
        type: q.type,
        state: card.state,
        front: q.type === "TRUE_FALSE" ? `True or false? ${q.prompt}` : q.prompt,
        choices: hasChoices(q.type as QuestionType) ? stringList(q.choices) : null,
        back: q.answer,
        explanation: q.explanation,
        source: { sentence: q.sourceSentence, article: q.article ? { slug: q.article.slug, title: q.article.title } : null },
        intervals: previewLabels(card, at, settings, cardSeed(r.id)),
        leech: r.leech,
      },
    ];
  });
}

function stateView(row: { id: string; due: Date; stability: number; difficulty: number; state: number; reps: number; lapses: number; leech: boolean; suspended: boolean }): CardStateView {
  return {
    id: row.id,
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    state: toCardState(row.state),
    reps: row.reps,
    lapses: row.lapses,
    leech: row.leech,
    suspended: row.suspended,
  };
}

export type RateOutcome =
  | { kind: "ok"; card: CardStateView; duplicate: boolean; leech: boolean }
  | { kind: "not-found" }
  | { kind: "key-reused" };

class StaleCard extends Error {}

export interface RatingInput {
  cardId: string;
  rating: SrsGrade;
  key: string;
  durationMs: number;
}

async function replayedAnswer(userId: string, input: RatingInput): Promise<RateOutcome | null> {
  const db = getDb();
  const log = await db.reviewLog.findUnique({ where: { userId_clientKey: { userId, clientKey: input.key } } });
  if (!log) return null;
  if (log.cardId !== input.cardId || log.rating !== input.rating) return { kind: "key-reused" };
  const card = await db.card.findUniqueOrThrow({ where: { id: log.cardId } });
  return { kind: "ok", card: stateView(card), duplicate: true, leech: card.leech };
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];
type CardRow = NonNullable<Awaited<ReturnType<typeof findOwnCard>>>;

/**
 * Both rows of a rating, inside the caller's transaction: the log (its unique (userId, clientKey)
 * refuses a replay) and the card, only if it is still as it was read. Plain SQL, valid in SQLite and
 * PostgreSQL: through the ORM these two writes were 2.9 ms of a 4.3 ms rating. Every column of both
 * models is written; the replay test rebuilds each stored card from its stored logs.
 */
async function writeRating(
  tx: Tx,
  userId: string,
  clientKey: string,
  before: CardRow,
  log: SrsLog,
  after: ReturnType<typeof cardColumns> & { leech: boolean; suspended: boolean },
  now: Date,
): Promise<boolean> {
  await tx.$executeRaw`
    INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, state, due, stability, difficulty, "elapsedDays",
      "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "clientKey", "undoneAt")
    VALUES (${randomUUID()}, ${before.id}, ${userId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty},
      ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays}, ${log.learningSteps}, ${log.reviewedAt}, ${log.durationMs},
      ${clientKey}, ${log.undoneAt ?? null})`;
  const updated = await tx.$executeRaw`
    UPDATE "Card" SET due = ${after.due}, stability = ${after.stability}, difficulty = ${after.difficulty},
      "elapsedDays" = ${after.elapsedDays}, "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps},
      reps = ${after.reps}, lapses = ${after.lapses}, state = ${after.state}, "lastReview" = ${after.lastReview},
      leech = ${after.leech}, suspended = ${after.suspended}, "updatedAt" = ${now}
    WHERE id = ${before.id} AND reps = ${before.reps} AND state = ${before.state} AND due = ${before.due}`;
  return updated === 1;
}

/**
 * Applies one rating. The client's key makes it idempotent: a retry (or 50 concurrent copies)
 * finds the ReviewLog row the first one wrote — the unique (userId, clientKey) decides, not memory.
 * A first rating does not look the key up: the log's insert refuses a used key, and then the
 * stored answer is read.
 */
export async function rateCard(user: Pick<AppUser, "id">, input: RatingInput, now: Date): Promise<RateOutcome> {
  const db = getDb();
  const settings = await loadStudySettings(user.id);
  for (let attempt = 0; ; attempt++) {
    const row = await findOwnCard(user.id, input.cardId);
    if (!row) return { kind: "not-found" };
    const before = toSrsCard(row);
    const at = schedulingInstant(now, await lastReviewedAt(user.id));
    const result = scheduleRating(before, input.rating, at, settings, cardSeed(row.id), input.durationMs);
    const after = { ...cardColumns(result.card), leech: row.leech || result.leech, suspended: row.suspended || result.suspend };
    try {
      await db.$transaction(
        async (tx) => {
          if (!(await writeRating(tx, user.id, input.key, row, result.log, after, now))) throw new StaleCard();
        },
        { maxWait: 15_000, timeout: 15_000 },
      );
      return { kind: "ok", card: stateView({ ...row, ...after }), duplicate: false, leech: result.leech };
    } catch (error) {
      // A used key (a retry, or a concurrent twin that won) answers with what that rating did.
      const winner = await replayedAnswer(user.id, input);
      if (winner) return winner;
      if (error instanceof StaleCard && attempt < 3) continue;
      throw error;
    }
  }
}

const toLog = (l: {
  rating: number; state: number; due: Date; stability: number; difficulty: number; elapsedDays: number;
  lastElapsedDays: number; scheduledDays: number; learningSteps: number; reviewedAt: Date; durationMs: number; undoneAt: Date | null;
}): SrsLog => ({
  rating: l.rating as SrsLog["rating"], state: toCardState(l.state), due: l.due, stability: l.stability, difficulty: l.difficulty,
  elapsedDays: l.elapsedDays, lastElapsedDays: l.lastElapsedDays, scheduledDays: l.scheduledDays, learningSteps: l.learningSteps,
  reviewedAt: l.reviewedAt, durationMs: l.durationMs, undoneAt: l.undoneAt,
});

export type UndoOutcome = { kind: "ok"; card: CardStateView; rating: number } | { kind: "nothing" };

/** Undoes the learner's last rating of today that is still in force: the card goes back exactly. */
export async function undoLastRating(user: Learner, now: Date): Promise<UndoOutcome> {
  const db = getDb();
  const today = studyDayBounds(now, user.timeZone, user.dayStartHour);
  const settings = await loadStudySettings(user.id);
  for (let attempt = 0; attempt < 4; attempt++) {
    const last = await db.reviewLog.findFirst({
      where: { userId: user.id, undoneAt: null, rating: { gt: RATING.Manual }, reviewedAt: { gte: today.start, lt: today.end } },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!last) return { kind: "nothing" };
    const row = await findOwnCard(user.id, last.cardId);
    if (!row) return { kind: "nothing" };
    const newer = await db.reviewLog.count({ where: { cardId: row.id, undoneAt: null, reviewedAt: { gt: last.reviewedAt } } });
    if (newer > 0) return { kind: "nothing" };
    const previous = await db.reviewLog.findFirst({
      where: { cardId: row.id, undoneAt: null, rating: { gt: RATING.Manual }, reviewedAt: { lt: last.reviewedAt } },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { reviewedAt: true },
    });
    const log = toLog(last);
    const restored = undoRating(toSrsCard(row), log, previous?.reviewedAt ?? null);
    // A leech made by this very lapse stops being one.
    const unLeech = row.leech && log.rating === RATING.Again && log.state === CARD_STATE.Review && restored.lapses < settings.leechThreshold;
    const leech = unLeech ? false : row.leech;
    const suspended = unLeech ? false : row.suspended;
    try {
      await db.$transaction(async (tx) => {
        const marked = await tx.reviewLog.updateMany({ where: { id: last.id, undoneAt: null }, data: { undoneAt: now } });
        const updated = await tx.card.updateMany({
          where: { id: row.id, reps: row.reps, state: row.state, due: row.due },
          data: { ...cardColumns(restored), leech, suspended },
        });
        if (marked.count !== 1 || updated.count !== 1) throw new StaleCard();
      });
    } catch (error) {
      if (error instanceof StaleCard) continue;
      throw error;
    }
    return { kind: "ok", card: stateView({ ...row, ...cardColumns(restored), leech, suspended }), rating: last.rating };
  }
  return { kind: "nothing" };
}

/** Everything the stats page shows, for this learner only. */
export async function learnerStats(user: Learner, now: Date): Promise<StudyStats & { totalCards: number; totalReviews: number }> {
  const db = getDb();
  const [cards, logs] = await Promise.all([
    db.card.findMany({ where: { userId: user.id }, select: { due: true, state: true, suspended: true } }),
    db.reviewLog.findMany({
      where: { userId: user.id, undoneAt: null },
      select: { cardId: true, rating: true, state: true, reviewedAt: true, undoneAt: true },
      orderBy: { reviewedAt: "asc" },
    }),
  ]);
  const stats = studyStats(
    cards.map((c) => ({ due: c.due, state: toCardState(c.state), suspended: c.suspended })),
    logs.map((l) => ({ ...l, rating: l.rating as SrsLog["rating"], state: toCardState(l.state) })),
    { now, timeZone: user.timeZone, dayStartHour: user.dayStartHour },
  );
  return { ...stats, totalCards: cards.length, totalReviews: logs.filter((l) => l.rating > 0).length };
}

/** Every stored log of a card, oldest first (for replay checks and the fit command). */
export async function cardLogs(cardId: string): Promise<SrsLog[]> {
  const rows = await getDb().reviewLog.findMany({ where: { cardId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  return rows.map(toLog);
}

/** The learner's logs grouped by card, for fitting parameters. */
export async function logsByCard(userId: string): Promise<Map<string, { rating: SrsLog["rating"]; reviewedAt: Date; undoneAt: Date | null }[]>> {
  const rows = await getDb().reviewLog.findMany({
    where: { userId },
    select: { cardId: true, rating: true, reviewedAt: true, undoneAt: true },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
  });
  const out = new Map<string, { rating: SrsLog["rating"]; reviewedAt: Date; undoneAt: Date | null }[]>();
  for (const r of rows) {
    const list = out.get(r.cardId) ?? [];
    list.push({ rating: r.rating as SrsLog["rating"], reviewedAt: r.reviewedAt, undoneAt: r.undoneAt });
    out.set(r.cardId, list);
  }
  return out;
}
