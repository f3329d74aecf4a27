// Daily review through the route handlers (and lib/db with a fixed clock where the day matters):
// decks from articles and sets, the queue, idempotent ratings, undo, settings, stats, replay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDbKind, useFreshDatabase } from "./helpers/db";
import { auth, call, guest, signUp } from "./helpers/http";
import { getDb, sqliteTransaction } from "@/lib/db/client";
import { importArticleFiles } from "@/lib/app/import-article";
import { buildOpenApi } from "@/lib/api/openapi";
import { cardSeed } from "@/lib/domain/card";
import { toCardSchedule as toSrsCard } from "@/lib/db/cards";
import { cardLogs, lastReviewedAt, ratingCountsBetween } from "@/lib/db/reviews";
import { applyCardAction } from "@/lib/app/card-browser";
import { rateCard, schedulingInstant, schedulingSettings, undoLastRating } from "@/lib/app/review";
import { reviewQueue } from "@/lib/app/review-queue";
import { loadStudySettings, updateStudySettings } from "@/lib/app/study-settings";
import { findUser, type AppUser } from "@/lib/db/users";
import { CARD_STATE, newCard, previewLabels, progressFromCounts, replayLogs, studyDayBounds, todaysProgress } from "@/lib/srs";
import * as deck from "@/app/api/deck/route";
import * as queue from "@/app/api/review/queue/route";
import * as review from "@/app/api/review/route";
import * as undo from "@/app/api/review/undo/route";
import * as study from "@/app/api/settings/study/route";
import * as zone from "@/app/api/settings/time-zone/route";
import * as stats from "@/app/api/stats/route";

const SEED = "iraq-us-forces-withdrawal";
const MIN = 60_000;
const DAY = 86_400_000;

let cleanup: () => Promise<void>;
let teacher: string;
let alice: string;
let bob: string;
let approvedCount = 0;
let factCount = 0;

type Queue = {
  counts: { new: number; learning: number; review: number };
  cards: { id: string; type: string; front: string; back: string; choices: string[] | null; source: { sentence: string }; intervals: Record<string, string> }[];
  tomorrow: { review: number; new: number };
};

const route = (fn: unknown) => fn as Parameters<typeof call>[0];
const addToDeck = (cookie: string, body: unknown) => call(route(deck.POST), "/api/deck", { body, cookie });
const getQueue = async (cookie: string): Promise<Queue> => {
  const res = await call(route(queue.GET), "/api/review/queue", { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const rate = (cookie: string, body: unknown) => call(route(review.POST), "/api/review", { body, cookie });
const undoIt = (cookie: string) => call(route(undo.POST), "/api/review/undo", { body: {}, cookie });
const putSettings = (cookie: string, body: unknown) => call(route(study.PUT), "/api/settings/study", { method: "PUT", body, cookie });
let keyCounter = 0;
const newKey = () => `test-key-${Date.now().toString(36)}-${keyCounter++}`;

async function userOf(cookie: string): Promise<AppUser> {
  const { GET } = await auth();
  const session = await (await call(GET, "/api/auth/get-session", { cookie })).json();
  return (await findUser(session.user.id as string))!;
}

const alice_cookie = () => alice;
const cardRow = (id: string) => getDb().card.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  const imported = await importArticleFiles([`content/articles/${SEED}.md`]);
  expect(imported[0].error).toBeUndefined();
  const approved = await getDb().question.findMany({ where: { article: { slug: SEED }, status: "APPROVED" }, select: { factKey: true } });
  approvedCount = approved.length;
  factCount = new Set(approved.map((q) => q.factKey)).size;
  teacher = await signUp("teacher@example.com", "correct horse 1", "Tess Teacher"); // first account: admin
  alice = await signUp("alice@example.com", "correct horse 1", "Alice");
  bob = await signUp("bob@example.com", "correct horse 1", "Bob");
}, 120_000);
afterAll(async () => cleanup());

describe("adding to the deck", () => {
  it("adds every approved question of an article once; a second time adds nothing", async () => {
    expect(approvedCount).toBeGreaterThan(3);
    const first = await addToDeck(alice, { articleSlug: SEED });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ added: approvedCount, already: 0, total: approvedCount });
    const again = await addToDeck(alice, { articleSlug: SEED });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ added: 0, already: approvedCount, total: approvedCount });
    const cards = await getDb().card.findMany({ where: { user: { email: "alice@example.com" } }, include: { question: true } });
    expect(cards).toHaveLength(approvedCount);
    for (const c of cards) expect(c.factKey).toBe(c.question.factKey);
  });

  it("answers 404 for unknown articles and 400 for a body naming both or neither source", async () => {
    expect((await addToDeck(alice, { articleSlug: "no-such-article" })).status).toBe(404);
    const both = await addToDeck(alice, { articleSlug: SEED, setId: "x" });
    expect(both.status).toBe(400);
    expect((await both.json()).errors[0].field).toBe("articleSlug");
    expect((await addToDeck(alice, {})).status).toBe(400);
    expect((await call(route(deck.POST), "/api/deck", { body: { articleSlug: SEED } })).status).toBe(401);
  });

  it("adds a set only when the learner may see it: owner, PUBLIC, or CLASS with membership", async () => {
    const db = getDb();
    const owner = await userOf(teacher);
    const bobUser = await userOf(bob);
    const qs = await db.question.findMany({ where: { article: { slug: SEED }, status: "APPROVED" }, take: 3 });
    const sets: Record<string, string> = {};
    for (const visibility of ["PRIVATE", "PUBLIC", "CLASS", "CLASS_OTHER"]) {
      const set = await db.questionSet.create({
        data: {
          slug: `set-${visibility.toLowerCase()}`,
          title: `Set ${visibility}`,
          ownerId: owner.id,
          visibility: visibility === "CLASS_OTHER" ? "CLASS" : visibility,
          items: { create: qs.map((q, position) => ({ questionId: q.id, position })) },
        },
      });
      sets[visibility] = set.id;
    }
    const klass = await db.class.create({ data: { name: "7B", joinCode: "JOIN7B", teacherId: owner.id } });
    await db.classMember.create({ data: { classId: klass.id, userId: bobUser.id } });
    await db.classAssignment.create({ data: { classId: klass.id, setId: sets.CLASS } });

    expect((await addToDeck(bob, { setId: sets.PRIVATE })).status).toBe(404);
    expect((await addToDeck(bob, { setId: sets.CLASS_OTHER })).status).toBe(404);
    expect((await addToDeck(bob, { setId: "clguessed0000000000000000" })).status).toBe(404);
    const pub = await addToDeck(bob, { setId: sets.PUBLIC });
    expect(pub.status).toBe(201);
    expect((await pub.json()).added).toBe(3);
    expect(await (await addToDeck(bob, { setId: sets.CLASS })).json()).toEqual({ added: 0, already: 3, total: 3 });
    expect((await addToDeck(teacher, { setId: sets.PRIVATE })).status).toBe(201);
  });
});

