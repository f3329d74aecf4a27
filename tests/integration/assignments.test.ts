// Class assignments through the route handlers: the teacher fixes the settings (and only the
// class's teacher may change them), a learner starts the assignment's quiz with them, within the
// attempts allowed and the time limit; the results compare the attempt that counts; CSV export.
import Papa from "papaparse";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { findUser, setRole } from "@/lib/db/users";
import { importArticleFiles } from "@/lib/app/import-article";
import { startAssignment } from "@/lib/app/assignments";
import { CLASS_RESULTS_COLUMNS } from "@/lib/export/class-results";
import * as setsRoute from "@/app/api/sets/route";
import * as assignRoute from "@/app/api/sets/[id]/assign/route";
import * as classesRoute from "@/app/api/classes/route";
import * as joinRoute from "@/app/api/classes/join/route";
import * as classRoute from "@/app/api/classes/[id]/route";
import * as assignmentRoute from "@/app/api/classes/[id]/assignments/[setId]/route";
import * as startRoute from "@/app/api/classes/[id]/assignments/[setId]/attempts/route";
import * as resultsRoute from "@/app/api/classes/[id]/results/route";
import * as csvRoute from "@/app/api/classes/[id]/results/csv/route";
import * as myAssignmentsRoute from "@/app/api/me/assignments/route";
import * as attemptRoute from "@/app/api/attempts/[id]/route";
import * as answersRoute from "@/app/api/attempts/[id]/answers/route";
import * as finishRoute from "@/app/api/attempts/[id]/finish/route";

const SEED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];

let cleanup: () => Promise<void>;
let teacher: string;
let otherTeacher: string;
let learner: string;
let learner2: string;
let outsider: string;
let learnerId: string;
let klass: { id: string; joinCode: string };
let setId: string;
let questions: { id: string; answer: string; type: string }[];

async function userId(cookie: string): Promise<string> {
  const { GET } = await auth();
  return (await (await call(GET, "/api/auth/get-session", { cookie })).json()).user.id as string;
}

const assign = (cookie: string, id: string, body: Record<string, unknown>) => call(route(assignRoute.POST), `/api/sets/${id}/assign`, { body, cookie, params: { id } });
const patch = (cookie: string, classId: string, set: string, body: unknown) =>
  call(route(assignmentRoute.PATCH), `/api/classes/${classId}/assignments/${set}`, { method: "PATCH", body, cookie, params: { id: classId, setId: set } });
const start = (cookie: string, classId = klass.id, set = setId) =>
  call(route(startRoute.POST), `/api/classes/${classId}/assignments/${set}/attempts`, { method: "POST", cookie, params: { id: classId, setId: set } });
const answer = (cookie: string, id: string, questionId: string, response: string) =>
  call(route(answersRoute.POST), `/api/attempts/${id}/answers`, { body: { questionId, response }, cookie, params: { id } });
const finish = (cookie: string, id: string) => call(route(finishRoute.POST), `/api/attempts/${id}/finish`, { body: {}, cookie, params: { id } });
const myAssignments = async (cookie: string) => (await (await call(myAssignmentsRoute.GET, "/api/me/assignments", { cookie })).json()).assignments;

/** A full attempt: start, answer every question (right when `right`), finish. */
async function take(cookie: string, right: boolean): Promise<string> {
  const res = await start(cookie);
  expect(res.status, await res.clone().text()).toBe(201);
  const attempt = await res.json();
  for (const q of attempt.questions) {
    const known = questions.find((x) => x.id === q.id)!;
    const response = right ? (q.choices ? q.choices.find((c: string) => c === known.answer) ?? known.answer : known.answer) : q.choices ? q.choices.find((c: string) => c !== known.answer) : "Zanzibarq";
    expect((await answer(cookie, attempt.id, q.id, response)).status).toBe(200);
  }
  expect((await finish(cookie, attempt.id)).status).toBe(200);
  return attempt.id;
}

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  expect((await importArticleFiles([`content/articles/${SEED}.md`]))[0].error).toBeUndefined();
  await signUp("admin@example.com", "correct horse 1", "Ada Admin");
  teacher = await signUp("teacher@example.com", "correct horse 1", "Tess Teacher");
  otherTeacher = await signUp("other@example.com", "correct horse 1", "Otto Other");
  learner = await signUp("learner@example.com", "correct horse 1", "Lea Learner");
  learner2 = await signUp("learner2@example.com", "correct horse 1", "=HYPERLINK(\"http://x\")");
  outsider = await signUp("outsider@example.com", "correct horse 1", "Olly Outsider");
  await setRole(await userId(teacher), "teacher");
  await setRole(await userId(otherTeacher), "teacher");
  learnerId = await userId(learner);
  questions = await getDb().question.findMany({
    where: { article: { slug: SEED }, status: "APPROVED", type: { in: ["CLOZE", "SHORT_ANSWER"] } },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    select: { id: true, answer: true, type: true },
    take: 4,
  });
  expect(questions.length).toBe(4);
  klass = await (await call(classesRoute.POST, "/api/classes", { body: { name: "Period 3" }, cookie: teacher })).json();
  for (const c of [learner, learner2]) expect((await call(joinRoute.POST, "/api/classes/join", { body: { code: klass.joinCode }, cookie: c })).status).toBe(200);
  const set = await call(setsRoute.POST, "/api/sets", { body: { title: "Week 1", questionIds: questions.map((q) => q.id) }, cookie: teacher });
  setId = (await set.json()).id;
});

