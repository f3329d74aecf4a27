// Today's review queue: learning cards first, then reviews up to the daily limit, then new cards up
// to new/day (the rules are lib/srs's buildQueue), with the interval each button would give. Every
// read goes through the (userId, state, due) index with LIMIT, never the whole deck.
import { cardSeed, type CardState } from "../domain/card.ts";
import { hasChoices } from "../domain/question-types.ts";
import type { AppUser } from "../domain/user.ts";
import { studyDayBounds, shiftStudyDay } from "../srs/day.ts";
import { buildQueue, byDueThenId, dailyLimits, learnAheadMs, progressFromCounts, type QueueCard } from "../srs/queue.ts";
import { previewLabels, type SchedulingSettings } from "../srs/scheduler.ts";
import { CARD_STATE, type StudySettingsValues } from "../srs/types.ts";
import { cardsWithQuestions, countCards, countForecast, countStudyable, studyableCards, type DueFilter, type StepKind } from "../db/cards.ts";
import { ratingCountsBetween, readReviewerContext } from "../db/reviews.ts";
import { studySettingsFromColumns } from "../db/study-settings-columns.ts";
import { DEFAULT_STUDY_SETTINGS } from "../domain/study-settings.ts";
import { schedulingInstant, schedulingSettings } from "./review.ts";

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
  /** the learn-ahead limit: a learning card is shown this many minutes before it is due, once nothing else is left */
  learnAheadMinutes: number;
  /** due tomorrow, for the "done for today" screen */
  tomorrow: { review: number; new: number };
}

const PREVIEW_CARDS = 5;
/** Learning cards handed to buildQueue: enough to order the next cards; the count comes from the index. */
const LEARNING_SHOWN = 50;
const LEARNING_STATES: CardState[] = [CARD_STATE.Learning, CARD_STATE.Relearning];

/**
 * Up to `limit` cards of one state due before `before`, one per fact and none of the `taken`
 * facts (which it extends): pages through the index until it has enough.
 */
async function pickDue(userId: string, state: CardState, before: Date | null, limit: number, taken: Set<string>, now: Date): Promise<QueueCard[]> {
  const picked: QueueCard[] = [];
  if (limit <= 0) return picked;
  const pageSize = Math.min(1000, limit + 20);
  for (let skip = 0; ; skip += pageSize) {
    const rows = await studyableCards(userId, now, { states: [state], due: before ? { lt: before } : undefined, take: pageSize, skip });
    for (const r of rows) {
      if (taken.has(r.factKey)) continue;
      taken.add(r.factKey);
      picked.push(r);
      if (picked.length >= limit) return picked;
    }
    if (rows.length < pageSize) return picked;
  }
}

/** The first `limit` learning and relearning cards (by due) within `due`: the first of each state, in one read, merged here. */
async function firstDueOfLearning(userId: string, due: DueFilter, limit: number, now: Date, steps: StepKind = "intraday"): Promise<QueueCard[]> {
  if (limit <= 0) return [];
  const rows = await studyableCards(userId, now, { states: LEARNING_STATES, due, take: limit, steps });
  return rows.sort(byDueThenId).slice(0, limit);
}

