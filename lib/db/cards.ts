// Flashcards: reads and writes only. Scheduling (what a new card looks like, what a rating does,
// what the queue shows) is the review use cases' (lib/app/{deck,review,study-settings}.ts).
import { toCardState, type Card, type CardSchedule, type CardState } from "../domain/card.ts";
import type { DeckSort, DeckStateFilter } from "../domain/deck.ts";
import type { QuestionType } from "../domain/types.ts";
import { databaseKind } from "../config.ts";
import { getDb, queryRows, type Prisma, type SqlValue } from "./client.ts";
import { toBool, toDate, toDateOrNull, toNumber } from "./raw-values.ts";

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

// ---------- plain SQL for the hot reads (the review queue, a rating's context) ----------
// Through the ORM each of the queue's dozen reads cost 1–2 ms of CPU (query planning in its
// compiler, row mapping); as plain statements, prepared once (lib/db/client.ts), tens of µs.

const CARD_COLUMNS = ["id", "userId", "questionId", "factKey", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "leech", "buriedUntil", "flag", "createdAt"];

/** Every Card column for a SELECT, from table alias `alias`, under its own name. */
export const cardColumns = (alias: string): string => CARD_COLUMNS.map((c) => `${alias}."${c}" AS "${c}"`).join(", ");

/** A card from a row that selected cardColumns (values as the driver gives them). */
export function cardFromRaw(r: Record<string, unknown>): Card {
  return {
    id: String(r.id), userId: String(r.userId), questionId: String(r.questionId), factKey: String(r.factKey),
    due: toDate(r.due), stability: toNumber(r.stability), difficulty: toNumber(r.difficulty), elapsedDays: toNumber(r.elapsedDays),
    scheduledDays: toNumber(r.scheduledDays), learningSteps: toNumber(r.learningSteps), reps: toNumber(r.reps), lapses: toNumber(r.lapses),
    state: toCardState(toNumber(r.state)), lastReview: toDateOrNull(r.lastReview), suspended: toBool(r.suspended), leech: toBool(r.leech),
    buriedUntil: toDateOrNull(r.buriedUntil), flag: toNumber(r.flag), createdAt: toDate(r.createdAt),
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

/** Learning steps under a day (due at an instant) or of a day or more (due at a day's start). */
export type StepKind = "intraday" | "interday";

/**
 * The WHERE clause of the learner's studyable cards of one state (not suspended, not buried past
 * `now`) within `due` and `steps`, with its values. Each state gets its own clause: with
 * `state IN (…)` SQLite walks the (userId, due) index instead and reads every card due earlier.
 */
function studyableWhere(userId: string, now: Date, state: CardState, due: DueFilter | undefined, steps: StepKind | undefined): [string, SqlValue[]] {
  let sql = `"userId" = ? AND state = ? AND suspended = ? AND ("buriedUntil" IS NULL OR "buriedUntil" <= ?)`;
  const values: SqlValue[] = [userId, state, false, now];
  for (const [op, bound] of [["<", due?.lt], ["<=", due?.lte], [">", due?.gt]] as const) {
    if (!bound) continue;
    sql += ` AND due ${op} ?`;
    values.push(bound);
  }
  if (steps) sql += steps === "interday" ? ` AND "scheduledDays" >= 1` : ` AND "scheduledDays" < 1`;
  return [sql, values];
}

const queueCardFromRaw = (r: Record<string, unknown>): QueueCardRow => ({
  id: String(r.id),
  factKey: String(r.factKey),
  due: toDate(r.due),
  state: toCardState(toNumber(r.state)),
  suspended: toBool(r.suspended),
  buriedUntil: toDateOrNull(r.buriedUntil),
  scheduledDays: toNumber(r.scheduledDays),
});

/**
 * Studyable cards of these states by due: the first `take` of each state (after `skip`, one state
 * only), in one statement. ORDER BY due alone, so the (userId, state, due) index delivers rows in
 * order and LIMIT stops early (a tie-breaker column would force a sort of every matching card);
 * the caller orders the states' rows together.
 */
export async function studyableCards(
  userId: string,
  now: Date,
  query: { states: CardState[]; due?: DueFilter; take: number; skip?: number; steps?: StepKind },
): Promise<QueueCardRow[]> {
  if (query.states.length === 0 || query.take <= 0) return [];
  if (query.skip && query.states.length > 1) throw new RangeError("skip pages through one state only");
  const parts: string[] = [];
  const values: SqlValue[] = [];
  for (const state of query.states) {
    const [where, v] = studyableWhere(userId, now, state, query.due, query.steps);
    parts.push(`SELECT * FROM (SELECT id, "factKey", due, state, suspended, "buriedUntil", "scheduledDays" FROM "Card" WHERE ${where} ORDER BY due LIMIT ?${query.skip ? " OFFSET ?" : ""}) AS s${parts.length}`);
    values.push(...v, query.take, ...(query.skip ? [query.skip] : []));
  }
  return (await queryRows(parts.join(" UNION ALL "), values)).map(queueCardFromRaw);
}

/** How many studyable cards of these states fall within each of `dues`, in one statement. */
export async function countStudyable(userId: string, now: Date, states: CardState[], dues: DueFilter[], steps?: StepKind): Promise<number[]> {
  if (dues.length === 0) return [];
  const columns: string[] = [];
  const values: SqlValue[] = [];
  for (const due of dues) {
    const perState = states.map((state) => {
      const [where, v] = studyableWhere(userId, now, state, due, steps);
      values.push(...v);
      return `(SELECT COUNT(*) FROM "Card" WHERE ${where})`;
    });
    columns.push(`${perState.length ? perState.join(" + ") : "0"} AS c${columns.length}`);
  }
  const [row] = await queryRows(`SELECT ${columns.join(", ")}`, values);
  return dues.map((_, i) => toNumber(row[`c${i}`]));
}

/**
 * For the next study day's forecast, in one statement: cards not new nor suspended due before
 * `end` (buried ones included), and the unsuspended new cards, counting no further than `newUpTo`.
 */
export async function countForecast(userId: string, end: Date, newUpTo: number): Promise<{ due: number; fresh: number }> {
  const [row] = await queryRows(
    `SELECT (SELECT COUNT(*) FROM "Card" WHERE "userId" = ? AND state <> 0 AND suspended = ? AND due < ?) AS due,
            (SELECT COUNT(*) FROM (SELECT 1 AS one FROM "Card" WHERE "userId" = ? AND state = 0 AND suspended = ? LIMIT ?) AS n) AS fresh`,
    [userId, false, end, userId, false, Math.max(0, newUpTo)],
  );
  return { due: toNumber(row.due), fresh: toNumber(row.fresh) };
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

/** These cards with their questions (and the questions' articles), in the order of `ids`: one joined read. */
export async function cardsWithQuestions(ids: string[]): Promise<CardWithQuestion[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows(
    `SELECT ${cardColumns("c")}, q.type AS q_type, q.prompt AS q_prompt, q.choices AS q_choices, q.answer AS q_answer,
            q.explanation AS q_explanation, q."sourceSentence" AS "q_sourceSentence", a.slug AS a_slug, a.title AS a_title
     FROM "Card" c JOIN "Question" q ON q.id = c."questionId" LEFT JOIN "Article" a ON a.id = q."articleId"
     WHERE c.id IN (${ids.map(() => "?").join(", ")})`,
    ids,
  );
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        card: cardFromRaw(r),
        question: {
          type: String(r.q_type) as QuestionType,
          prompt: String(r.q_prompt),
          choices: stringList(r.q_choices === null || r.q_choices === undefined ? null : String(r.q_choices)),
          answer: String(r.q_answer),
          explanation: String(r.q_explanation),
          sourceSentence: String(r.q_sourceSentence),
          article: r.a_slug === null || r.a_slug === undefined ? null : { slug: String(r.a_slug), title: String(r.a_title) },
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
