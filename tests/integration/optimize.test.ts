// Optimize and evaluate through the route handlers: the start answers 202 with a job at once, the
// job fits the learner's own (simulated) log, reports log loss and RMSE before and after, and applies
// the fit only when it beats the parameters in use. Someone else's job is a 404.
import { readdirSync } from "node:fs";
import { default_w } from "ts-fsrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { importArticleFiles } from "@/lib/app/import-article";
import { optimizeJob, settled, startOptimize } from "@/lib/app/optimize";
import { loadStudySettings } from "@/lib/app/study-settings";
import { MIN_REVIEWS_FOR_FIT } from "@/lib/srs/fit";
import { syntheticLog } from "../fixtures/synthetic-log";
import * as deck from "@/app/api/deck/route";
import * as start from "@/app/api/settings/optimize/route";
import * as poll from "@/app/api/settings/optimize/[id]/route";
import * as evaluate from "@/app/api/settings/evaluate/route";

const SEED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];
let cleanup: () => Promise<void>;
let alice: string;
let bob: string;
let aliceId: string;
let bobId: string;

const idOf = async (cookie: string) => {
  const { GET } = await auth();
  return (await (await call(GET, "/api/auth/get-session", { cookie })).json()).user.id as string;
};
const startJob = (cookie?: string) => call(route(start.POST), "/api/settings/optimize", { method: "POST", cookie });
const getJob = (cookie: string, id: string) => call(route(poll.GET), `/api/settings/optimize/${id}`, { cookie, params: { id } });
const getEvaluation = async (cookie: string) => {
  const res = await call(route(evaluate.GET), "/api/settings/evaluate", { cookie });
  expect(res.status).toBe(200);
  return res.json();
};

