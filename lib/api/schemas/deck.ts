// Shapes of the deck browser's API (/api/cards/...) and the in-app optimizer
// (/api/settings/optimize, /api/settings/evaluate).
import { z } from "zod";
import { CARD_ACTIONS, DECK_SORTS, DECK_STATE_FILTERS, MAX_BULK_CARDS, MAX_CARD_FLAG } from "../../domain/deck.ts";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";
import { cardState } from "./review.ts";

const flagValue = z
  .number({ error: "flag must be a number 0–7" })
  .int({ error: "flag must be a whole number 0–7" })
  .min(0, { error: "flag must be 0–7" })
  .max(MAX_CARD_FLAG, { error: "flag must be 0–7" });

/** GET /api/cards: every parameter is optional; the order is stable (sort column, then id). */
export const cardListQuery = z
  .object({
    q: z.string().trim().max(200, { error: "q is at most 200 characters" }).optional().describe("text in the front or the back"),
    article: z.string().trim().min(1).max(200).optional().describe("an article's slug"),
    set: z.string().trim().min(1).max(100).optional().describe("a question set's id"),
    state: z.enum(DECK_STATE_FILTERS, { error: `state must be one of ${DECK_STATE_FILTERS.join(", ")}` }).optional(),
    flag: z
      .string()
      .regex(/^[0-7]$/, { error: "flag must be 0–7" })
      .transform(Number)
      .optional(),
    leech: z.enum(["true", "false"], { error: "leech must be true or false" }).transform((v) => v === "true").optional(),
    sort: z.enum(DECK_SORTS, { error: `sort must be one of ${DECK_SORTS.join(", ")}` }).default("due"),
    order: z.enum(["asc", "desc"], { error: "order must be asc or desc" }).default("asc"),
    cursor: z.string().max(300).optional().describe("nextCursor of the previous page"),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, { error: "limit must be 1–200" })
      .transform(Number)
      .pipe(z.number().min(1, { error: "limit must be 1–200" }).max(200, { error: "limit must be 1–200" }))
      .default(50),
  })
  .strict();
export type CardListQuery = z.output<typeof cardListQuery>;

const articleRef = z.object({ slug: z.string(), title: z.string() }).nullable();

export const deckCard = z.object({
  id: z.string(),
  type: z.string(),
  front: z.string(),
  back: z.string(),
  article: articleRef,
  state: cardState,
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  suspended: z.boolean(),
  buriedUntil: z.string().nullable().describe("set while the card is buried (until the start of the learner's next day)"),
  flag: z.number().int(),
  leech: z.boolean(),
});
export type DeckCard = z.infer<typeof deckCard>;

export const cardListResult = z.object({
  cards: z.array(deckCard),
  nextCursor: z.string().nullable().describe("pass as cursor for the next page; null on the last page"),
});
export type CardListResult = z.infer<typeof cardListResult>;

export const reviewHistoryEntry = z.object({
  reviewedAt: z.string(),
  rating: z.number().int().describe("0 reset to new (Anki's forget), 1 Again, 2 Hard, 3 Good, 4 Easy"),
  state: cardState.describe("the card's state before this entry"),
  elapsedDays: z.number().int(),
  durationMs: z.number().int(),
  undone: z.boolean(),
});
export const cardDetail = deckCard.extend({
  choices: z.array(z.string()).nullable(),
  explanation: z.string(),
  sourceSentence: z.string(),
  lastReview: z.string().nullable(),
  retrievability: z.number().nullable().describe("probability of recall now (null for a new card)"),
  history: z.array(reviewHistoryEntry).describe("oldest first"),
});
export type CardDetail = z.infer<typeof cardDetail>;

/** PATCH /api/cards/{id}: one or more marks. */
export const cardPatchBody = z
  .object({
    suspended: z.boolean({ error: "suspended must be true or false" }).optional(),
    buried: z.boolean({ error: "buried must be true or false" }).optional().describe("true buries until the start of your next day"),
    flag: flagValue.optional(),
  })
  .strict()
  .refine((b) => b.suspended !== undefined || b.buried !== undefined || b.flag !== undefined, {
    message: "give at least one of suspended, buried, flag",
    path: ["suspended"],
  });