describe("the queue", () => {
  it("shows counts and the next cards with front, back, source and the server's interval labels", async () => {
    const me = await userOf(alice);
    // the server previews at the current minute: retry if the minute turned during the request
    let q: Queue, now: Date;
    do {
      const before = Math.floor(Date.now() / MIN);
      q = await getQueue(alice);
      now = schedulingInstant(new Date(), await lastReviewedAt(me.id));
      if (Math.floor(Date.now() / MIN) === before) break;
    } while (true);
    const settings = await loadStudySettings(me.id);
    expect(q.counts).toEqual({ new: Math.min(settings.newPerDay, factCount), learning: 0, review: 0 });
    expect(q.cards.length).toBeGreaterThan(0);
    for (const c of q.cards) {
      expect(c.front.length).toBeGreaterThan(0);
      expect(c.back.length).toBeGreaterThan(0);
      expect(c.source.sentence.length).toBeGreaterThan(0);
      if (c.type === "MCQ") expect(c.choices).toContain(c.back);
      // New cards: the preview does not depend on the exact instant (steps are 1m / 10m, then days)
      expect(c.intervals).toEqual(previewLabels(toSrsCard(await cardRow(c.id)), now, schedulingSettings(settings, me), cardSeed(c.id)));
      expect(c.intervals.again).toBe("1m");
      expect(c.intervals.good).toBe("10m");
    }
    // siblings never share today's queue
    const facts = (await getDb().card.findMany({ where: { id: { in: q.cards.map((c) => c.id) } } })).map((c) => c.factKey);
    expect(new Set(facts).size).toBe(facts.length);
  });

  it("goes out uncompressed: five cards fit one round trip, and gzip would only cost the server CPU", async () => {
    const res = await call(route(queue.GET), "/api/review/queue", { cookie: alice });
    expect((await res.clone().text()).length).toBeGreaterThan(1024);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
  });

  it("puts due (re)learning cards first in due order, a learn-ahead card last, and counts the ones due later today", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const me = await userOf(cookie);
    const t0 = new Date("2026-02-02T12:00:00Z"); // UTC learner: the day ends 2026-02-03 04:00
    const ids = (await getDb().card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" }, take: 5, select: { id: true } })).map((c) => c.id);
    const [learnA, relearnB, learnC, relearnD, suspendedE] = ids;
    const set = (id: string, state: number, offsetMs: number, suspended = false) =>
      getDb().card.update({ where: { id }, data: { state, due: new Date(t0.getTime() + offsetMs), suspended, reps: 1, stability: 1, difficulty: 5, lastReview: t0 } });
    await set(learnA, CARD_STATE.Learning, -5 * MIN);
    await set(relearnB, CARD_STATE.Relearning, -10 * MIN);
    await set(learnC, CARD_STATE.Learning, 1 * MIN); // inside the 20-minute learn-ahead window
    await set(relearnD, CARD_STATE.Relearning, 2 * 60 * MIN); // later today
    await set(suspendedE, CARD_STATE.Relearning, -20 * MIN, true);

    const q = await reviewQueue(me, t0, 10);
    expect(q.counts.learning).toBe(3);
    expect(q.cards.slice(0, 2).map((c) => c.id)).toEqual([relearnB, learnA]);
    // learnC is still inside its step: the new cards come first, it waits until nothing else is left
    const shown = q.cards.map((c) => c.id);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown[2]).not.toBe(learnC);
    if (shown.includes(learnC)) expect(shown.at(-1)).toBe(learnC);
    expect(q.cards.map((c) => c.id)).not.toContain(suspendedE);
    expect(q.cards.map((c) => c.id)).not.toContain(relearnD);
    expect(q.learningLaterToday).toBe(1);
    expect(q.nextLearningDue).toBe(new Date(t0.getTime() + 2 * 60 * MIN).toISOString());
  });

  it("needs a session, and is empty for a learner without cards", async () => {
    expect((await call(route(queue.GET), "/api/review/queue")).status).toBe(401);
    const g = await guest();
    const q = await getQueue(g);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(q.cards).toEqual([]);
  });
});