afterAll(async () => cleanup?.());

describe("the teacher fixes the settings", () => {
  it("assigns with mode, count, due date in a zone, attempts, time limit and which attempt counts", async () => {
    const res = await assign(teacher, setId, {
      classId: klass.id,
      mode: "TEST",
      questionCount: 3,
      due: { local: "2099-12-04T17:00", timeZone: "Europe/Berlin" },
      attemptsAllowed: 2,
      timeLimitMinutes: 10,
      countedAttempt: "FIRST",
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const detail = await (await call(route(classRoute.GET), `/api/classes/${klass.id}`, { cookie: learner, params: { id: klass.id } })).json();
    expect(detail.sets[0].settings).toEqual({
      mode: "TEST",
      questionCount: 3,
      dueAt: "2099-12-04T16:00:00.000Z", // 17:00 in Berlin (CET, UTC+1)
      dueTimeZone: "Europe/Berlin",
      attemptsAllowed: 2,
      timeLimitMinutes: 10,
      countedAttempt: "FIRST",
    });
  });

  it("answers 400 naming the field for a bad due date, zone or bound", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ due: { local: "2099-02-30T17:00", timeZone: "UTC" } }, "due.local"],
      [{ due: { local: "tomorrow", timeZone: "UTC" } }, "due.local"],
      [{ due: { local: "2099-01-01T10:00", timeZone: "Mars/Olympus" } }, "due.timeZone"],
      [{ attemptsAllowed: 0 }, "attemptsAllowed"],
      [{ timeLimitMinutes: 100000 }, "timeLimitMinutes"],
      [{ mode: "EXAM" }, "mode"],
    ];
    for (const [body, field] of cases) {
      const res = await patch(teacher, klass.id, setId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      expect((await res.json()).errors.map((e: { field: string }) => e.field), JSON.stringify(body)).toContain(field);
    }
  });

  it("only the class's teacher may change an assignment: learners 403, another teacher and unknown ids 404", async () => {
    expect((await patch(learner, klass.id, setId, { attemptsAllowed: 5 })).status).toBe(403);
    expect((await patch(otherTeacher, klass.id, setId, { attemptsAllowed: 5 })).status).toBe(404);
    expect((await patch(teacher, klass.id, "no-such-set", { attemptsAllowed: 5 })).status).toBe(404);
    const ok = await patch(teacher, klass.id, setId, { countedAttempt: "BEST" });
    expect(ok.status).toBe(200);
    // Fields left out keep their values.
    expect(await ok.json()).toMatchObject({ countedAttempt: "BEST", attemptsAllowed: 2, mode: "TEST", questionCount: 3 });
  });
});

describe("the learner takes it with the teacher's settings", () => {
  it("non-members and unknown assignments read 404", async () => {
    expect((await start(outsider)).status).toBe(404);
    expect((await start(learner, klass.id, "guess")).status).toBe(404);
    expect((await start(learner, "guess", setId)).status).toBe(404);
  });

  it("lists it as due with attempts left", async () => {
    const [a] = await myAssignments(learner);
    expect(a).toMatchObject({ id: setId, classId: klass.id, className: "Period 3", state: "todo", attemptsLeft: 2, attemptsStarted: 0 });
  });

  it("starts in the assignment's mode with its count and a deadline; a second start resumes the open attempt", async () => {
    const before = Date.now();
    const res = await start(learner);
    expect(res.status).toBe(201);
    const attempt = await res.json();
    expect(attempt.mode).toBe("TEST");
    expect(attempt.questions).toHaveLength(3);
    const deadline = Date.parse(attempt.deadlineAt);
    expect(deadline).toBeGreaterThanOrEqual(before + 10 * 60_000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    const again = await start(learner);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: attempt.id, resumed: true });
    const view = await (await call(route(attemptRoute.GET), `/api/attempts/${attempt.id}`, { cookie: learner, params: { id: attempt.id } })).json();
    expect(view.assignment).toEqual({ classId: klass.id });
    expect(view.deadlineAt).toBe(attempt.deadlineAt);
    expect((await finish(learner, attempt.id)).status).toBe(200);
  });

  it("refuses an attempt beyond the number allowed with 409 problem+json", async () => {
    await take(learner, true); // second of 2
    const res = await start(learner);
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await res.json()).detail).toMatch(/all 2 attempts/);
    const [a] = await myAssignments(learner);
    expect(a).toMatchObject({ attemptsLeft: 0, attemptsStarted: 2 });
  });

  it("two concurrent starts cannot both take the last attempt", async () => {
    await patch(teacher, klass.id, setId, { attemptsAllowed: 3 });
    const [a, b] = await Promise.all([start(learner), start(learner)]);
    // One gets the third attempt; the other gets it too (resumed) or a 409 — never a fourth.
    expect([a.status, b.status].filter((s) => s === 201)).toHaveLength(1);
    const rows = await getDb().attempt.count({ where: { userId: learnerId, assignmentClassId: klass.id } });
    expect(rows).toBe(3);
    const open = await getDb().attempt.findFirst({ where: { userId: learnerId, assignmentClassId: klass.id, status: "IN_PROGRESS" } });
    await finish(learner, open!.id);
  });
});

