// Shapes of the deck, review, study-settings and stats API (used by the routes, the client and
// the OpenAPI document).
import { z } from "zod";
import { learnerDaySchema, studySettingsSchema, studySettingsValuesSchema, timeZoneSchema } from "../../domain/study-settings.ts";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";

/** POST /api/deck: an article (by slug) or a question set (by id) — exactly one. */
export const addToDeckBody = z
  .object({
    articleSlug: z.string().trim().min(1).max(200).optional(),
    setId: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((b) => (b.articleSlug === undefined) !== (b.setId === undefined), {
    message: "give exactly one of articleSlug or setId",
    path: ["articleSlug"],
  });
export const addToDeckResult = z.object({
  added: z.number().int(),
  already: z.number().int().describe("questions already in the deck"),
  total: z.number().int().describe("approved questions in the article or set"),
});

export const cardState = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).describe("0 New, 1 Learning, 2 Review, 3 Relearning");
export const intervalLabels = z.object({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() });
export const reviewCard = z.object({
  id: z.string(),
  type: z.string(),
  state: cardState,
  front: z.string(),
  choices: z.array(z.string()).nullable(),
  back: z.string(),
  explanation: z.string(),
  source: z.object({ sentence: z.string(), article: z.object({ slug: z.string(), title: z.string() }).nullable() }),
  intervals: intervalLabels,
  leech: z.boolean(),
});
export const reviewQueue = z.object({
  counts: z.object({ new: z.number().int(), learning: z.number().int(), review: z.number().int() }),
  cards: z.array(reviewCard).describe("the next cards, in order"),
  day: z.object({ dayKey: z.string(), start: z.string(), end: z.string(), timeZone: z.string(), dayStartHour: z.number().int() }),
  learningLaterToday: z.number().int(),
  nextLearningDue: z.string().nullable(),
  learnAheadMinutes: z.number().int(),
  tomorrow: z.object({ review: z.number().int(), new: z.number().int() }),
});
export type ReviewQueue = z.infer<typeof reviewQueue>;
export type ReviewCard = z.infer<typeof reviewCard>;

/** POST /api/review: one rating; `key` is the client's idempotency key for it. */
export const rateBody = z
  .object({
    cardId: z.string().min(1).max(100),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" }),
    key: z.string().min(8, { error: "key must be 8–100 characters" }).max(100, { error: "key must be 8–100 characters" }),
    durationMs: z.number().int().min(0).max(86_400_000).default(0),
  })
  .strict();
export type RateBody = z.infer<typeof rateBody>;

export const cardStateView = z.object({
  id: z.string(),
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  state: cardState,
  reps: z.number().int(),
  lapses: z.number().int(),
  leech: z.boolean(),
  suspended: z.boolean(),
});
export const rateResult = z.object({
  card: cardStateView,
  duplicate: z.boolean().describe("true when this key was already applied: nothing changed"),
  leech: z.boolean().describe("this rating made the card a leech"),
});
export const undoResult = z.object({ card: cardStateView, rating: z.number().int() });

/** PUT /api/settings/study: every field is optional; what is sent is validated and saved. */
export const studySettingsBody = studySettingsSchema.partial().strict();
export type StudySettingsBody = z.infer<typeof studySettingsBody>;
export const studySettingsView = studySettingsValuesSchema.extend(learnerDaySchema.shape).extend({
  parametersFittedAt: z.string().nullable(),
  fitReport: z
    .object({
      reviews: z.number(),
      logLossDefault: z.number().nullable(),
      logLossFitted: z.number().nullable(),
      logLossCurrent: z.number().nullable().optional(),
      rmseCurrent: z.number().nullable().optional(),
      rmseFitted: z.number().nullable().optional(),
      applied: z.boolean(),
      message: z.string(),
    })
    .nullable(),
});
export const studySettingsSaved = studySettingsView.extend({ rescheduled: z.number().int() });

/** POST /api/settings/time-zone: the browser's zone, adopted only while the learner still has the default. */
export const browserTimeZoneBody = z.object({ timeZone: timeZoneSchema }).strict();
export const browserTimeZoneResult = z.object({ adopted: z.boolean(), timeZone: z.string() });

const dayCount = z.object({ dayKey: z.string(), count: z.number().int() });
export const statsView = z.object({
  dueForecast: z.array(dayCount).describe("next 30 study days; today includes overdue"),
  reviewsPerDay: z.array(dayCount).describe("last 365 study days, oldest first"),
  retentionByWeek: z.array(z.object({ weekKey: z.string(), reviews: z.number().int(), passed: z.number().int(), retention: z.number().nullable() })),
  cardsByState: z.object({ new: z.number().int(), learning: z.number().int(), review: z.number().int(), relearning: z.number().int(), suspended: z.number().int() }),
  streaks: z.object({ current: z.number().int(), longest: z.number().int() }),
  totalCards: z.number().int(),
  totalReviews: z.number().int(),
});
export type StatsView = z.infer<typeof statsView>;

const review = ["review"];
const settings = ["settings"];
/** Every deck, review, settings and stats route, keyed "METHOD /path": route modules and the typed client name them so. */
export const reviewRoutes = defineRoutes({
  "POST /api/deck": { method: "POST", path: "/api/deck", summary: "Add an article's or a set's approved questions to your flashcards", tags: review, body: addToDeckBody, response: addToDeckResult, errors: [400, 401, 404] },
  "GET /api/review/queue": { method: "GET", path: "/api/review/queue", summary: "Today's counts and the next cards, with the interval each rating would give", tags: review, response: reviewQueue, errors: [401] },
  "POST /api/review": { method: "POST", path: "/api/review", summary: "Rate a card (idempotent by key)", tags: review, body: rateBody, response: rateResult, errors: [400, 401, 404, 409] },
  "POST /api/review/undo": { method: "POST", path: "/api/review/undo", summary: "Undo your last rating of today", tags: review, response: undoResult, errors: [401, 409] },
  "GET /api/settings/study": { method: "GET", path: "/api/settings/study", summary: "Your study settings, time zone and day start", tags: settings, response: studySettingsView, errors: [401] },
  "PUT /api/settings/study": { method: "PUT", path: "/api/settings/study", summary: "Change study settings (a scheduling change reschedules your cards)", tags: settings, body: studySettingsBody, response: studySettingsSaved, errors: [400, 401] },
  "POST /api/settings/time-zone": { method: "POST", path: "/api/settings/time-zone", summary: "Adopt the browser's time zone while yours is still the default", tags: settings, body: browserTimeZoneBody, response: browserTimeZoneResult, errors: [400, 401] },
  "GET /api/stats": { method: "GET", path: "/api/stats", summary: "Your review statistics: forecast, heatmap, retention, cards by state, streak", tags: review, response: statsView, errors: [401] },
});

export const routes: ApiRoute[] = Object.values(reviewRoutes);