describe("rating", () => {
  it("applies a rating once, logs the state before, and a retried key changes nothing", async () => {
    const q = await getQueue(alice);
    const cardId = q.cards[0].id;
    const before = await cardRow(cardId);
    const key = newKey();
    const res = await rate(alice, { cardId, rating: 3, key, durationMs: 4200 });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.duplicate).toBe(false);
    expect(body.card.state).toBe(CARD_STATE.Learning);
    expect(body.card.reps).toBe(1);
    const logs = await getDb().reviewLog.findMany({ where: { cardId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, durationMs: 4200, clientKey: key, stability: before.stability, due: before.due });

    const retry = await rate(alice, { cardId, rating: 3, key, durationMs: 4200 });
    expect(retry.status).toBe(200);
    const again = await retry.json();
    expect(again.duplicate).toBe(true);
    expect(again.card).toEqual(body.card);
    expect(await getDb().reviewLog.count({ where: { cardId } })).toBe(1);
    // the same key for a different rating is a client bug, not a retry
    expect((await rate(alice, { cardId, rating: 1, key, durationMs: 0 })).status).toBe(409);
    const after = await getQueue(alice);
    expect(after.counts.learning).toBe(1);
    expect(after.counts.new).toBe(q.counts.new - 1);
  });

  it("finds exactly one ReviewLog after 50 identical concurrent requests", async () => {
    const q = await getQueue(alice);
    const cardId = q.cards.find((c) => c.intervals.again === "1m" && c.intervals.good === "10m")!.id;
    const key = newKey();
    const responses = await Promise.all(Array.from({ length: 50 }, () => rate(alice, { cardId, rating: 4, key, durationMs: 1000 })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200), JSON.stringify(statuses)).toBe(true);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    expect(new Set(bodies.map((b) => JSON.stringify(b.card))).size).toBe(1);
    expect(await getDb().reviewLog.count({ where: { clientKey: key } })).toBe(1);
    const card = await cardRow(cardId);
    expect(card.reps).toBe(1);
    expect(card.state).toBe(CARD_STATE.Review);
  }, 60_000);

  it("serialises 50 different concurrent ratings of one card: all 200, 50 logs, the card is their replay", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const me = await userOf(cookie);
    const cardId = (await getQueue(cookie)).cards[0].id;
    const keys = Array.from({ length: 50 }, newKey);
    const responses = await Promise.all(keys.map((key, i) => rate(cookie, { cardId, rating: (i % 4) + 1, key, durationMs: 500 })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200), JSON.stringify(statuses)).toEqual([]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(0);
    const row = await cardRow(cardId);
    const logs = await cardLogs(cardId);
    expect(logs).toHaveLength(50);
    expect(row.reps).toBe(50);
    // nothing lost: each rating saw the card as the one before left it
    expect(replayLogs(newCard(row.createdAt), logs, await loadStudySettings(me.id), cardSeed(cardId))).toEqual(toSrsCard(row));
  }, 120_000);

  it("a rating made while another request's transaction is open is its own: that transaction's rollback keeps it", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const me = await userOf(cookie);
    const cardId = (await getQueue(cookie)).cards[0].id;
    let rated: Promise<Response> | undefined;
    const other = getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: me.id }, data: { name: "Renamed in a transaction" } });
      // On SQLite the rating's write comes while this transaction holds the one connection open.
      rated = rate(cookie, { cardId, rating: 3, key: newKey(), durationMs: 1000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new Error("roll this back");
    });
    await expect(other).rejects.toThrow("roll this back");
    expect((await rated!).status).toBe(200);
    expect(await getDb().reviewLog.count({ where: { cardId } })).toBe(1);
    expect((await cardRow(cardId)).reps).toBe(1);
    expect((await findUser(me.id))!.name).not.toBe("Renamed in a transaction");
  });

  it.skipIf(testDbKind !== "sqlite")("a SQLite write that throws midway leaves nothing behind, and the next one applies", async () => {
    const cardId = (await getQueue(alice)).cards[0].id;
    const flagOf = async () => (await cardRow(cardId)).flag;
    const before = await flagOf();
    await expect(
      sqliteTransaction((run) => {
        if (run`UPDATE "Card" SET flag = ${before + 1} WHERE id = ${cardId}` === 1) throw new Error("midway");
      }),
    ).rejects.toThrow("midway");
    expect(await flagOf()).toBe(before);
    expect(await sqliteTransaction((run) => run`UPDATE "Card" SET flag = ${before + 2} WHERE id = ${cardId}`)).toBe(1);
    expect(await flagOf()).toBe(before + 2);
    await sqliteTransaction((run) => run`UPDATE "Card" SET flag = ${before} WHERE id = ${cardId}`);
  });

  it("answers 404 for someone else's card and for guessed ids, 400 with the field for bad input", async () => {
    const bobCard = await getDb().card.findFirstOrThrow({ where: { user: { email: "bob@example.com" } } });
    const stolen = await rate(alice, { cardId: bobCard.id, rating: 3, key: newKey(), durationMs: 0 });
    expect(stolen.status).toBe(404);
    expect(stolen.headers.get("content-type")).toContain("application/problem+json");
    expect((await rate(alice, { cardId: "clguessed0000000000000000", rating: 3, key: newKey(), durationMs: 0 })).status).toBe(404);
    expect((await cardRow(bobCard.id)).reps).toBe(0);
    const bad = await rate(alice, { cardId: bobCard.id, rating: 5, key: "short", durationMs: -1 });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()).errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(["durationMs", "key", "rating"]);
    expect((await rate(alice, { cardId: bobCard.id, rating: 3, key: newKey(), extra: 1 })).status).toBe(400);
    expect((await call(route(review.POST), "/api/review", { body: { cardId: bobCard.id, rating: 3, key: newKey() }, origin: "https://evil.example" })).status).toBe(403);
  });
});

