// Flashcards: reads and writes only. Scheduling (what a new card looks like, what a rating does,
// what the queue shows) is the review use cases' (lib/app/{deck,review,study-settings}.ts).
import { toCardState, type Card, type CardSchedule, type CardState } from "../domain/card.ts";
import type { QuestionType } from "../domain/types.ts";
import { getDb } from "./client.ts";

type CardRow = Awaited<ReturnType<ReturnType<typeof getDb>["card"]["findFirstOrThrow"]>>;
type ScheduleColumns = Pick<CardRow, "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview">;

/** The FSRS columns of a card row (a corrupt state throws). */
export function toCardSchedule(row: ScheduleColumns): CardSchedule {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: toCardState(row.state),
    lastReview: row.lastReview ?? null,
  };
}

function toCard(row: CardRow): Card {
  return {
    ...toCardSchedule(row),
    id: row.id,
    userId: row.userId,
    questionId: row.questionId,
    factKey: row.factKey,
    leech: row.leech,
    suspended: row.suspended,
    buriedUntil: row.buriedUntil,
    createdAt: row.createdAt,
  };
}

/** The Card columns that hold FSRS state. */
export function scheduleColumns(card: Omit<CardSchedule, "lastReview"> & { lastReview?: Date | null }) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview ?? null,
  };
}

/**
 * Adds the APPROVED ones of these questions to a learner's deck, each as a card with `schedule`
 * (a question already in the deck is left as it is), in one transaction.
 */
export async function addNewCards(
  userId: string,
  questionIds: string[],
  schedule: Omit<CardSchedule, "lastReview">,
): Promise<{ added: number; already: number }> {
  const db = getDb();
  const questions = await db.question.findMany({
    where: { id: { in: [...new Set(questionIds)] }, status: "APPROVED" },
    select: { id: true, factKey: true },
  });
  const existing = new Set(
    (await db.card.findMany({ where: { userId, questionId: { in: questions.map((q) => q.id) } }, select: { questionId: true } })).map(
      (c) => c.questionId,
    ),
  );
  const fresh = questions.filter((q) => !existing.has(q.id));
  const { lastReview: _none, ...columns } = scheduleColumns(schedule);
  await db.$transaction(
    fresh.map((q) =>
      db.card.upsert({
        where: { userId_questionId: { userId, questionId: q.id } },
        create: { userId, questionId: q.id, factKey: q.factKey, ...columns },
        update: {},
      }),
    ),
  );
  return { added: fresh.length, already: questions.length - fresh.length };
}

export async function findCard(id: string): Promise<Card | null> {
  const row = await getDb().card.findUnique({ where: { id } });
  return row ? toCard(row) : null;
}

/** How many cards the learner has (any state). */
export async function countCards(userId: string): Promise<number> {
  return getDb().card.count({ where: { userId } });
}

// ---------- the daily queue's reads (all through the (userId, state, due) index) ----------

export interface QueueCardRow {
  id: string;
  factKey: string;
  due: Date;
  state: CardState;
  suspended: boolean;
  buriedUntil: Date | null;
}
export type DueFilter = { lt?: Date; lte?: Date; gt?: Date };

const queueSelect = { id: true, factKey: true, due: true, state: true, suspended: true, buriedUntil: true } as const;

/** The learner's cards that may be shown now: not suspended, not buried past `now`. */
const studyable = (userId: string, now: Date) => ({ userId, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] });

/**
 * Studyable cards of one state, by due. ORDER BY due alone, so the (userId, state, due) index
 * delivers rows in order and LIMIT stops early (a tie-breaker column would force a sort of every
 * matching card).
 */
export async function studyableCards(
  userId: string,
  now: Date,
  query: { state: CardState; due?: DueFilter; take: number; skip?: number },
): Promise<QueueCardRow[]> {
  const rows = await getDb().card.findMany({
    where: { ...studyable(userId, now), state: query.state, ...(query.due ? { due: query.due } : {}) },
    orderBy: { due: "asc" },
    take: query.take,
    ...(query.skip ? { skip: query.skip } : {}),
    select: queueSelect,
  });
  return rows.map((r) => ({ ...r, state: toCardState(r.state) }));
}

/** How many studyable cards of these states fall due within `due`. */
export async function countStudyable(userId: string, now: Date, states: CardState[], due: DueFilter): Promise<number> {
  return getDb().card.count({ where: { ...studyable(userId, now), state: { in: states }, due } });
}

/** Cards not new nor suspended that are due before `end` (buried ones included). */
export async function countDueBefore(userId: string, end: Date): Promise<number> {
  return getDb().card.count({ where: { userId, state: { not: 0 }, suspended: false, due: { lt: end } } });
}

/** How many unsuspended new cards the learner has, counting no further than `upTo`. */
export async function countNewCards(userId: string, upTo: number): Promise<number> {
  if (upTo <= 0) return 0;
  const rows = await getDb().card.findMany({ where: { userId, state: 0, suspended: false }, select: { id: true }, take: upTo });
  return rows.length;
}

export interface CardWithQuestion {
  card: Card;
  question: {
    type: QuestionType;
    prompt: string;
    choices: string[] | null;
    answer: string;
    explanation: string;
    sourceSentence: string;
    article: { slug: string; title: string } | null;
  };
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

/** These cards with their questions (and the questions' articles), in the order of `ids`. */
export async function cardsWithQuestions(ids: string[]): Promise<CardWithQuestion[]> {
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
    return [
      {
        card: toCard(r),
        question: {
          type: q.type as QuestionType,
          prompt: q.prompt,
          choices: stringList(q.choices),
          answer: q.answer,
          explanation: q.explanation,
          sourceSentence: q.sourceSentence,
          article: q.article ? { slug: q.article.slug, title: q.article.title } : null,
        },
      },
    ];
  });
}

/** Every card of the learner, as the stats need it. */
export async function cardsForStats(userId: string): Promise<Array<{ due: Date; state: CardState; suspended: boolean }>> {
  const rows = await getDb().card.findMany({ where: { userId }, select: { due: true, state: true, suspended: true } });
  return rows.map((c) => ({ due: c.due, state: toCardState(c.state), suspended: c.suspended }));
}

/** The learner's cards that have been studied (not new): what a settings change reschedules. */
export async function studiedCards(userId: string): Promise<Card[]> {
  const rows = await getDb().card.findMany({ where: { userId, state: { not: 0 } } });
  return rows.map(toCard);
}

/** Writes new FSRS state to many cards in one transaction. */
export async function updateSchedules(updates: Array<{ id: string; schedule: CardSchedule }>): Promise<void> {
  const db = getDb();
  await db.$transaction(updates.map((u) => db.card.update({ where: { id: u.id }, data: scheduleColumns(u.schedule) })));
}