async function seedLog(userId: string, reviewsPerCard: number) {
  const db = getDb();
  const cards = await db.card.findMany({ where: { userId }, orderBy: { id: "asc" } });
  const log = syntheticLog(cards.map((c) => c.id), { reviewsPerCard });
  await db.reviewLog.createMany({
    data: log.map((r, i) => ({
      cardId: r.cardId, userId, rating: r.rating, state: r.state, due: r.reviewedAt, stability: 0, difficulty: 0, elapsedDays: 0,
      lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: r.reviewedAt, clientKey: `seed-${i}`,
    })),
  });
  // the cards as studied (the fit's rescheduling replays every studied card from its log)
  await db.card.updateMany({ where: { userId, id: { in: [...new Set(log.map((r) => r.cardId))] } }, data: { state: 2, reps: reviewsPerCard, stability: 5, difficulty: 5 } });
  return log.length;
}

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  const files = readdirSync("content/articles").filter((f) => f.endsWith(".md")).map((f) => `content/articles/${f}`);
  for (const r of await importArticleFiles(files)) expect(r.error).toBeUndefined();
  await signUp("admin@example.com");
  alice = await signUp("alice@example.com");
  bob = await signUp("bob@example.com");
  aliceId = await idOf(alice);
  bobId = await idOf(bob);
  // alice studies every bundled article (a fit needs many cards, not only many reviews), bob one
  for (const f of files) await call(route(deck.POST), "/api/deck", { body: { articleSlug: f.replace(/^.*\//, "").replace(/\.md$/, "") }, cookie: alice });
  await call(route(deck.POST), "/api/deck", { body: { articleSlug: SEED }, cookie: bob });
  await seedLog(aliceId, 15);
  await seedLog(bobId, 3);
}, 120_000);
afterAll(async () => cleanup());

describe("evaluate", () => {
  it("measures the parameters in use on the learner's own log", async () => {
    const e = await getEvaluation(alice);
    expect(e.parameters).toBe("default");
    expect(e.reviews).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIT);
    expect(e.logLoss).toBeGreaterThan(0);
    expect(e.rmse).toBeGreaterThan(0);
    expect(e.rmse).toBeLessThan(1);
    const none = await getEvaluation(await signUp("carol@example.com"));
    expect(none).toEqual({ reviews: 0, logLoss: null, rmse: null, parameters: "default" });
    expect((await call(route(evaluate.GET), "/api/settings/evaluate")).status).toBe(401);
  });
});

describe("optimize", () => {
  it("answers 202 with a job before the fit is done; the job reports before/after and applies only a better fit", async () => {
    const res = await startJob(alice);
    expect(res.status).toBe(202);
    const job = await res.json();
    expect(["queued", "running"]).toContain(job.status);
    expect(job.result).toBeNull();
    expect(res.headers.get("location")).toBe(`/api/settings/optimize/${job.id}`);
    // a second start while it runs hands back the same job
    expect((await (await startJob(alice)).json()).id).toBe(job.id);

    await settled(optimizeJob({ id: aliceId }, job.id)!);
    const done = await (await getJob(alice, job.id)).json();
    expect(done.status).toBe("done");
    expect(done.progress).toBe(1);
    const { before, after, applied } = done.result;
    expect(before.reviews).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIT);
    expect(after.reviews).toBe(before.reviews);
    for (const v of [before.logLoss, before.rmse, after.logLoss, after.rmse]) expect(v).toBeGreaterThan(0);
    expect(applied).toBe(after.logLoss < before.logLoss);
    // the simulated learner forgets faster than the defaults assume: the fit must find that
    expect(applied).toBe(true);
    const settings = await loadStudySettings(aliceId);
    expect(settings.parameters).toHaveLength(21);
    expect(done.result.rescheduled).toBeGreaterThan(0);
    const e = await getEvaluation(alice);
    expect(e.parameters).toBe("fitted");
    expect(e.logLoss).toBeCloseTo(after.logLoss, 10);

    // optimizing again compares against the fitted parameters now in use
    const again = await (await startJob(alice)).json();
    const second = await settled(optimizeJob({ id: aliceId }, again.id)!);
    expect(second.result!.before.logLoss).toBeCloseTo(after.logLoss, 10);
  });

  it("says honestly when there are too few reviews, and changes nothing", async () => {
    const job = await (await startJob(bob)).json();
    await settled(optimizeJob({ id: bobId }, job.id)!);
    const done = await (await getJob(bob, job.id)).json();
    expect(done.status).toBe("done");
    expect(done.result.applied).toBe(false);
    expect(done.result.after).toBeNull();
    expect(done.result.message).toMatch(/Not enough reviews/);
    expect((await loadStudySettings(bobId)).parameters).toBeNull();
  });

  it("another learner's job is a 404, as is a guessed id; no session is a 401", async () => {
    const job = await (await startJob(alice)).json();
    expect((await getJob(bob, job.id)).status).toBe(404);
    expect((await getJob(alice, "00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await startJob()).status).toBe(401);
    await settled(optimizeJob({ id: aliceId }, job.id)!);
  });

  it("a fit worse than the parameters in use is reported, not applied", async () => {
    const inUse = (await loadStudySettings(aliceId)).parameters;
    const worse = [...default_w];
    worse[0] = 90; // a first Again remembered for three months: far off for this learner
    const job = startOptimize({ id: aliceId, timeZone: "UTC", dayStartHour: 4 }, new Date(), {
      // a fit that claims to be better: the job measures it again before applying anything
      fit: async () => ({
        parameters: worse,
        logLossDefault: null,
        logLossCurrent: null,
        rmseCurrent: null,
        logLossFitted: 0.01,
        rmseFitted: 0.01,
        reviews: 0,
        applied: true,
        message: "fitted",
      }),
    });
    await settled(job);
    expect(job.status).toBe("done");
    expect(job.result!.after!.logLoss).toBeGreaterThan(job.result!.before.logLoss!);
    expect(job.result!.applied).toBe(false);
    expect(job.result!.message).toMatch(/Kept your current parameters/);
    expect((await loadStudySettings(aliceId)).parameters).toEqual(inUse);
  });

  it("a fit that throws fails the job and leaves the parameters alone", async () => {
    const before = await loadStudySettings(bobId);
    const job = startOptimize({ id: bobId, timeZone: "UTC", dayStartHour: 4 }, new Date(), {
      fit: async () => {
        throw new Error("optimizer exploded");
      },
    });
    await settled(job);
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/failed/);
    expect(await loadStudySettings(bobId)).toEqual(before);
  });
});