describe("undo", () => {
  it("restores the card exactly and marks the log undone; nothing left → 409", async () => {
    const g = await guest();
    expect((await addToDeck(g, { articleSlug: SEED })).status).toBe(201);
    const q = await getQueue(g);
    const cardId = q.cards[0].id;
    const before = await cardRow(cardId);
    expect((await rate(g, { cardId, rating: 3, key: newKey(), durationMs: 0 })).status).toBe(200);
    expect((await rate(g, { cardId, rating: 1, key: newKey(), durationMs: 0 })).status).toBe(200);
    const mid = await getDb().reviewLog.findMany({ where: { cardId }, orderBy: { reviewedAt: "asc" } });
    expect(mid).toHaveLength(2);

    const u1 = await undoIt(g);
    expect(u1.status).toBe(200);
    expect((await u1.json()).rating).toBe(1);
    const afterFirst = await cardRow(cardId);
    expect(afterFirst.reps).toBe(1);
    expect(afterFirst.lastReview).toEqual(mid[0].reviewedAt);
    const u2 = await undoIt(g);
    expect(u2.status).toBe(200);
    const restored = await cardRow(cardId);
    for (const k of ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const) {
      expect(restored[k], k).toEqual(before[k]);
    }
    expect(await getDb().reviewLog.count({ where: { cardId, undoneAt: null } })).toBe(0);
    expect((await undoIt(g)).status).toBe(409);
    // and the card is back in the queue as new
    const q2 = await getQueue(g);
    expect(q2.counts).toEqual(q.counts);
  });

  it("never touches another learner's ratings", async () => {
    const bobBefore = await getDb().reviewLog.count({ where: { user: { email: "bob@example.com" }, undoneAt: null } });
    const bq = await getQueue(bob);
    await rate(bob, { cardId: bq.cards[0].id, rating: 3, key: newKey(), durationMs: 0 });
    const g = await guest();
    expect((await undoIt(g)).status).toBe(409);
    expect(await getDb().reviewLog.count({ where: { user: { email: "bob@example.com" }, undoneAt: null } })).toBe(bobBefore + 1);
  });
});

