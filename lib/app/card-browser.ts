// The deck browser's use cases: list the learner's cards (search, filters, keyset pages), show one
// (history and memory state), and act on a selection (suspend, bury, reset, flag, delete). Someone
// else's card reads as missing. Reset is Anki's "forget": a rating-0 log row the replay understands.
import type { Card } from "../domain/card.ts";
import type { CardAction } from "../domain/deck.ts";
import { mayTakeSet, ownsCard } from "../domain/permissions.ts";
import type { AppUser } from "../domain/user.ts";
import { studyDayBounds } from "../srs/day.ts";
import { forgetCard, retrievability } from "../srs/scheduler.ts";
import { CARD_STATE } from "../srs/types.ts";
import { browseCards, cardsWithQuestions, deckArticles, deckSets, deleteCards, findCards, markCards, type BrowsedCardRow, type CardBrowseFilter } from "../db/cards.ts";
import { cardLogs, lastReviewedAt, recordForgets } from "../db/reviews.ts";
import type { CardDetail, CardListQuery, CardListResult, DeckCard } from "../api/schemas/deck.ts";
import { schedulingInstant } from "./review.ts";
import { loadStudySettings } from "./study-settings.ts";

type Learner = Pick<AppUser, "id" | "timeZone" | "dayStartHour">;

// ---------- listing ----------

/** The cursor names the order it belongs to, so a cursor from another sort is refused, not misread. */
interface Cursor {
  sort: CardListQuery["sort"];
  order: CardListQuery["order"];
  value: number;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.order, c.value, c.id])).toString("base64url");
}

/** The cursor if it is one of ours for this sort and order, else null. */
export function decodeCursor(text: string, sort: Cursor["sort"], order: Cursor["order"]): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(v) || v.length !== 4) return null;
    const [s, o, value, id] = v as unknown[];
    if (s !== sort || o !== order || typeof value !== "number" || !Number.isFinite(value) || typeof id !== "string" || id.length === 0 || id.length > 100) return null;
    return { sort, order, value, id };
  } catch {
    return null;
  }
}

const sortValue = (card: Card, sort: Cursor["sort"]): number => (sort === "due" ? card.due.getTime() : card[sort]);

function deckCardView(row: Pick<BrowsedCardRow, "card"> & { question: Pick<BrowsedCardRow["question"], "type" | "prompt" | "answer" | "article"> }, now: Date): DeckCard {
  const { card, question } = row;
  return {
    id: card.id,
    type: question.type,
    front: question.prompt,
    back: question.answer,
    article: question.article,
    state: card.state,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    suspended: card.suspended,
    // a burial that has run out is no burial
    buriedUntil: card.buriedUntil && card.buriedUntil > now ? card.buriedUntil.toISOString() : null,
    flag: card.flag,
    leech: card.leech,
  };
}

export type ListOutcome = { kind: "ok"; page: CardListResult } | { kind: "bad-cursor" };

/** One page of the learner's cards; `nextCursor` continues it in the same stable order. */
export async function listCards(user: Pick<AppUser, "id">, query: CardListQuery, now: Date): Promise<ListOutcome> {
  const after = query.cursor !== undefined ? decodeCursor(query.cursor, query.sort, query.order) : undefined;
  if (after === null) return { kind: "bad-cursor" };
  const filter: CardBrowseFilter = {
    text: query.q || undefined,
    articleSlug: query.article,
    setId: query.set,
    state: query.state,
    flag: query.flag,
    leech: query.leech,
  };
  // One row more than the page says whether another page follows.
  const rows = await browseCards(user.id, filter, { sort: query.sort, order: query.order, after, take: query.limit + 1 }, now);
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort: query.sort, order: query.order, value: sortValue(last.card, query.sort), id: last.card.id }) : null;
  return { kind: "ok", page: { cards: shown.map((r) => deckCardView(r, now)), nextCursor } };
}

/** What the browser's article and set menus offer: where the learner's cards come from (sets they may see). */
export async function deckSources(user: AppUser): Promise<{ articles: Array<{ slug: string; title: string }>; sets: Array<{ id: string; title: string }> }> {
  const [articles, sets] = await Promise.all([deckArticles(user.id), deckSets(user.id)]);
  return { articles, sets: sets.filter((s) => mayTakeSet(user, s, s.inAssignedClass)).map((s) => ({ id: s.id, title: s.title })) };
}

// ---------- one card ----------

