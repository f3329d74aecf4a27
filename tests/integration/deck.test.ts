// The deck browser through its route handlers: list (search, filters, sorts, keyset pages), one card
// (history, memory state), suspend / bury / flag / reset / delete, one at a time and in bulk, and
// what the review queue shows afterwards. Someone else's card is a 404; a bad filter a 400 naming it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { importArticleFiles } from "@/lib/app/import-article";
import { cardSeed } from "@/lib/domain/card";
import { toCardSchedule } from "@/lib/db/cards";
import { cardLogs } from "@/lib/db/reviews";
import { loadStudySettings } from "@/lib/app/study-settings";
import { reviewQueue } from "@/lib/app/review-queue";
import { findUser } from "@/lib/db/users";
import { CARD_STATE, newCard, replayLogs, studyDayBounds } from "@/lib/srs";
import * as deck from "@/app/api/deck/route";
import * as queue from "@/app/api/review/queue/route";
import * as review from "@/app/api/review/route";
import * as undo from "@/app/api/review/undo/route";
import * as cards from "@/app/api/cards/route";
import * as bulk from "@/app/api/cards/bulk/route";
import * as one from "@/app/api/cards/[id]/route";
import * as reset from "@/app/api/cards/[id]/reset/route";

const SEED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];

let cleanup: () => Promise<void>;
let alice: string;
let bob: string;
let aliceId: string;
let bobCardId: string;
let total = 0;

