// Review logs (every rating, with the card's state before it): reads and writes only. The queue's
// rules, scheduling and undo logic are the review use cases' (lib/app/review.ts).
import { randomUUID } from "node:crypto";
import { toCardState, type Card, type CardSchedule, type CardState, type LogRating, type ReviewLogEntry } from "../domain/card.ts";
import { databaseKind } from "../config.ts";
import { DEFAULT_STUDY_SETTINGS, STUDY_SETTING_KEYS } from "../domain/study-settings.ts";
import { executeStatement, getDb, queryRows, sqliteTransaction } from "./client.ts";
import type { StudySettingsColumns } from "./study-settings-columns.ts";
import { cardColumns, cardFromRaw, scheduleColumns } from "./cards.ts";
import { toBool, toDateOrNull, toNumber } from "./raw-values.ts";

type LogRow = {
  rating: number; state: number; due: Date; stability: number; difficulty: number; elapsedDays: number;
  lastElapsedDays: number; scheduledDays: number; learningSteps: number; reviewedAt: Date; durationMs: number; undoneAt: Date | null;
};

const toLogEntry = (l: LogRow): ReviewLogEntry => ({
  rating: l.rating as LogRating, state: toCardState(l.state), due: l.due, stability: l.stability, difficulty: l.difficulty,
  elapsedDays: l.elapsedDays, lastElapsedDays: l.lastElapsedDays, scheduledDays: l.scheduledDays, learningSteps: l.learningSteps,
  reviewedAt: l.reviewedAt, durationMs: l.durationMs, undoneAt: l.undoneAt,
});

/**
 * The learner's ratings in force (not undone, not a forget) in [start, end) and not after `upTo`,
 * counted by the card's fact, its state before and whether it was on an interday step
 * (scheduledDays ≥ 1): what today's counters need (lib/srs's progressFromCounts), a row per fact
 * and state rather than a row per rating. Through the (userId, reviewedAt) index.
 */
export async function ratingCountsBetween(userId: string, start: Date, end: Date, upTo: Date): Promise<Array<{ factKey: string; state: CardState; scheduledDays: number; count: number }>> {
  const rows = await queryRows(
    `SELECT c."factKey" AS "factKey", l.state AS state, CASE WHEN l."scheduledDays" >= 1 THEN 1 ELSE 0 END AS interday, COUNT(*) AS n
     FROM "ReviewLog" l JOIN "Card" c ON c.id = l."cardId"
     WHERE l."userId" = ? AND l."reviewedAt" >= ? AND l."reviewedAt" < ? AND l."reviewedAt" <= ? AND l."undoneAt" IS NULL AND l.rating <> 0
     GROUP BY c."factKey", l.state, CASE WHEN l."scheduledDays" >= 1 THEN 1 ELSE 0 END`,
    [userId, start, end, upTo],
  );
  return rows.map((r) => ({ factKey: String(r.factKey), state: toCardState(toNumber(r.state)), scheduledDays: toNumber(r.interday), count: toNumber(r.n) }));
}

/** When the learner last rated anything (undone ratings included: they still hold their instant). */
export async function lastReviewedAt(userId: string): Promise<Date | null> {
  const last = await getDb().reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } });
  return last?.reviewedAt ?? null;
}

/** The rating stored under a client key, if any. */
export async function findRatingByKey(userId: string, clientKey: string): Promise<{ cardId: string; rating: number } | null> {
  return getDb().reviewLog.findUnique({ where: { userId_clientKey: { userId, clientKey } }, select: { cardId: true, rating: true } });
}

class StaleCard extends Error {}

export type CardAfter = CardSchedule & { leech: boolean; suspended: boolean };
type CardAsRead = Pick<Card, "id" | "reps" | "state" | "due">;

// ---------- the rating route's two statements ----------
// Through the ORM a rating took five reads and a transaction of two writes (0.21× the bare route).
// Now it is one joined read (the card, the learner's settings row, their last rating instant) and
// one write: a single statement on PostgreSQL, one short transaction on SQLite.

