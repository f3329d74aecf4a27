// Flashcards: reads and writes only. Scheduling (what a new card looks like, what a rating does,
// what the queue shows) is the review use cases' (lib/app/{deck,review,study-settings}.ts).
import { toCardState, type Card, type CardSchedule, type CardState } from "../domain/card.ts";
import type { DeckSort, DeckStateFilter } from "../domain/deck.ts";
import type { QuestionType } from "../domain/types.ts";
import { databaseKind } from "../config.ts";
import { getDb, type Prisma } from "./client.ts";

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
    flag: row.flag,
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
  scheduledDays: number;
}
export type DueFilter = { lt?: Date; lte?: Date; gt?: Date };

const queueSelect = { id: true, factKey: true, due: true, state: true, suspended: true, buriedUntil: true, scheduledDays: true } as const;
/** Learning steps under a day (due at an instant) or of a day or more (due at a day's start). */
export type StepKind = "intraday" | "interday";
const stepFilter = (steps?: StepKind) => (steps === undefined ? {} : { scheduledDays: steps === "interday" ? { gte: 1 } : { lt: 1 } });

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
  query: { state: CardState; due?: DueFilter; take: number; skip?: number; steps?: StepKind },
): Promise<QueueCardRow[]> {
  const rows = await getDb().card.findMany({
    where: { ...studyable(userId, now), state: query.state, ...(query.due ? { due: query.due } : {}), ...stepFilter(query.steps) },
    orderBy: { due: "asc" },
    take: query.take,
    ...(query.skip ? { skip: query.skip } : {}),
    select: queueSelect,
  });
  return rows.map((r) => ({ ...r, state: toCardState(r.state) }));
}

/** How many studyable cards of these states fall due within `due`. */
export async function countStudyable(userId: string, now: Date, states: CardState[], due: DueFilter, steps?: StepKind): Promise<number> {
  return getDb().card.count({ where: { ...studyable(userId, now), state: { in: states }, due, ...stepFilter(steps) } });
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

// ---------- the deck browser ----------

export interface CardBrowseFilter {
  /** text in the question's prompt or answer */
  text?: string;
  articleSlug?: string;
  setId?: string;
  state?: DeckStateFilter;
  flag?: number;
  leech?: boolean;
}

/** A keyset page: rows after (value, id) in the order (sort column, id). */
export interface CardBrowsePage {
  sort: DeckSort;
  order: "asc" | "desc";
  /** the last row of the previous page: its sort value (a due date as epoch ms) and id */
  after?: { value: number; id: string };
  take: number;
}

export interface BrowsedCardRow {
  card: Card;
  question: { type: QuestionType; prompt: string; answer: string; article: { slug: string; title: string } | null };
}

const STATE_OF: Record<"new" | "learning" | "review" | "relearning", CardState> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** Text searched for as itself: `contains` is a LIKE pattern, so its wildcards are escaped. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterWhere(userId: string, filter: CardBrowseFilter, now: Date): Prisma.CardWhereInput {
  const and: Prisma.CardWhereInput[] = [];
  const question: Prisma.QuestionWhereInput = {};
  if (filter.text) {
    // SQLite's LIKE ignores ASCII case already; PostgreSQL needs it asked for.
    const contains = { contains: likeLiteral(filter.text), ...(databaseKind() === "postgresql" ? { mode: "insensitive" } : {}) } as Prisma.StringFilter;
    question.OR = [{ prompt: contains }, { answer: contains }];
  }
  if (filter.articleSlug) question.article = { slug: filter.articleSlug };
  if (filter.setId) question.setItems = { some: { setId: filter.setId } };
  if (Object.keys(question).length > 0) and.push({ question });
  if (filter.state === "suspended") and.push({ suspended: true });
  else if (filter.state === "buried") and.push({ buriedUntil: { gt: now } });
  else if (filter.state) and.push({ state: STATE_OF[filter.state] });
  if (filter.flag !== undefined) and.push({ flag: filter.flag });
  if (filter.leech !== undefined) and.push({ leech: filter.leech });
  return { userId, ...(and.length ? { AND: and } : {}) };
}

/**
 * One page of the learner's cards matching `filter`, in (sort column, id) order. Keyset, not
 * offset: the condition "sort column at or past the last value" lets the (userId, column, id) index
 * start the scan there, so the 500th page costs what the first does.
 */
export async function browseCards(userId: string, filter: CardBrowseFilter, page: CardBrowsePage, now: Date): Promise<BrowsedCardRow[]> {
  const where = filterWhere(userId, filter, now);
  const col = page.sort;
  const cmp = page.order === "asc" ? "gt" : "lt";
  const atOrPast = page.order === "asc" ? "gte" : "lte";
  if (page.after) {
    const v = col === "due" ? new Date(page.after.value) : page.after.value;
    where.AND = [
      ...((where.AND as Prisma.CardWhereInput[] | undefined) ?? []),
      { [col]: { [atOrPast]: v } },
      { OR: [{ [col]: { [cmp]: v } }, { [col]: v, id: { [cmp]: page.after.id } }] },
    ];
  }
  const rows = await getDb().card.findMany({
    where,
    orderBy: [{ [col]: page.order }, { id: page.order }],
    take: page.take,
    include: { question: { select: { type: true, prompt: true, answer: true, article: { select: { slug: true, title: true } } } } },
  });
  return rows.map((r) => ({
    card: toCard(r),
    question: { type: r.question.type as QuestionType, prompt: r.question.prompt, answer: r.question.answer, article: r.question.article ?? null },
  }));
}

/** The cards with these ids (whoever's they are: the use case decides who may see them). */
export async function findCards(ids: string[]): Promise<Card[]> {
  const rows = await getDb().card.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return rows.map(toCard);
}

/** Sets marks on the learner's cards, in one statement. */
export async function markCards(
  userId: string,
  ids: string[],
  marks: { suspended?: boolean; buriedUntil?: Date | null; flag?: number },
  now: Date,
): Promise<number> {
  const { count } = await getDb().card.updateMany({ where: { userId, id: { in: ids } }, data: { ...marks, updatedAt: now } });
  return count;
}

/** Deletes the learner's cards (their review logs go with them). */
export async function deleteCards(userId: string, ids: string[]): Promise<number> {
  const { count } = await getDb().card.deleteMany({ where: { userId, id: { in: ids } } });
  return count;
}

/** Articles the learner has cards from (the browser's article menu). */
export async function deckArticles(userId: string): Promise<Array<{ slug: string; title: string }>> {
  return getDb().article.findMany({
    where: { questions: { some: { cards: { some: { userId } } } } },
    select: { slug: true, title: true },
    orderBy: { title: "asc" },
  });
}

/**
 * Sets holding at least one question of the learner's deck, with what the set-visibility rule needs
 * (the use case decides which the learner may see).
 */
export async function deckSets(userId: string): Promise<Array<{ id: string; title: string; ownerId: string; visibility: string; inAssignedClass: boolean }>> {
  const rows = await getDb().questionSet.findMany({
    where: { items: { some: { question: { cards: { some: { userId } } } } } },
    select: { id: true, title: true, ownerId: true, visibility: true, assignments: { where: { class: { members: { some: { userId } } } }, select: { classId: true }, take: 1 } },
    orderBy: { title: "asc" },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, ownerId: r.ownerId, visibility: r.visibility, inAssignedClass: r.assignments.length > 0 }));
}