/** The learner's queue right now, with the next few cards ready to show. */
export async function reviewQueue(user: Learner, now: Date, show = PREVIEW_CARDS): Promise<ReviewQueueView> {
  const today = studyDayBounds(now, user.timeZone, user.dayStartHour);
  const [context, ratedToday] = await Promise.all([readReviewerContext(user.id), ratingCountsBetween(user.id, today.start, today.end, now)]);
  const settings = context.settings ? studySettingsFromColumns(context.settings).settings : { ...DEFAULT_STUDY_SETTINGS };
  const progress = progressFromCounts(ratedToday);

  // Learning cards: the first few in due order, and counts from the index (never the whole list).
  const learnAheadAt = new Date(now.getTime() + learnAheadMs(settings));
  const [learning, [learningNow, learningLater], nextLearning] = await Promise.all([
    firstDueOfLearning(user.id, { lte: learnAheadAt }, LEARNING_SHOWN, now),
    countStudyable(user.id, now, LEARNING_STATES, [{ lte: learnAheadAt }, { gt: learnAheadAt, lt: today.end }], "intraday"),
    firstDueOfLearning(user.id, { gt: learnAheadAt, lt: today.end }, 1, now).then((rows) => rows[0] ?? null),
  ]);
  const taken = new Set(progress.buriedFactKeys);
  const learnAhead = learnAheadAt.getTime();
  for (const c of learning) if (c.due.getTime() <= learnAhead && !c.suspended) taken.add(c.factKey);
  const limits = dailyLimits(settings, progress.introducedNewToday, progress.reviewedToday);
  // Interday learning cards (steps of a day or more) come first out of the review limit (Anki v3);
  // like other learning cards they are not held back by siblings, and they hold back theirs.
  const interday = await firstDueOfLearning(user.id, { lt: today.end }, limits.reviews, now, "interday");
  for (const c of interday) if (!c.suspended) taken.add(c.factKey);
  const reviews = await pickDue(user.id, CARD_STATE.Review, today.end, limits.reviews - interday.length, taken, now);
  const fresh = await pickDue(user.id, CARD_STATE.New, null, limits.newAfter(interday.length + reviews.length), taken, now);

  const queue = buildQueue({
    cards: [...learning, ...interday, ...reviews, ...fresh],
    introducedNewToday: progress.introducedNewToday,
    reviewedToday: progress.reviewedToday,
    buriedFactKeys: progress.buriedFactKeys,
    now,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    settings,
  });
  const at = schedulingInstant(now, context.lastReviewedAt);
  const cards = await cardViews(queue.order.slice(0, show), schedulingSettings(settings, user), at);
  const done = queue.order.length === 0 && learningNow === 0;
  return {
    counts: { ...queue.counts, learning: learningNow + interday.length },
    cards,
    day: { dayKey: today.dayKey, start: today.start.toISOString(), end: today.end.toISOString(), timeZone: user.timeZone, dayStartHour: user.dayStartHour },
    learningLaterToday: learningLater,
    nextLearningDue: nextLearning?.due.toISOString() ?? null,
    learnAheadMinutes: settings.learnAheadMinutes,
    tomorrow: done ? await tomorrowForecast(user, settings, today.dayKey) : { review: 0, new: 0 },
  };
}

/** The review page's first screen: today's queue, or null for a learner with no cards yet (the
 * page then explains how to add some). */
export async function reviewPageQueue(user: Learner, now: Date): Promise<ReviewQueueView | null> {
  return (await countCards(user.id)) > 0 ? reviewQueue(user, now) : null;
}

/** Cards due on the next study day (reviews capped by the daily limit) and the new cards it will introduce. */
async function tomorrowForecast(user: Learner, settings: StudySettingsValues, todayKey: string) {
  const tomorrow = shiftStudyDay(todayKey, 1, user.timeZone, user.dayStartHour);
  const { due: review, fresh } = await countForecast(user.id, tomorrow.end, settings.newPerDay);
  const limits = dailyLimits(settings, 0, 0);
  const reviews = Math.min(review, limits.reviews);
  return { review: reviews, new: Math.min(fresh, limits.newAfter(reviews)) };
}

async function cardViews(ids: string[], settings: SchedulingSettings, at: Date): Promise<ReviewCardView[]> {
  return (await cardsWithQuestions(ids)).map(({ card, question: q }) => ({
    id: card.id,
    type: q.type,
    state: card.state,
    front: q.type === "TRUE_FALSE" ? `True or false? ${q.prompt}` : q.prompt,
    choices: hasChoices(q.type) ? q.choices : null,
    back: q.answer,
    explanation: q.explanation,
    source: { sentence: q.sourceSentence, article: q.article },
    intervals: previewLabels(card, at, settings, cardSeed(card.id)),
    leech: card.leech,
  }));
}