const SETTINGS_COLUMNS = [...new Set<string>([...STUDY_SETTING_KEYS, "parameters"])];
// Which settings are numbers and which booleans, by their defaults' types.
const SETTINGS_NUMERIC = new Set<string>(STUDY_SETTING_KEYS.filter((k) => typeof DEFAULT_STUDY_SETTINGS[k] === "number"));
const SETTINGS_BOOLEAN = new Set<string>(STUDY_SETTING_KEYS.filter((k) => typeof DEFAULT_STUDY_SETTINGS[k] === "boolean"));

/** What rating a card needs: the card, the learner's stored settings (null: defaults) and when
 * they last rated anything (undone ratings included). Null when the card does not exist. */
export interface RatingContext {
  card: Card;
  settings: StudySettingsColumns | null;
  lastReviewedAt: Date | null;
}

// Built once: the settings columns come from the registry (code, not input); values are bound.
let ratingContextSql: string | null = null;
const ratingContextQuery = () =>
  (ratingContextSql ??= `SELECT ${cardColumns("c")}, s."userId" AS "s_userId", ${SETTINGS_COLUMNS.map((k) => `s."${k}" AS "s_${k}"`).join(", ")},
            (SELECT MAX(l."reviewedAt") FROM "ReviewLog" l WHERE l."userId" = ?) AS "lastReviewedAt"
     FROM "Card" c LEFT JOIN "StudySettings" s ON s."userId" = c."userId"
     WHERE c.id = ?`);

/** The StudySettings columns of a row that selected them as s_<column> (null: the learner has no row). */
function settingsFromRaw(r: Record<string, unknown>): StudySettingsColumns | null {
  if (r.s_userId === null || r.s_userId === undefined) return null;
  const row: Record<string, unknown> = {};
  for (const k of SETTINGS_COLUMNS) {
    const v = r[`s_${k}`];
    // The driver's raw values: numbers may come as text (64-bit), booleans as 0/1.
    row[k] = typeof v === "bigint" || (typeof v === "string" && SETTINGS_NUMERIC.has(k)) ? Number(v) : SETTINGS_BOOLEAN.has(k) ? toBool(v) : v;
  }
  return row as unknown as StudySettingsColumns;
}

export async function readRatingContext(userId: string, cardId: string): Promise<RatingContext | null> {
  const rows = await queryRows(ratingContextQuery(), [userId, cardId]);
  const r = rows[0];
  if (!r) return null;
  return { card: cardFromRaw(r), settings: settingsFromRaw(r), lastReviewedAt: toDateOrNull(r.lastReviewedAt) };
}

let learnerContextSql: string | null = null;
const learnerContextQuery = () =>
  (learnerContextSql ??= `SELECT s."userId" AS "s_userId", ${SETTINGS_COLUMNS.map((k) => `s."${k}" AS "s_${k}"`).join(", ")},
            (SELECT MAX(l."reviewedAt") FROM "ReviewLog" l WHERE l."userId" = ?) AS "lastReviewedAt"
     FROM (SELECT 1 AS one) AS learner LEFT JOIN "StudySettings" s ON s."userId" = ?`);

/** What the review queue needs of the learner besides their cards, in one read: their stored
 * settings (null: defaults) and when they last rated anything (undone ratings included). */
export async function readReviewerContext(userId: string): Promise<Omit<RatingContext, "card">> {
  const [r] = await queryRows(learnerContextQuery(), [userId, userId]);
  return { settings: settingsFromRaw(r), lastReviewedAt: toDateOrNull(r.lastReviewedAt) };
}

/**
 * Both rows of a rating, atomically: the card, only if it is still as it was read, and its log.
 * False (nothing written) when the card changed since it was read; a used (userId, clientKey)
 * throws (nothing written either). Every column of both models is written; the replay test
 * rebuilds each stored card from its stored logs (a new log is never undone: undoneAt stays null).
 *
 * PostgreSQL: one statement — the guarded UPDATE takes the row lock, so a concurrent rating of the
 * same card waits for it, then finds the card changed and matches nothing. SQLite: one transaction
 * (see sqliteTransaction) — the log goes in only while the guard holds, then the card.
 */