describe("the learner's day (fixed clock through lib/db)", () => {
  it("new-card limit resets at 04:00 local, not before (America/New_York)", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const user = await userOf(cookie);
    await updateStudySettings(user.id, { newPerDay: 2, timeZone: "America/New_York", dayStartHour: 4 }, new Date());
    const learner = (await findUser(user.id))!;
    // 2026-01-15 03:30 EST = 08:30Z: still the study day of the 14th
    const t0 = new Date("2026-01-15T08:30:00Z");
    const q0 = await reviewQueue(learner, t0);
    expect(q0.day.dayKey).toBe("2026-01-14");
    expect(q0.counts.new).toBe(2);
    for (const c of q0.cards.slice(0, 2)) {
      const r = await rateCard(learner, { cardId: c.id, rating: 4, key: newKey(), durationMs: 0 }, t0);
      expect(r.kind).toBe("ok");
    }
    const at0359 = await reviewQueue(learner, new Date("2026-01-15T08:59:00Z"));
    expect(at0359.counts.new).toBe(0);
    expect(at0359.tomorrow.new).toBe(2);
    const at0400 = await reviewQueue(learner, new Date("2026-01-15T09:00:00Z"));
    expect(at0400.day.dayKey).toBe("2026-01-15");
    expect(at0400.counts.new).toBe(2);
    // yesterday's ratings cannot be undone today
    expect((await undoLastRating(learner, new Date("2026-01-15T09:00:00Z"))).kind).toBe("nothing");
    expect((await undoLastRating(learner, new Date("2026-01-15T08:59:00Z"))).kind).toBe("ok");
  });

  it("new cards get only what the review limit leaves (Anki v3), unless new cards ignore it; learn-ahead is the setting", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const user = await userOf(cookie);
    await updateStudySettings(user.id, { newPerDay: 3, maxReviewsPerDay: 3, timeZone: "Asia/Tokyo" }, new Date());
    const me = (await findUser(user.id))!;
    const t0 = new Date("2026-04-01T01:00:00Z"); // 10:00 in Tokyo
    for (const c of (await reviewQueue(me, t0)).cards.slice(0, 3)) {
      expect((await rateCard(me, { cardId: c.id, rating: 4, key: newKey(), durationMs: 0 }, t0)).kind).toBe("ok");
    }
    // a month later all three are due: they fill the review limit, no new card comes
    const later = new Date("2026-05-01T01:00:00Z");
    const full = await reviewQueue(me, later);
    expect(full.counts).toEqual({ new: 0, learning: 0, review: 3 });
    expect(full.learnAheadMinutes).toBe(20);
    // a limit of 4: the three reviews leave one place, for one new card
    await updateStudySettings(me.id, { maxReviewsPerDay: 4 }, later);
    expect((await reviewQueue(me, later)).counts).toEqual({ new: 1, learning: 0, review: 3 });
    await updateStudySettings(me.id, { newIgnoresReviewLimit: true, learnAheadMinutes: 0 }, later);
    const free = await reviewQueue(me, later);
    expect(free.counts).toEqual({ new: 3, learning: 0, review: 3 });
    expect(free.learnAheadMinutes).toBe(0);
  });

  it("interday learning cards (a step of a day) are gathered first out of the review limit, and answering one uses it up (Anki v3)", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const user = await userOf(cookie);
    await updateStudySettings(user.id, { newPerDay: 3, maxReviewsPerDay: 3, learningSteps: "1d", timeZone: "Asia/Tokyo" }, new Date());
    const me = (await findUser(user.id))!;
    const t0 = new Date("2026-04-01T01:00:00Z"); // 10:00 in Tokyo
    const first = (await reviewQueue(me, t0)).cards.slice(0, 3);
    expect(first).toHaveLength(3);
    for (const c of first) expect((await rateCard(me, { cardId: c.id, rating: 1, key: newKey(), durationMs: 0 }, t0)).kind).toBe("ok");
    const rows = await Promise.all(first.map((c) => cardRow(c.id)));
    expect(rows.map((r) => [r.state, r.scheduledDays])).toEqual(rows.map(() => [CARD_STATE.Learning, 1]));
    // the next day all three are due: a limit of 2 takes two of them, and leaves no room for new cards
    const next = new Date("2026-04-02T01:00:00Z");
    await updateStudySettings(me.id, { maxReviewsPerDay: 2 }, next);
    const day2 = await reviewQueue(me, next);
    expect(day2.counts).toEqual({ new: 0, learning: 2, review: 0 });
    // one answered (it graduates) uses one place: one of the two left fits
    expect((await rateCard(me, { cardId: day2.cards[0].id, rating: 3, key: newKey(), durationMs: 0 }, next)).kind).toBe("ok");
    expect((await reviewQueue(me, next)).counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("today's counters, counted by the database, leave out undone ratings, forgets, other days and ratings after now", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const user = await userOf(cookie);
    await updateStudySettings(user.id, { newPerDay: 4, timeZone: "Asia/Tokyo" }, new Date());
    const me = (await findUser(user.id))!;
    const yesterday = new Date("2026-03-31T01:00:00Z");
    const t0 = new Date("2026-04-01T01:00:00Z"); // 10:00 in Tokyo
    const [y] = (await reviewQueue(me, yesterday)).cards;
    expect((await rateCard(me, { cardId: y.id, rating: 4, key: newKey(), durationMs: 0 }, yesterday)).kind).toBe("ok");
    const fresh = (await reviewQueue(me, t0)).cards.filter((c) => c.state === CARD_STATE.New).slice(0, 3);
    expect(fresh).toHaveLength(3);
    for (const [i, c] of fresh.entries()) {
      expect((await rateCard(me, { cardId: c.id, rating: 3, key: newKey(), durationMs: 0 }, new Date(t0.getTime() + i * MIN))).kind).toBe("ok");
    }
    expect((await undoLastRating(me, new Date(t0.getTime() + 3 * MIN))).kind).toBe("ok"); // the third: undone
    expect((await applyCardAction(me, [fresh[0].id], { kind: "reset" }, new Date(t0.getTime() + 4 * MIN))).kind).toBe("ok"); // a forget log
    const later = new Date(t0.getTime() + 5 * MIN);
    const today = studyDayBounds(later, me.timeZone, me.dayStartHour);
    const factOf = new Map((await getDb().card.findMany({ where: { userId: me.id }, select: { id: true, factKey: true } })).map((c) => [c.id, c.factKey]));
    const logs = await Promise.all([y.id, ...fresh.map((c) => c.id)].map(async (id) => (await cardLogs(id)).map((l) => ({ ...l, factKey: factOf.get(id) }))));
    const counted = progressFromCounts(await ratingCountsBetween(me.id, today.start, today.end, later));
    expect(counted).toEqual(todaysProgress(logs.flat(), later, me.timeZone, me.dayStartHour));
    expect(counted.introducedNewToday).toBe(2);
    expect(counted.buriedFactKeys).toEqual([...new Set(fresh.slice(0, 2).map((c) => factOf.get(c.id)!))].sort());
    // a queue asked for before the second rating sees only the first
    const between = progressFromCounts(await ratingCountsBetween(me.id, today.start, today.end, new Date(t0.getTime() + MIN / 2)));
    expect(between.introducedNewToday).toBe(1);
  });

  it("a rating is logged at the request's own instant, not rounded to the minute (a log never predates its card)", async () => {
    expect(schedulingInstant(new Date("2026-05-01T10:00:30.500Z"), null).toISOString()).toBe("2026-05-01T10:00:30.500Z");
    expect(schedulingInstant(new Date("2026-05-01T10:00:30.500Z"), new Date("2026-05-01T10:00:30.500Z")).toISOString()).toBe(
      "2026-05-01T10:00:30.501Z",
    );
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const me = await userOf(cookie);
    const t = new Date("2026-03-01T09:00:42.250Z");
    const [c] = (await reviewQueue(me, t)).cards;
    expect((await rateCard(me, { cardId: c.id, rating: 3, key: newKey(), durationMs: 0 }, t)).kind).toBe("ok");
    const [log] = await cardLogs(c.id);
    expect(log.reviewedAt.toISOString()).toBe("2026-03-01T09:00:42.250Z");
    expect((await cardRow(c.id)).lastReview!.toISOString()).toBe("2026-03-01T09:00:42.250Z");
  });

  it("replaying the stored ReviewLog rows reproduces every stored card state", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const learner = await userOf(cookie);
    await updateStudySettings(learner.id, { timeZone: "Europe/Berlin" }, new Date());
    const me = (await findUser(learner.id))!;
    let t = new Date("2026-03-01T09:00:00Z");
    const ratings = [3, 3, 1, 2, 3, 4, 1, 3, 3, 2] as const;
    for (let step = 0; step < ratings.length; step++) {
      const q = await reviewQueue(me, t);
      for (const [i, c] of q.cards.slice(0, 3).entries()) {
        await rateCard(me, { cardId: c.id, rating: ratings[(step + i) % ratings.length], key: newKey(), durationMs: 100 }, t);
      }
      if (step % 3 === 1) await undoLastRating(me, new Date(t.getTime() + MIN));
      t = new Date(t.getTime() + (step % 2 ? DAY * (step + 1) : 11 * MIN));
    }
    // the scheduler counts in the learner's day: replay does too
    const settings = schedulingSettings(await loadStudySettings(me.id), me);
    const cards = await getDb().card.findMany({ where: { userId: me.id, reps: { gt: 0 } } });
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.some((c) => c.state === CARD_STATE.Review)).toBe(true);
    for (const row of cards) {
      const logs = await cardLogs(row.id);
      const replayed = replayLogs(newCard(row.createdAt), logs, settings, cardSeed(row.id));
      expect(replayed).toEqual(toSrsCard(row));
    }
    // after a settings change the stored cards still equal their replay under the new settings
    const res = await updateStudySettings(me.id, { desiredRetention: 0.8, learningSteps: "2m 15m" }, t);
    expect(res!.rescheduled).toBeGreaterThan(0);
    const changed = schedulingSettings(await loadStudySettings(me.id), me);
    for (const row of await getDb().card.findMany({ where: { userId: me.id, reps: { gt: 0 } } })) {
      expect(replayLogs(newCard(row.createdAt), await cardLogs(row.id), changed, cardSeed(row.id))).toEqual(toSrsCard(row));
    }
  }, 60_000);
});

