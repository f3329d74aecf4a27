// The learner use cases called directly (no route in front): each applies its ownership rule on the
// object it loads, so another user's attempt, card or private set reads as missing — ids guessed or not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { getDb } from "@/lib/db/client";
import type { AppUser } from "@/lib/domain/user";
import { addMissedToDeck, finishAttempt, getAttemptView, retryMissed, startAttempt } from "@/lib/app/quiz";
import { answerAttempt } from "@/lib/app/quiz-answer";
import { addSourceToDeck } from "@/lib/app/deck";
import { rateCard } from "@/lib/app/review";

let cleanup: () => Promise<void>;
const NOW = new Date("2026-06-10T10:00:00Z");
const person = (id: string): AppUser => ({ id, name: id, email: `${id}@example.com`, role: "learner", isAnonymous: false, timeZone: "UTC", dayStartHour: 4 });
const alice = person("alice");
const bob = person("bob");
let questionId = "";
let setId = "";

beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  const db = getDb();
  for (const u of [alice, bob]) await db.user.create({ data: { id: u.id, name: u.name, email: u.email } });
  const article = await db.article.create({ data: { slug: "owned", title: "Owned", body: "Paris is the capital of France.", checksum: "owned", origin: "BUNDLED" } });
  const q = await db.question.create({
    data: {
      articleId: article.id, key: "k1", factKey: "f1", type: "CLOZE", prompt: "_____ is the capital of France.", answer: "Paris",
      sentenceIndex: 0, spanStart: 0, spanEnd: 5, sourceSentence: "Paris is the capital of France.", explanation: "",
      answerType: "place", difficulty: 0.5, score: 0.9, generatorVersion: "t", status: "APPROVED",
    },
  });
  questionId = q.id;
  const set = await db.questionSet.create({ data: { slug: "alices-set", title: "Alice's set", ownerId: alice.id, visibility: "PRIVATE" } });
  await db.questionSetItem.create({ data: { setId: set.id, questionId: q.id, position: 0 } });
  setId = set.id;
}, 60_000);
afterAll(async () => cleanup());

describe("learner use cases refuse another user's objects with not-found", () => {
  it("an attempt: view, answer, finish, retry and add-missed are the owner's only", async () => {
    const started = await startAttempt(alice, { articleSlug: "owned", mode: "PRACTICE" }, NOW);
    if (started.kind !== "ok") throw new Error(`alice could not start: ${started.kind}`);
    const id = started.attempt.id;

    expect(await getAttemptView(bob, id)).toBeNull();
    expect(await answerAttempt(bob, id, { questionId, response: "Paris" }, NOW)).toEqual({ kind: "not-found" });
    expect(await finishAttempt(bob, id, NOW)).toBeNull();
    expect(await retryMissed(bob, id, NOW)).toEqual({ kind: "not-found" });
    expect(await addMissedToDeck(bob, id, NOW)).toEqual({ kind: "not-found" });

    // The owner gets through every one of them (so the refusals above are about ownership).
    expect((await answerAttempt(alice, id, { questionId, response: "Lyon" }, NOW)).kind).toBe("ok");
    expect((await finishAttempt(alice, id, NOW))?.max).toBe(1);
    expect((await getAttemptView(alice, id))?.status).toBe("FINISHED");
    expect((await retryMissed(alice, id, NOW)).kind).toBe("ok");
    expect(await addMissedToDeck(alice, id, NOW)).toEqual({ kind: "ok", value: { added: 1, already: 0 } });
  });

  it("a card: rating someone else's card is not-found and changes nothing", async () => {
    const card = await getDb().card.findFirstOrThrow({ where: { userId: alice.id } });
    expect(await rateCard(bob, { cardId: card.id, rating: 3, key: "bob-key-0001", durationMs: 0 }, NOW)).toEqual({ kind: "not-found" });
    expect(await getDb().reviewLog.count()).toBe(0);
    expect((await getDb().card.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(0);
    expect((await rateCard(alice, { cardId: card.id, rating: 3, key: "alice-key-001", durationMs: 0 }, NOW)).kind).toBe("ok");
  });

  it("an imported article: only its owner may quiz on it or add it to a deck", async () => {
    const db = getDb();
    const mine = await db.article.create({ data: { slug: "alices-import", title: "Mine", body: "Paris is the capital of France.", checksum: "mine", origin: "IMPORTED", ownerId: alice.id } });
    const q = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = q;
    await db.question.create({ data: { ...copy, articleId: mine.id, key: "k2", factKey: "f2" } });
    expect(await startAttempt(bob, { articleSlug: "alices-import", mode: "PRACTICE" }, NOW)).toEqual({ kind: "not-found" });
    expect(await addSourceToDeck(bob, { articleSlug: "alices-import" }, NOW)).toEqual({ kind: "not-found" });
    expect((await startAttempt(alice, { articleSlug: "alices-import", mode: "PRACTICE" }, NOW)).kind).toBe("ok");
    expect(await addSourceToDeck(alice, { articleSlug: "alices-import" }, NOW)).toMatchObject({ kind: "ok", added: 1, total: 1 });
  });

  it("a PRIVATE set: only its owner may quiz on it or add it to a deck", async () => {
    expect(await startAttempt(bob, { setId, mode: "TEST" }, NOW)).toEqual({ kind: "not-found" });
    expect(await addSourceToDeck(bob, { setId }, NOW)).toEqual({ kind: "not-found" });
    expect((await startAttempt(alice, { setId, mode: "TEST" }, NOW)).kind).toBe("ok");
    expect(await addSourceToDeck(alice, { setId }, NOW)).toMatchObject({ kind: "ok", total: 1 });
  });
});