export async function recordRating(userId: string, clientKey: string, before: CardAsRead, log: ReviewLogEntry, after: CardAfter, now: Date): Promise<boolean> {
  const id = randomUUID();
  if (databaseKind() === "postgresql") {
    const inserted = await executeStatement`
      WITH updated AS (
        UPDATE "Card" SET due = ${after.due}, stability = ${after.stability}, difficulty = ${after.difficulty},
          "elapsedDays" = ${after.elapsedDays}, "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps},
          reps = ${after.reps}, lapses = ${after.lapses}, state = ${after.state}, "lastReview" = ${after.lastReview},
          leech = ${after.leech}, suspended = ${after.suspended}, "updatedAt" = ${now}
        WHERE id = ${before.id} AND reps = ${before.reps} AND state = ${before.state} AND due = ${before.due}
        RETURNING id)
      INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, state, due, stability, difficulty, "elapsedDays",
        "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "clientKey")
      SELECT ${id}, updated.id, ${userId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty},
        ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays}, ${log.learningSteps}, ${log.reviewedAt}, ${log.durationMs},
        ${clientKey}
      FROM updated`;
    return inserted === 1;
  }
  return sqliteTransaction((run) => {
    const inserted = run`
      INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, state, due, stability, difficulty, "elapsedDays",
        "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "clientKey")
      SELECT ${id}, ${before.id}, ${userId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty},
        ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays}, ${log.learningSteps}, ${log.reviewedAt}, ${log.durationMs},
        ${clientKey}
      WHERE EXISTS (SELECT 1 FROM "Card" WHERE id = ${before.id} AND reps = ${before.reps} AND state = ${before.state} AND due = ${before.due})`;
    if (inserted !== 1) return false;
    const updated = run`
      UPDATE "Card" SET due = ${after.due}, stability = ${after.stability}, difficulty = ${after.difficulty},
        "elapsedDays" = ${after.elapsedDays}, "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps},
        reps = ${after.reps}, lapses = ${after.lapses}, state = ${after.state}, "lastReview" = ${after.lastReview},
        leech = ${after.leech}, suspended = ${after.suspended}, "updatedAt" = ${now}
      WHERE id = ${before.id} AND reps = ${before.reps} AND state = ${before.state} AND due = ${before.due}`;
    // Cannot happen while this transaction holds the write lock; undo the log if it ever does.
    if (updated !== 1) throw new StaleCard();
    return true;
  }).catch((error) => {
    if (error instanceof StaleCard) return false;
    throw error;
  });
}