/** The learner's card with its question, history and memory state; null when missing or not theirs. */
export async function cardDetail(user: Pick<AppUser, "id">, cardId: string, now: Date): Promise<CardDetail | null> {
  const [found] = await cardsWithQuestions([cardId]);
  if (!found || !ownsCard(user, found.card)) return null;
  const { card, question } = found;
  const [logs, settings] = await Promise.all([cardLogs(card.id), loadStudySettings(user.id)]);
  return {
    ...deckCardView({ card, question }, now),
    choices: question.choices,
    explanation: question.explanation,
    sourceSentence: question.sourceSentence,
    lastReview: card.lastReview?.toISOString() ?? null,
    retrievability: card.state === CARD_STATE.New || card.stability <= 0 ? null : retrievability(card, now, settings),
    history: logs.map((l) => ({
      reviewedAt: l.reviewedAt.toISOString(),
      rating: l.rating,
      state: l.state,
      elapsedDays: l.elapsedDays,
      durationMs: l.durationMs,
      undone: l.undoneAt !== null,
    })),
  };
}

// ---------- actions ----------

export type ActionOutcome = { kind: "ok"; changed: number } | { kind: "not-found"; missing: string[] };

/**
 * Applies one action to the learner's cards. Every id must be theirs: one that is not (or does not
 * exist) makes the whole request a 404 and nothing is written.
 */
export async function applyCardAction(user: Learner, ids: string[], action: CardAction, now: Date): Promise<ActionOutcome> {
  const unique = [...new Set(ids)];
  const cards = (await findCards(unique)).filter((c) => ownsCard(user, c));
  if (cards.length !== unique.length) {
    const owned = new Set(cards.map((c) => c.id));
    return { kind: "not-found", missing: unique.filter((id) => !owned.has(id)) };
  }
  switch (action.kind) {
    case "suspend":
    case "unsuspend":
      return { kind: "ok", changed: await markCards(user.id, unique, { suspended: action.kind === "suspend" }, now) };
    case "bury": {
      // Anki buries until the learner's next day starts (their day-start hour, their zone).
      const nextDay = studyDayBounds(now, user.timeZone, user.dayStartHour).end;
      return { kind: "ok", changed: await markCards(user.id, unique, { buriedUntil: nextDay }, now) };
    }
    case "unbury":
      return { kind: "ok", changed: await markCards(user.id, unique, { buriedUntil: null }, now) };
    case "flag":
      return { kind: "ok", changed: await markCards(user.id, unique, { flag: action.flag }, now) };
    case "delete":
      return { kind: "ok", changed: await deleteCards(user.id, unique) };
    case "reset":
      return { kind: "ok", changed: await resetCards(user, unique, now) };
  }
}

/** Sets one card's marks in one write: suspended, buried (until the learner's next day), flag. */
export async function patchCard(
  user: Learner,
  cardId: string,
  patch: { suspended?: boolean; buried?: boolean; flag?: number },
  now: Date,
): Promise<"ok" | "not-found"> {
  const [card] = await findCards([cardId]);
  if (!card || !ownsCard(user, card)) return "not-found";
  const marks: { suspended?: boolean; buriedUntil?: Date | null; flag?: number } = {};
  if (patch.suspended !== undefined) marks.suspended = patch.suspended;
  if (patch.buried !== undefined) marks.buriedUntil = patch.buried ? studyDayBounds(now, user.timeZone, user.dayStartHour).end : null;
  if (patch.flag !== undefined) marks.flag = patch.flag;
  await markCards(user.id, [card.id], marks, now);
  return "ok";
}

/**
 * Resets cards to new, each with a forget log (rating 0) so replay, undo and the fit see it. A card
 * that is already new has nothing to forget and is left alone. Retries when a card changed between
 * the read and the write (a rating in another tab).
 */
async function resetCards(user: Pick<AppUser, "id">, ids: string[], now: Date): Promise<number> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const cards = (await findCards(ids)).filter((c) => ownsCard(user, c) && c.state !== CARD_STATE.New);
    if (cards.length === 0) return 0;
    // After every rating already logged, so "the last rating" (undo) and replay stay unambiguous.
    const at = schedulingInstant(now, await lastReviewedAt(user.id));
    const resets = cards.map((card) => {
      const { card: after, log } = forgetCard(card, at);
      return { before: card, log: { ...log, undoneAt: null }, after: { ...after, lastReview: after.lastReview ?? null } };
    });
    if (await recordForgets(user.id, resets, now)) return resets.length;
  }
  throw new Error("cards kept changing while they were reset");
}