/** POST /api/cards/bulk: one action on a selection. */
export const cardBulkBody = z
  .object({
    ids: z
      .array(z.string().min(1).max(100), { error: "ids must be a list of card ids" })
      .min(1, { error: "ids must name at least one card" })
      .max(MAX_BULK_CARDS, { error: `ids may name at most ${MAX_BULK_CARDS} cards` }),
    action: z.enum(CARD_ACTIONS, { error: `action must be one of ${CARD_ACTIONS.join(", ")}` }),
    flag: flagValue.optional().describe("with action flag: 0–7 (0 removes the flag)"),
  })
  .strict()
  .refine((b) => b.action !== "flag" || b.flag !== undefined, { message: "action flag needs a flag 0–7", path: ["flag"] });
export type CardBulkBody = z.infer<typeof cardBulkBody>;
export const cardBulkResult = z.object({ changed: z.number().int().describe("cards the action changed (a reset skips new cards)") });

// ---------- the in-app optimizer ----------

export const evaluation = z.object({
  reviews: z.number().int().describe("long-term reviews the figures are measured on"),
  logLoss: z.number().nullable(),
  rmse: z.number().nullable().describe("RMSE of predicted vs actual recall, over bins of predicted recall"),
});
export const evaluationResult = evaluation.extend({ parameters: z.enum(["default", "fitted"]) });

export const optimizeJob = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  phase: z.string().describe("what the job is doing, for the progress line"),
  progress: z.number().describe("0–1"),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: z
    .object({
      before: evaluation,
      after: evaluation.nullable().describe("null when no fit ran (too few reviews, no optimizer)"),
      applied: z.boolean().describe("the fitted parameters beat the current ones on your log and are now in use"),
      rescheduled: z.number().int(),
      message: z.string(),
    })
    .nullable(),
  error: z.string().nullable(),
});
export type OptimizeJob = z.infer<typeof optimizeJob>;

const cards = ["cards"];
const settings = ["settings"];
/** Every deck-browser and optimizer route, keyed "METHOD /path". */
export const deckRoutes = defineRoutes({
  "GET /api/cards": { method: "GET", path: "/api/cards", summary: "Browse your cards: search, filter, sort, keyset pages", tags: cards, query: cardListQuery, response: cardListResult, errors: [400, 401] },
  "POST /api/cards/bulk": { method: "POST", path: "/api/cards/bulk", summary: "Suspend, unsuspend, bury, unbury, reset, flag or delete a selection of your cards", tags: cards, body: cardBulkBody, response: cardBulkResult, errors: [400, 401, 404] },
  "GET /api/cards/{id}": { method: "GET", path: "/api/cards/{id}", summary: "One of your cards: front, back, source, history, memory state", tags: cards, response: cardDetail, errors: [401, 404] },
  "PATCH /api/cards/{id}": { method: "PATCH", path: "/api/cards/{id}", summary: "Suspend, bury or flag one of your cards", tags: cards, body: cardPatchBody, response: cardDetail, errors: [400, 401, 404] },
  "DELETE /api/cards/{id}": { method: "DELETE", path: "/api/cards/{id}", summary: "Delete one of your cards and its history", tags: cards, status: 204, responseDescription: "Deleted", errors: [401, 404] },
  "POST /api/cards/{id}/reset": { method: "POST", path: "/api/cards/{id}/reset", summary: "Reset a card to new (logged as Anki's forget)", tags: cards, response: cardDetail, errors: [401, 404] },
  "POST /api/settings/optimize": { method: "POST", path: "/api/settings/optimize", summary: "Start fitting FSRS parameters to your review log (answers at once with a job to poll)", tags: settings, status: 202, response: optimizeJob, errors: [401] },
  "GET /api/settings/optimize/{id}": { method: "GET", path: "/api/settings/optimize/{id}", summary: "Progress and result of your optimize job", tags: settings, response: optimizeJob, errors: [401, 404] },
  "GET /api/settings/evaluate": { method: "GET", path: "/api/settings/evaluate", summary: "Log loss and RMSE of your current parameters on your review log", tags: settings, response: evaluationResult, errors: [401] },
});

export const routes: ApiRoute[] = Object.values(deckRoutes);