describe("leeches", () => {
  it("suspends a card at the leech threshold (SUSPEND), only tags it with TAG, and undo lifts it", async () => {
    const cookie = await guest();
    await addToDeck(cookie, { articleSlug: SEED });
    const me = await userOf(cookie);
    await updateStudySettings(me.id, { leechThreshold: 1 }, new Date());
    const t0 = new Date("2026-02-02T12:00:00Z");
    const [a, b] = (await reviewQueue(me, t0)).cards;
    for (const c of [a, b]) expect((await rateCard(me, { cardId: c.id, rating: 4, key: newKey(), durationMs: 0 }, t0)).kind).toBe("ok");
    const later = new Date(t0.getTime() + 30 * DAY);
    const lapse = await rateCard(me, { cardId: a.id, rating: 1, key: newKey(), durationMs: 0 }, later);
    expect(lapse).toMatchObject({ kind: "ok", leech: true, card: { leech: true, suspended: true, lapses: 1 } });
    expect((await reviewQueue(me, later)).cards.map((c) => c.id)).not.toContain(a.id);
    expect((await undoLastRating(me, new Date(later.getTime() + MIN))).kind).toBe("ok");
    expect(await cardRow(a.id)).toMatchObject({ leech: false, suspended: false, lapses: 0 });

    await updateStudySettings(me.id, { leechAction: "TAG" }, later);
    const tagged = await rateCard(me, { cardId: b.id, rating: 1, key: newKey(), durationMs: 0 }, new Date(later.getTime() + 2 * MIN));
    expect(tagged).toMatchObject({ kind: "ok", leech: true, card: { leech: true, suspended: false } });
  });
});