type ListPage = { cards: Array<{ id: string; front: string; back: string; state: number; due: string; lapses: number; flag: number; suspended: boolean; buriedUntil: string | null; leech: boolean; article: { slug: string } | null }>; nextCursor: string | null };
const list = async (cookie: string, query: string): Promise<ListPage> => {
  const res = await call(route(cards.GET), `/api/cards${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const listAll = async (cookie: string, query: string): Promise<ListPage["cards"]> => {
  const out: ListPage["cards"] = [];
  let cursor: string | null = null;
  do {
    const sep = query ? "&" : "?";
    const page: ListPage = await list(cookie, `${query}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ""}`);
    out.push(...page.cards);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};
const getOne = (cookie: string, id: string) => call(route(one.GET), `/api/cards/${id}`, { cookie, params: { id } });
const patch = (cookie: string, id: string, body: unknown) => call(route(one.PATCH), `/api/cards/${id}`, { method: "PATCH", body, cookie, params: { id } });
const del = (cookie: string, id: string) => call(route(one.DELETE), `/api/cards/${id}`, { method: "DELETE", cookie, params: { id } });
const resetIt = (cookie: string, id: string) => call(route(reset.POST), `/api/cards/${id}/reset`, { method: "POST", cookie, params: { id } });
const doBulk = (cookie: string, body: unknown) => call(route(bulk.POST), "/api/cards/bulk", { body, cookie });
const queueOf = async (cookie: string) => {
  const res = await call(route(queue.GET), "/api/review/queue", { cookie });
  return (await res.json()) as { counts: { new: number; learning: number; review: number }; cards: { id: string }[] };
};
let keyN = 0;
const rate = (cookie: string, cardId: string, rating: number) =>
  call(route(review.POST), "/api/review", { body: { cardId, rating, key: `deck-test-${keyN++}-${Date.now()}` }, cookie });

async function expectProblem(res: Response, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const body = await res.json();
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  const imported = await importArticleFiles([`content/articles/${SEED}.md`]);
  expect(imported[0].error).toBeUndefined();
  await signUp("admin@example.com");
  alice = await signUp("alice@example.com");
  bob = await signUp("bob@example.com");
  expect((await call(route(deck.POST), "/api/deck", { body: { articleSlug: SEED }, cookie: alice })).status).toBe(201);
  expect((await call(route(deck.POST), "/api/deck", { body: { articleSlug: SEED }, cookie: bob })).status).toBe(201);
  const { GET } = await auth();
  aliceId = (await (await call(GET, "/api/auth/get-session", { cookie: alice })).json()).user.id;
  total = await getDb().card.count({ where: { userId: aliceId } });
  bobCardId = (await getDb().card.findFirstOrThrow({ where: { user: { email: "bob@example.com" } } })).id;
}, 120_000);
afterAll(async () => cleanup());

describe("listing", () => {
  it("pages through exactly the learner's own cards, in a stable (due, id) order, with no repeats", async () => {
    expect(total).toBeGreaterThan(6);
    const all = await listAll(alice, "?limit=3");
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    expect(all.map((c) => c.id)).not.toContain(bobCardId);
    const keys = all.map((c) => [Date.parse(c.due), c.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
    const first = await list(alice, "?limit=3");
    expect(first.cards).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    expect(all[0].front.length).toBeGreaterThan(0);
    expect(all[0].article?.slug).toBe(SEED);
  });

  it("searches the front and back text, case-insensitively", async () => {
    const row = await getDb().card.findFirstOrThrow({ where: { userId: aliceId }, include: { question: true } });
    const word = row.question.answer.split(/\s+/).find((w) => w.length >= 4) ?? row.question.answer;
    const hits = await listAll(alice, `?q=${encodeURIComponent(word.toUpperCase())}`);
    expect(hits.map((c) => c.id)).toContain(row.id);
    for (const c of hits) expect(`${c.front} ${c.back}`.toLowerCase()).toContain(word.toLowerCase());
    expect((await list(alice, "?q=zzqqxx-no-such-text")).cards).toEqual([]);
    // LIKE's wildcards are searched for as text, not as patterns
    expect((await list(alice, `?q=${encodeURIComponent("%")}`)).cards).toEqual([]);
    const blanks = await listAll(alice, `?q=${encodeURIComponent("_____")}`);
    for (const c of blanks) expect(`${c.front} ${c.back}`).toContain("_____");
    expect(blanks.length).toBeLessThan(total);
  });

  it("filters by article, set, flag, leech and state, and sorts by lapses descending with the id as tie-break", async () => {
    const db = getDb();
    const mine = await db.card.findMany({ where: { userId: aliceId }, orderBy: { id: "asc" } });
    await db.card.update({ where: { id: mine[0].id }, data: { lapses: 5, leech: true, flag: 3 } });
    await db.card.update({ where: { id: mine[1].id }, data: { lapses: 2, flag: 3 } });
    expect((await listAll(alice, `?article=${SEED}`)).length).toBe(total);
    expect((await listAll(alice, "?article=no-such-article")).length).toBe(0);
    const flagged = await listAll(alice, "?flag=3");
    expect(flagged.map((c) => c.id).sort()).toEqual([mine[0].id, mine[1].id].sort());
    expect((await listAll(alice, "?leech=true")).map((c) => c.id)).toEqual([mine[0].id]);
    expect((await listAll(alice, "?leech=false")).length).toBe(total - 1);
    const byLapses = await listAll(alice, "?sort=lapses&order=desc&limit=2");
    expect(byLapses.slice(0, 2).map((c) => c.id)).toEqual([mine[0].id, mine[1].id]);
    expect(byLapses).toHaveLength(total);
    const rest = byLapses.slice(2).map((c) => c.id);
    expect(rest).toEqual([...rest].sort().reverse());
    expect((await listAll(alice, "?state=new")).length).toBe(total);
    expect((await listAll(alice, "?state=review")).length).toBe(0);

    const set = await db.questionSet.create({
      data: { slug: "deck-filter-set", title: "Two", ownerId: aliceId, items: { create: [{ questionId: mine[2].questionId, position: 0 }, { questionId: mine[3].questionId, position: 1 }] } },
    });
    expect((await listAll(alice, `?set=${set.id}`)).map((c) => c.id).sort()).toEqual([mine[2].id, mine[3].id].sort());
    await db.card.updateMany({ where: { userId: aliceId }, data: { lapses: 0, leech: false, flag: 0 } });
  });

  it("answers 400 problem+json naming the bad filter, and 401 without a session", async () => {
    const bad = (q: string) => call(route(cards.GET), `/api/cards${q}`, { cookie: alice });
    await expectProblem(await bad("?state=sleeping"), 400, "state");
    await expectProblem(await bad("?sort=colour"), 400, "sort");
    await expectProblem(await bad("?order=up"), 400, "order");
    await expectProblem(await bad("?flag=9"), 400, "flag");
    await expectProblem(await bad("?leech=maybe"), 400, "leech");
    await expectProblem(await bad("?limit=0"), 400, "limit");
    await expectProblem(await bad("?limit=500"), 400, "limit");
    await expectProblem(await bad("?cursor=not-a-cursor"), 400, "cursor");
    await expectProblem(await bad("?colour=red"), 400);
    const page = await list(alice, "?limit=2");
    await expectProblem(await bad(`?sort=lapses&cursor=${page.nextCursor}`), 400, "cursor");
    await expectProblem(await call(route(cards.GET), "/api/cards"), 401);
  });
});

describe("one card", () => {
  it("shows front, back, source sentence, history and memory state after a rating", async () => {
    const [c] = await listAll(alice, "?limit=1").then((l) => l.slice(0, 1));
    expect((await rate(alice, c.id, 3)).status).toBe(200);
    const res = await getOne(alice, c.id);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.sourceSentence.length).toBeGreaterThan(0);
    expect(detail.front).toBe(c.front);
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ rating: 3, state: CARD_STATE.New, undone: false });
    expect(detail.stability).toBeGreaterThan(0);
    expect(detail.retrievability).toBeGreaterThan(0.5);
    expect(detail.retrievability).toBeLessThanOrEqual(1);
  });

  it("is a 404 for someone else's card and for a guessed id, for every verb", async () => {
    await expectProblem(await getOne(alice, bobCardId), 404);
    await expectProblem(await getOne(alice, "clguessed00000000000000000"), 404);
    await expectProblem(await patch(alice, bobCardId, { suspended: true }), 404);
    await expectProblem(await resetIt(alice, bobCardId), 404);
    await expectProblem(await del(alice, bobCardId), 404);
    await expectProblem(await doBulk(alice, { ids: [bobCardId], action: "delete" }), 404);
    const untouched = await getDb().card.findUniqueOrThrow({ where: { id: bobCardId } });
    expect(untouched.suspended).toBe(false);
  });

  it("refuses a bad PATCH body naming the field", async () => {
    const [c] = await list(alice, "?limit=1").then((p) => p.cards);
    await expectProblem(await patch(alice, c.id, { flag: 8 }), 400, "flag");
    await expectProblem(await patch(alice, c.id, { suspended: "yes" }), 400, "suspended");
    await expectProblem(await patch(alice, c.id, {}), 400, "suspended");
    await expectProblem(await patch(alice, c.id, { colour: 1 }), 400);
  });
});

describe("actions and the review queue", () => {
  it("suspend, bury, flag, reset and delete: each shows in the card and in the queue", async () => {
    const db = getDb();
    const mine = (await db.card.findMany({ where: { userId: aliceId }, orderBy: { id: "asc" } })).map((c) => c.id);
    // keep four cards studyable, of four different facts none studied today (the queue keeps a
    // studied fact's siblings for tomorrow)
    const studied = new Set((await db.card.findMany({ where: { userId: aliceId, reps: { gt: 0 } } })).map((c) => c.factKey));
    const facts = new Map<string, string>();
    for (const c of await db.card.findMany({ where: { userId: aliceId }, orderBy: { id: "asc" } })) if (!facts.has(c.factKey) && !studied.has(c.factKey)) facts.set(c.factKey, c.id);
    const keep = [...facts.values()].slice(0, 4);
    expect(keep).toHaveLength(4);
    const others = mine.filter((id) => !keep.includes(id));
    const suspended = await doBulk(alice, { ids: others, action: "suspend" });
    expect(await suspended.json()).toEqual({ changed: others.length });
    const [a, b, c, d] = keep;
    const ids = async () => (await queueOf(alice)).cards.map((x) => x.id).sort();
    expect(await ids()).toEqual([...keep].sort());

    // suspend one → gone from the queue; unsuspend → back
    const s = await patch(alice, a, { suspended: true });
    expect((await s.json()).suspended).toBe(true);
    expect(await ids()).toEqual([b, c, d].sort());
    await patch(alice, a, { suspended: false });
    expect(await ids()).toEqual([...keep].sort());

    // bury → until the learner's next day starts
    const me = (await findUser(aliceId))!;
    const buried = await (await patch(alice, b, { buried: true, flag: 4 })).json();
    expect(buried.buriedUntil).toBe(studyDayBounds(new Date(), me.timeZone, me.dayStartHour).end.toISOString());
    expect(buried.flag).toBe(4);
    expect(await ids()).toEqual([a, c, d].sort());
    expect((await listAll(alice, "?state=buried")).map((x) => x.id)).toEqual([b]);
    await patch(alice, b, { buried: false });

    // delete → 204, gone from the queue, from the list and its history with it
    expect((await rate(alice, d, 3)).status).toBe(200);
    expect((await del(alice, d)).status).toBe(204);
    await expectProblem(await getOne(alice, d), 404);
    expect(await db.reviewLog.count({ where: { cardId: d } })).toBe(0);
    expect((await queueOf(alice)).cards.map((x) => x.id)).not.toContain(d);
    expect((await listAll(alice, "")).map((x) => x.id)).not.toContain(d);
  });

  it("reset is Anki's forget: a rating-0 log, the card new again (counts kept), replay rebuilds it, undo does not reach past it", async () => {
    const db = getDb();
    const target = (await listAll(alice, "?state=new")).find((x) => !x.suspended)!;
    expect((await rate(alice, target.id, 3)).status).toBe(200);
    expect((await rate(alice, target.id, 4)).status).toBe(200);
    const rated = await db.card.findUniqueOrThrow({ where: { id: target.id } });
    expect(rated.state).not.toBe(CARD_STATE.New);

    const res = await resetIt(alice, target.id);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({ state: CARD_STATE.New, stability: 0, difficulty: 0, reps: rated.reps, retrievability: null });
    expect(detail.history.map((h: { rating: number }) => h.rating)).toEqual([3, 4, 0]);

    const row = await db.card.findUniqueOrThrow({ where: { id: target.id } });
    const settings = await loadStudySettings(aliceId);
    expect(replayLogs(newCard(row.createdAt), await cardLogs(row.id), settings, cardSeed(row.id))).toEqual(toCardSchedule(row));
    // a rating after the reset replays too
    expect((await rate(alice, target.id, 1)).status).toBe(200);
    const after = await db.card.findUniqueOrThrow({ where: { id: target.id } });
    expect(replayLogs(newCard(after.createdAt), await cardLogs(after.id), settings, cardSeed(after.id))).toEqual(toCardSchedule(after));
    // undo takes back the Again, then stops at the reset (it never resurrects the forgotten state)
    expect((await call(route(undo.POST), "/api/review/undo", { body: {}, cookie: alice })).status).toBe(200);
    const undone = await db.card.findUniqueOrThrow({ where: { id: target.id } });
    expect(undone.state).toBe(CARD_STATE.New);
    const again = await call(route(undo.POST), "/api/review/undo", { body: {}, cookie: alice });
    expect((await db.card.findUniqueOrThrow({ where: { id: target.id } })).state).toBe(CARD_STATE.New);
    expect(again.status).toBe(409);

    // the queue shows it as a new card again (tomorrow: today its fact has been studied)
    const others = (await db.card.findMany({ where: { userId: aliceId, id: { not: target.id } } })).map((x) => x.id);
    await doBulk(alice, { ids: others, action: "suspend" });
    const tomorrow = await reviewQueue((await findUser(aliceId))!, new Date(Date.now() + 86_400_000), 10);
    expect(tomorrow.cards.map((x) => x.id)).toEqual([target.id]);
    expect(tomorrow.counts).toEqual({ new: 1, learning: 0, review: 0 });
    await doBulk(alice, { ids: others, action: "unsuspend" });
    // resetting a new card changes nothing and logs nothing
    const logs = await db.reviewLog.count({ where: { cardId: target.id } });
    expect(await (await doBulk(alice, { ids: [target.id], action: "reset" })).json()).toEqual({ changed: 0 });
    expect(await db.reviewLog.count({ where: { cardId: target.id } })).toBe(logs);
  });

  it("bulk: flags, unsuspends and buries a selection; one foreign id makes it a 404 that changes nothing; bad bodies are 400s", async () => {
    const db = getDb();
    const ids = (await db.card.findMany({ where: { userId: aliceId }, take: 3, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(await (await doBulk(alice, { ids, action: "flag", flag: 6 })).json()).toEqual({ changed: 3 });
    expect((await listAll(alice, "?flag=6")).map((c) => c.id).sort()).toEqual([...ids].sort());
    await expectProblem(await doBulk(alice, { ids: [...ids, bobCardId], action: "flag", flag: 1 }), 404);
    expect((await listAll(alice, "?flag=6")).length).toBe(3);
    expect(await (await doBulk(alice, { ids, action: "unsuspend" })).json()).toEqual({ changed: 3 });
    expect(await (await doBulk(alice, { ids, action: "bury" })).json()).toEqual({ changed: 3 });
    expect((await listAll(alice, "?state=buried")).length).toBe(3);
    expect(await (await doBulk(alice, { ids, action: "unbury" })).json()).toEqual({ changed: 3 });
    await expectProblem(await doBulk(alice, { ids, action: "flag" }), 400, "flag");
    await expectProblem(await doBulk(alice, { ids: [], action: "suspend" }), 400, "ids");
    await expectProblem(await doBulk(alice, { ids, action: "explode" }), 400, "action");
    await expectProblem(await doBulk(alice, { ids: Array.from({ length: 501 }, (_, i) => `c${i}`), action: "suspend" }), 400, "ids");
    await expectProblem(await call(route(bulk.POST), "/api/cards/bulk", { body: { ids, action: "suspend" } }), 401);
  });
});