/** The learner's last rating in [start, end) that is still in force (not undone, not a reschedule). */
export async function lastRatingInForce(userId: string, start: Date, end: Date): Promise<(ReviewLogEntry & { id: string; cardId: string }) | null> {
  const last = await getDb().reviewLog.findFirst({
    where: { userId, undoneAt: null, rating: { gt: 0 }, reviewedAt: { gte: start, lt: end } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
  });
  return last ? { ...toLogEntry(last), id: last.id, cardId: last.cardId } : null;
}

/** Ratings of a card still in force after `after` (reschedules included). */
export async function countRatingsAfter(cardId: string, after: Date): Promise<number> {
  return getDb().reviewLog.count({ where: { cardId, undoneAt: null, reviewedAt: { gt: after } } });
}

/** When the card's previous rating in force before `before` was given (null: none). */
export async function previousRatingAt(cardId: string, before: Date): Promise<Date | null> {
  const previous = await getDb().reviewLog.findFirst({
    where: { cardId, undoneAt: null, rating: { gt: 0 }, reviewedAt: { lt: before } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    select: { reviewedAt: true },
  });
  return previous?.reviewedAt ?? null;
}

/** Marks a log undone and restores its card, in one transaction; false (nothing written) when
 * either changed since it was read. */
export async function recordUndo(logId: string, before: CardAsRead, restored: CardAfter, now: Date): Promise<boolean> {
  const db = getDb();
  try {
    await db.$transaction(async (tx) => {
      const marked = await tx.reviewLog.updateMany({ where: { id: logId, undoneAt: null }, data: { undoneAt: now } });
      const updated = await tx.card.updateMany({
        where: { id: before.id, reps: before.reps, state: before.state, due: before.due },
        data: { ...scheduleColumns(restored), leech: restored.leech, suspended: restored.suspended },
      });
      if (marked.count !== 1 || updated.count !== 1) throw new StaleCard();
    });
    return true;
  } catch (error) {
    if (error instanceof StaleCard) return false;
    throw error;
  }
}

/** The learner's ratings in force, oldest first, as the stats need them. */
export async function logsForStats(userId: string) {
  const rows = await getDb().reviewLog.findMany({
    where: { userId, undoneAt: null },
    select: { cardId: true, rating: true, state: true, reviewedAt: true, undoneAt: true },
    orderBy: { reviewedAt: "asc" },
  });
  return rows.map((l) => ({ ...l, rating: l.rating as LogRating, state: toCardState(l.state) }));
}

/** Every stored log of a card, oldest first (for replay checks). */
export async function cardLogs(cardId: string): Promise<ReviewLogEntry[]> {
  const rows = await getDb().reviewLog.findMany({ where: { cardId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  return rows.map(toLogEntry);
}

/** Every stored log of the learner, oldest first, grouped by card (for rescheduling). */
export async function logsOfCards(userId: string): Promise<Map<string, ReviewLogEntry[]>> {
  const rows = await getDb().reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  const byCard = new Map<string, ReviewLogEntry[]>();
  for (const l of rows) {
    const list = byCard.get(l.cardId) ?? [];
    list.push(toLogEntry(l));
    byCard.set(l.cardId, list);
  }
  return byCard;
}

/** The learner's ratings grouped by card, for fitting parameters. */
export async function logsByCard(userId: string): Promise<Map<string, { rating: LogRating; reviewedAt: Date; undoneAt: Date | null }[]>> {
  const rows = await getDb().reviewLog.findMany({
    where: { userId },
    select: { cardId: true, rating: true, reviewedAt: true, undoneAt: true },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
  });
  const out = new Map<string, { rating: LogRating; reviewedAt: Date; undoneAt: Date | null }[]>();
  for (const r of rows) {
    const list = out.get(r.cardId) ?? [];
    list.push({ rating: r.rating as LogRating, reviewedAt: r.reviewedAt, undoneAt: r.undoneAt });
    out.set(r.cardId, list);
  }
  return out;
}

/**
 * Resets (Anki's "forget") of several cards in one transaction: each card's log row (rating 0,
 * the card's state before) and its new schedule, only if the card is still as it was read; false
 * (nothing written) when any changed since.
 */
export async function recordForgets(userId: string, resets: Array<{ before: CardAsRead; log: ReviewLogEntry; after: CardSchedule }>, now: Date): Promise<boolean> {
  const db = getDb();
  try {
    await db.$transaction(
      async (tx) => {
        for (const { before, log, after } of resets) {
          await tx.reviewLog.create({
            data: {
              cardId: before.id, userId, rating: log.rating, state: log.state, due: log.due, stability: log.stability, difficulty: log.difficulty,
              elapsedDays: log.elapsedDays, lastElapsedDays: log.lastElapsedDays, scheduledDays: log.scheduledDays, learningSteps: log.learningSteps,
              reviewedAt: log.reviewedAt, durationMs: log.durationMs, clientKey: `reset:${randomUUID()}`, undoneAt: null,
            },
          });
          const updated = await tx.card.updateMany({
            where: { id: before.id, reps: before.reps, state: before.state, due: before.due },
            data: { ...scheduleColumns(after), updatedAt: now },
          });
          if (updated.count !== 1) throw new StaleCard();
        }
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
    return true;
  } catch (error) {
    if (error instanceof StaleCard) return false;
    throw error;
  }
}