describe("study settings", () => {
  it("returns defaults with the learner's zone and day start", async () => {
    const res = await call(route(study.GET), "/api/settings/study", { cookie: bob });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ newPerDay: 20, maxReviewsPerDay: 200, desiredRetention: 0.9, learningSteps: "1m 10m", enableFuzz: true, leechAction: "SUSPEND", timeZone: "UTC", dayStartHour: 4 });
  });

  it("rejects bad values with 400 naming every field, and saves nothing", async () => {
    const res = await putSettings(bob, {
      desiredRetention: 0.5, learningSteps: "1m ten", timeZone: "Mars/Olympus", dayStartHour: 24, newPerDay: -1, leechAction: "DELETE",
    });
    expect(res.status).toBe(400);
    const errors = (await res.json()).errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(["dayStartHour", "desiredRetention", "learningSteps", "leechAction", "newPerDay", "timeZone"]);
    expect(errors.find((e) => e.field === "desiredRetention")!.message).toMatch(/0\.70 and 0\.99/);
    expect(errors.find((e) => e.field === "learningSteps")!.message).toMatch(/"ten"/);
    expect((await putSettings(bob, { unknown: 1 })).status).toBe(400);
    const after = await (await call(route(study.GET), "/api/settings/study", { cookie: bob })).json();
    expect(after.desiredRetention).toBe(0.9);
  });

  it("accepts FSRS-6, FSRS-5 and FSRS-4.5 parameter sets and refuses others with the field named", async () => {
    const g = await guest();
    const w6 = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
    for (const w of [w6, w6.slice(0, 19), w6.slice(0, 17)]) {
      const res = await putSettings(g, { parameters: w });
      expect(res.status, await res.clone().text()).toBe(200);
      expect((await res.json()).parameters).toEqual(w);
    }
    for (const [w, message] of [
      [w6.slice(0, 18), /17, 19 or 21/],
      [[...w6.slice(0, 20), 1.5], /w20 \(the decay\)/],
      [[-1, ...w6.slice(1)], /w0 \(a first-answer stability\)/],
    ] as const) {
      const res = await putSettings(g, { parameters: w });
      expect(res.status).toBe(400);
      const errors = (await res.json()).errors as { field: string; message: string }[];
      expect(errors.map((e) => e.field)).toEqual(["parameters"]);
      expect(errors[0].message).toMatch(message);
    }
  });

  it("saves a change, moves the learner's day and reschedules their cards", async () => {
    const bobUser = await userOf(bob);
    const reviewed = await getDb().card.findFirstOrThrow({ where: { userId: bobUser.id, reps: { gt: 0 } } });
    const res = await putSettings(bob, { desiredRetention: 0.8, maximumInterval: 365, timeZone: "Pacific/Auckland", dayStartHour: 5 });
    expect(res.status, await res.clone().text()).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({ desiredRetention: 0.8, maximumInterval: 365, timeZone: "Pacific/Auckland", dayStartHour: 5 });
    expect(saved.rescheduled).toBeGreaterThan(0);
    const q = await getQueue(bob);
    expect(q).toMatchObject({ day: { timeZone: "Pacific/Auckland", dayStartHour: 5 } });
    const after = await cardRow(reviewed.id);
    const settings = schedulingSettings(await loadStudySettings(bobUser.id), { timeZone: "Pacific/Auckland", dayStartHour: 5 });
    expect(replayLogs(newCard(after.createdAt), await cardLogs(after.id), settings, cardSeed(after.id))).toEqual(toSrsCard(after));
  });

  it("adopts the browser's time zone only while the default UTC is set", async () => {
    const g = await guest();
    const first = await call(route(zone.POST), "/api/settings/time-zone", { body: { timeZone: "Europe/Berlin" }, cookie: g });
    expect(await first.json()).toEqual({ adopted: true, timeZone: "Europe/Berlin" });
    const second = await call(route(zone.POST), "/api/settings/time-zone", { body: { timeZone: "Asia/Tokyo" }, cookie: g });
    expect(await second.json()).toEqual({ adopted: false, timeZone: "Europe/Berlin" });
    expect((await call(route(zone.POST), "/api/settings/time-zone", { body: { timeZone: "Nowhere/Land" }, cookie: g })).status).toBe(400);
  });
});