describe("the time limit is enforced on the server", () => {
  it("refuses answers after the limit with 409 and hands the attempt in with the answers given", async () => {
    await patch(teacher, klass.id, setId, { attemptsAllowed: null, timeLimitMinutes: 1 });
    const user = (await findUser(await userId(learner2)))!;
    // Started two minutes ago: its minute is over.
    const started = await startAssignment(user, klass.id, setId, new Date(Date.now() - 2 * 60_000));
    expect(started.kind).toBe("ok");
    const attempt = started.kind === "ok" ? started.attempt : null!;
    const q = attempt.questions[0];
    const late = await answer(learner2, attempt.id, q.id, questions.find((x) => x.id === q.id)!.answer);
    expect(late.status).toBe(409);
    expect((await late.json()).detail).toMatch(/Time is up/);
    const row = await getDb().attempt.findUnique({ where: { id: attempt.id } });
    expect(row).toMatchObject({ status: "FINISHED", score: 0 });
    expect(await getDb().attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("an answer within the limit counts", async () => {
    const res = await start(learner2);
    expect(res.status).toBe(201);
    const attempt = await res.json();
    const q = attempt.questions[0];
    expect((await answer(learner2, attempt.id, q.id, questions.find((x) => x.id === q.id)!.answer)).status).toBe(200);
    await finish(learner2, attempt.id);
  });
});

describe("results and CSV", () => {
  it("compare the attempt that counts, mark it late after the due date, and only for the class's teacher", async () => {
    expect((await call(route(resultsRoute.GET), `/api/classes/${klass.id}/results`, { cookie: learner, params: { id: klass.id } })).status).toBe(404);
    const body = await (await call(route(resultsRoute.GET), `/api/classes/${klass.id}/results`, { cookie: teacher, params: { id: klass.id } })).json();
    const lea = body.learners.find((l: { name: string }) => l.name === "Lea Learner");
    expect(lea.sets[0]).toMatchObject({ attempts: 3, counted: 1, state: "done" }); // BEST: the all-right attempt
    // Past the due date with nothing finished: missing.
    await patch(teacher, klass.id, setId, { due: { local: "2020-01-01T09:00", timeZone: "UTC" } });
    const after = await (await call(route(resultsRoute.GET), `/api/classes/${klass.id}/results`, { cookie: teacher, params: { id: klass.id } })).json();
    expect(after.learners.find((l: { name: string }) => l.name === "Lea Learner").sets[0].state).toBe("late");
  });

  it("exports CSV with one row per learner and assignment; a name that would run as a formula is defused", async () => {
    expect((await call(route(csvRoute.GET), `/api/classes/${klass.id}/results/csv`, { cookie: learner, params: { id: klass.id } })).status).toBe(404);
    expect((await call(route(csvRoute.GET), `/api/classes/${klass.id}/results/csv`, { cookie: otherTeacher, params: { id: klass.id } })).status).toBe(404);
    const res = await call(route(csvRoute.GET), `/api/classes/${klass.id}/results/csv`, { cookie: teacher, params: { id: klass.id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/period-3-results\.csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads the names right
    const text = new TextDecoder().decode(bytes); // (the decoder drops the BOM)
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CLASS_RESULTS_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    const lea = parsed.data.find((r) => r.learner === "Lea Learner")!;
    expect(lea).toMatchObject({ assignment: "Week 1", mode: "Test", questions: "3", status: "Handed in late", attempts: "3", score_percent: "100", counts: "Best attempt", time_zone: "UTC" });
    expect(lea.due).toBe("2020-01-01T09:00:00.000Z");
    const leo = parsed.data.find((r) => r.learner !== "Lea Learner")!;
    expect(leo.learner).toBe("'=HYPERLINK(\"http://x\")");
  });
});

describe("taking a set off a class", () => {
  it("only the class's teacher may; the learners' attempts stay theirs", async () => {
    const del = (cookie: string) => call(route(assignmentRoute.DELETE), `/api/classes/${klass.id}/assignments/${setId}`, { method: "DELETE", cookie, params: { id: klass.id, setId } });
    expect((await del(learner)).status).toBe(403);
    expect((await del(otherTeacher)).status).toBe(404);
    const before = await getDb().attempt.count({ where: { userId: learnerId } });
    expect((await del(teacher)).status).toBe(204);
    expect((await del(teacher)).status).toBe(404);
    expect(await myAssignments(learner)).toEqual([]);
    expect((await start(learner)).status).toBe(404);
    expect(await getDb().attempt.count({ where: { userId: learnerId } })).toBe(before);
  });
});