describe("stats", () => {
  it("counts only the learner's own cards and reviews", async () => {
    const res = await call(route(stats.GET), "/api/stats", { cookie: alice });
    expect(res.status).toBe(200);
    const s = await res.json();
    const aliceUser = await userOf(alice);
    const own = await getDb().card.count({ where: { userId: aliceUser.id } });
    expect(s.totalCards).toBe(own);
    const byState = s.cardsByState as Record<string, number>;
    expect(Object.values(byState).reduce((a, b) => a + b, 0)).toBe(own);
    expect(s.dueForecast).toHaveLength(30);
    expect(s.reviewsPerDay).toHaveLength(365);
    expect(s.reviewsPerDay.at(-1).count).toBe(await getDb().reviewLog.count({ where: { userId: aliceUser.id, undoneAt: null } }));
    expect(s.streaks.current).toBe(1);
    const empty = await (await call(route(stats.GET), "/api/stats", { cookie: await guest() })).json();
    expect(empty.totalCards).toBe(0);
    expect(empty.streaks).toEqual({ current: 0, longest: 0 });
    expect((await call(route(stats.GET), "/api/stats")).status).toBe(401);
  });
});

describe("fitting personal parameters (factdeck fit --user)", () => {
  it("stores the report; parameters only when applied, and then reschedules the learner's cards", async () => {
    const { run } = await import("@/bin/commands/fit");
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      expect(await run(["--user", "alice@example.com"])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join("")).toMatch(/log loss — defaults: .* fitted: /);
    expect(out.join("")).toMatch(/Not enough reviews to fit/);
    const alice = await userOf(alice_cookie());
    let row = await getDb().studySettings.findUniqueOrThrow({ where: { userId: alice.id } });
    expect(row.parameters).toBeNull();
    expect(JSON.parse(row.fitReport!).applied).toBe(false);
    await expect(run(["--user", "nobody@example.com"])).rejects.toThrow(/no account/);

    // an applied fit (the optimizer itself is tested in tests/unit/srs/fit.test.ts)
    const { default_w } = await import("ts-fsrs");
    const w = [...default_w];
    w[0] = 0.5; // a shorter first "Again" stability
    const { fitLearnerParameters } = await import("@/lib/app/fit");
    const outcome = await fitLearnerParameters("alice@example.com", new Date(), {
      fit: async () => ({ parameters: w, logLossDefault: 0.4, logLossCurrent: 0.4, rmseCurrent: 0.05, logLossFitted: 0.3, rmseFitted: 0.03, reviews: 500, applied: true, message: "better" }),
    });
    expect(outcome.kind === "ok" && outcome.rescheduled).toBeGreaterThan(0);
    row = await getDb().studySettings.findUniqueOrThrow({ where: { userId: alice.id } });
    expect(JSON.parse(row.parameters!)).toEqual(w);
    expect(row.parametersFittedAt).not.toBeNull();
    const settings = schedulingSettings(await loadStudySettings(alice.id), (await findUser(alice.id))!);
    expect(settings.parameters).toEqual(w);
    for (const card of await getDb().card.findMany({ where: { userId: alice.id, reps: { gt: 0 } } })) {
      expect(replayLogs(newCard(card.createdAt), await cardLogs(card.id), settings, cardSeed(card.id))).toEqual(toSrsCard(card));
    }
  });
});

describe("OpenAPI", () => {
  it("documents every review route", () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [["/api/deck", "post"], ["/api/review/queue", "get"], ["/api/review", "post"], ["/api/review/undo", "post"], ["/api/settings/study", "put"], ["/api/settings/study", "get"], ["/api/stats", "get"]]) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
});
