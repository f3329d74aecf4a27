// Question sets, classes and exports through the route handlers: CRUD, ordering, visibility, join
// codes, results aggregation, and who may export what (including guessed ids).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { findUser, setRole } from "@/lib/db/users";
import { importArticleFiles } from "@/lib/app/import-article";
import { questionPool } from "@/lib/app/sets";
import { toQuestion } from "@/lib/db/questions";
import { areSiblings } from "@/lib/quiz";
import { buildOpenApi } from "@/lib/api/openapi";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode } from "@/lib/domain/join-code";
import { EXPORT_FORMATS } from "@/lib/export";
import { parseSetJson } from "@/lib/export";
import * as setsRoute from "@/app/api/sets/route";
import * as setRoute from "@/app/api/sets/[id]/route";
import * as assignRoute from "@/app/api/sets/[id]/assign/route";
import * as exportRoute from "@/app/api/sets/[id]/export/route";
import * as classesRoute from "@/app/api/classes/route";
import * as joinRoute from "@/app/api/classes/join/route";
import * as classRoute from "@/app/api/classes/[id]/route";
import * as resultsRoute from "@/app/api/classes/[id]/results/route";
import * as startAssignmentRoute from "@/app/api/classes/[id]/assignments/[setId]/attempts/route";
import * as attemptsRoute from "@/app/api/attempts/route";
import * as answersRoute from "@/app/api/attempts/[id]/answers/route";
import * as finishRoute from "@/app/api/attempts/[id]/finish/route";

const SEED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];

let cleanup: () => Promise<void>;
let admin: string;
let teacher: string;
let otherTeacher: string;
let learner: string;
let learner2: string;
let approved: { id: string; answer: string; type: string }[];

async function userId(cookie: string): Promise<string> {
  const { GET } = await auth();
  const session = await (await call(GET, "/api/auth/get-session", { cookie })).json();
  return session.user.id as string;
}

const createSet = (cookie: string, body: unknown) => call(setsRoute.POST, "/api/sets", { body, cookie });
const getSet = (cookie: string, id: string) => call(route(setRoute.GET), `/api/sets/${id}`, { cookie, params: { id } });
const patchSet = (cookie: string, id: string, body: unknown) => call(route(setRoute.PATCH), `/api/sets/${id}`, { method: "PATCH", body, cookie, params: { id } });
const deleteSet = (cookie: string, id: string) => call(route(setRoute.DELETE), `/api/sets/${id}`, { method: "DELETE", cookie, params: { id } });
const assign = (cookie: string, id: string, classId: string) => call(route(assignRoute.POST), `/api/sets/${id}/assign`, { body: { classId }, cookie, params: { id } });
const exportIt = (cookie: string, id: string, format: string) =>
  call(route(exportRoute.GET), `/api/sets/${id}/export?format=${encodeURIComponent(format)}`, { cookie, params: { id } });
const createClass = (cookie: string, name: string) => call(classesRoute.POST, "/api/classes", { body: { name }, cookie });
const join = (cookie: string, code: string) => call(joinRoute.POST, "/api/classes/join", { body: { code }, cookie });
const getClass = (cookie: string, id: string) => call(route(classRoute.GET), `/api/classes/${id}`, { cookie, params: { id } });
const results = (cookie: string, id: string) => call(route(resultsRoute.GET), `/api/classes/${id}/results`, { cookie, params: { id } });

async function made(cookie: string, body: unknown): Promise<{ id: string; slug: string; items: { questionId: string }[]; visibility: string }> {
  const res = await createSet(cookie, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  const imported = await importArticleFiles([`content/articles/${SEED}.md`]);
  expect(imported[0].error).toBeUndefined();
  admin = await signUp("admin@example.com", "correct horse 1", "Ada Admin");
  teacher = await signUp("teacher@example.com", "correct horse 1", "Tess Teacher");
  otherTeacher = await signUp("other@example.com", "correct horse 1", "Otto Other");
  learner = await signUp("learner@example.com", "correct horse 1", "Lea Learner");
  learner2 = await signUp("learner2@example.com", "correct horse 1", "Leo Learner");
  await setRole(await userId(teacher), "teacher");
  await setRole(await userId(otherTeacher), "teacher");
  approved = await getDb().question.findMany({
    where: { article: { slug: SEED }, status: "APPROVED" },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    select: { id: true, answer: true, type: true },
  });
  expect(approved.length).toBeGreaterThanOrEqual(6);
}, 120_000);
afterAll(async () => cleanup());

describe("question sets", () => {
  it("creates a set from approved questions in the given order, with a unique slug", async () => {
    const ids = approved.slice(0, 4).map((q) => q.id);
    const a = await made(teacher, { title: "Iraq: week 1", questionIds: ids });
    expect(a.slug).toBe("iraq-week-1");
    expect(a.visibility).toBe("PRIVATE");
    expect(a.items.map((i) => i.questionId)).toEqual(ids);
    const b = await made(teacher, { title: "Iraq: week 1" });
    expect(b.slug).toBe("iraq-week-1-2");
    const list = await (await call(setsRoute.GET, "/api/sets", { cookie: teacher })).json();
    expect(list.sets.map((s: { id: string }) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(list.sets.find((s: { id: string }) => s.id === a.id).questionCount).toBe(4);
  });

  it("the builder's pool names each question's siblings (the rule's pairs, both ways); a set may still hold them", async () => {
    const pool = await questionPool((await findUser(await userId(teacher)))!);
    const seed = pool.find((a) => a.slug === SEED)!;
    const rows = new Map((await getDb().question.findMany({ where: { id: { in: seed.questions.map((q) => q.id) } } })).map((r) => [r.id, toQuestion(r)]));
    let pairs = 0;
    for (const q of seed.questions) {
      for (const other of seed.questions) {
        if (q.id === other.id) continue;
        expect(q.siblingIds.includes(other.id)).toBe(areSiblings(rows.get(q.id)!, rows.get(other.id)!));
        if (q.siblingIds.includes(other.id)) pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0); // the seed has siblings today: the pool is exercised
    // the warning is the builder's; the server keeps what the teacher insists on
    const withSibling = seed.questions.find((q) => q.siblingIds.length > 0)!;
    const kept = await made(teacher, { title: "Kept siblings", questionIds: [withSibling.id, withSibling.siblingIds[0]] });
    expect(kept.items.map((i) => i.questionId)).toEqual([withSibling.id, withSibling.siblingIds[0]]);
  });

  it("lists only my sets; admins see all; learners are refused", async () => {
    await made(otherTeacher, { title: "Other's set" });
    const mine = await (await call(setsRoute.GET, "/api/sets", { cookie: teacher })).json();
    expect(mine.sets.some((s: { title: string }) => s.title === "Other's set")).toBe(false);
    const all = await (await call(setsRoute.GET, "/api/sets", { cookie: admin })).json();
    expect(all.sets.some((s: { title: string }) => s.title === "Other's set")).toBe(true);
    expect(all.sets.some((s: { title: string }) => s.title === "Iraq: week 1")).toBe(true);
    expect((await call(setsRoute.GET, "/api/sets", { cookie: learner })).status).toBe(403);
    expect((await createSet(learner, { title: "Nope" })).status).toBe(403);
    expect((await call(setsRoute.GET, "/api/sets", {})).status).toBe(401);
  });

  it("refuses bad bodies (400 with fields) and questions that are not approved or not there (422)", async () => {
    for (const body of [{}, { title: "" }, { title: "x", visibility: "SECRET" }, { title: "x", questionIds: [approved[0].id, approved[0].id] }, { title: "x", extra: 1 }]) {
      const res = await createSet(teacher, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).errors.length).toBeGreaterThan(0);
    }
    const draft = await getDb().question.findFirst({ where: { status: { not: "APPROVED" } }, select: { id: true } });
    const bad = [ "no-such-question", ...(draft ? [draft.id] : []) ];
    const res = await createSet(teacher, { title: "Bad", questionIds: [approved[0].id, ...bad] });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(bad.map((_, i) => `questionIds.${i + 1}`));
    expect(await getDb().questionSet.count({ where: { title: "Bad" } })).toBe(0);
  });

  it("reorders, replaces and updates in one PATCH; others get 404; delete removes it", async () => {
    const ids = approved.slice(0, 3).map((q) => q.id);
    const set = await made(teacher, { title: "Order me", questionIds: ids });
    const reordered = [ids[2], ids[0], approved[5].id];
    const res = await patchSet(teacher, set.id, { questionIds: reordered, title: "Ordered", description: "Three facts", visibility: "PUBLIC" });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body.items.map((i: { questionId: string }) => i.questionId)).toEqual(reordered);
    expect(body.items.map((i: { position: number }) => i.position)).toEqual([0, 1, 2]);
    expect(body).toMatchObject({ title: "Ordered", description: "Three facts", visibility: "PUBLIC" });
    // a failing replacement leaves the items exactly as they were
    const failed = await patchSet(teacher, set.id, { questionIds: [ids[0], "missing"] });
    expect(failed.status).toBe(422);
    const again = await (await getSet(teacher, set.id)).json();
    expect(again.items.map((i: { questionId: string }) => i.questionId)).toEqual(reordered);
    expect((await patchSet(otherTeacher, set.id, { title: "Mine now" })).status).toBe(404);
    expect((await patchSet(learner, set.id, { title: "Mine now" })).status).toBe(404);
    expect((await deleteSet(otherTeacher, set.id)).status).toBe(404);
    expect((await deleteSet(teacher, set.id)).status).toBe(204);
    expect((await getSet(teacher, set.id)).status).toBe(404);
    expect((await deleteSet(teacher, set.id)).status).toBe(404);
  });

  it("an admin may edit anyone's set", async () => {
    const set = await made(otherTeacher, { title: "Admin edits this" });
    const res = await patchSet(admin, set.id, { visibility: "CLASS" });
    expect(res.status).toBe(200);
    expect((await res.json()).visibility).toBe("CLASS");
  });
});

describe("classes", () => {
  it("makes unambiguous, unique join codes", () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(/^[A-Z2-9]+$/);
      expect(code).not.toMatch(/[01OI]/);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
  });

  it("teachers create classes; learners join with the code (idempotently); bad codes are 404", async () => {
    const res = await createClass(teacher, "Year 9 history");
    expect(res.status).toBe(201);
    const klass = await res.json();
    expect(klass.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect((await createClass(learner, "Mine")).status).toBe(403);
    expect((await createClass(teacher, "")).status).toBe(400);
    const second = await (await createClass(teacher, "Year 10")).json();
    expect(second.joinCode).not.toBe(klass.joinCode);

    const joined = await join(learner, ` ${klass.joinCode.toLowerCase().slice(0, 3)}-${klass.joinCode.slice(3)} `);
    expect(joined.status).toBe(200);
    const body = await joined.json();
    expect(body.id).toBe(klass.id);
    expect(body.joinCode).toBeUndefined();
    expect((await join(learner, klass.joinCode)).status).toBe(200);
    expect(await getDb().classMember.count({ where: { classId: klass.id } })).toBe(1);
    const wrong = await join(learner, "ZZZZZZ");
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await join(learner, "")).status).toBe(400);

    const mine = await (await call(classesRoute.GET, "/api/classes", { cookie: learner })).json();
    expect(mine.joined.map((c: { id: string }) => c.id)).toEqual([klass.id]);
    expect(mine.teaching).toEqual([]);
    const taught = await (await call(classesRoute.GET, "/api/classes", { cookie: teacher })).json();
    expect(taught.teaching.map((c: { id: string }) => c.id).sort()).toEqual([klass.id, second.id].sort());
  });

  it("shows members to the teacher, assigned sets to members, and nothing to others", async () => {
    const klass = await (await createClass(teacher, "Visibility class")).json();
    await join(learner, klass.joinCode);
    const set = await made(teacher, { title: "Assigned set", questionIds: [approved[0].id] });
    const assigned = await assign(teacher, set.id, klass.id);
    expect(assigned.status).toBe(200);
    expect((await assigned.json()).visibility).toBe("CLASS"); // assigning shares a private set
    expect((await assign(teacher, set.id, klass.id)).status).toBe(200); // idempotent
    expect(await getDb().classAssignment.count({ where: { classId: klass.id } })).toBe(1);

    const asTeacher = await (await getClass(teacher, klass.id)).json();
    expect(asTeacher.viewer).toBe("teacher");
    expect(asTeacher.members.map((m: { email: string }) => m.email)).toEqual(["learner@example.com"]);
    expect(asTeacher.sets.map((s: { id: string }) => s.id)).toEqual([set.id]);
    const asMember = await (await getClass(learner, klass.id)).json();
    expect(asMember.viewer).toBe("member");
    expect(asMember.members).toBeUndefined();
    expect(asMember.joinCode).toBeUndefined();
    expect(asMember.sets.map((s: { id: string }) => s.id)).toEqual([set.id]);
    expect((await getClass(learner2, klass.id)).status).toBe(404);
    expect((await getClass(otherTeacher, klass.id)).status).toBe(404);
    expect((await getClass(learner, "no-such-class")).status).toBe(404);
    expect((await getClass(admin, klass.id)).status).toBe(200);

    // only the class's teacher may assign to it, and only their own set
    const others = await made(otherTeacher, { title: "Not yours" });
    expect((await assign(otherTeacher, others.id, klass.id)).status).toBe(404);
    expect((await assign(teacher, others.id, klass.id)).status).toBe(404);
  });
});

describe("results", () => {
  it("aggregates best/last per learner and share correct + common wrong answers per question, from the assignment's attempts only", async () => {
    const klass = await (await createClass(teacher, "Results class")).json();
    await join(learner, klass.joinCode);
    await join(learner2, klass.joinCode);
    const qs = approved.filter((q) => q.type === "CLOZE" || q.type === "SHORT_ANSWER").slice(0, 2);
    expect(qs.length).toBe(2);
    const set = await made(teacher, { title: "Results set", questionIds: qs.map((q) => q.id), visibility: "CLASS" });
    const assigned = await call(route(assignRoute.POST), `/api/sets/${set.id}/assign`, { body: { classId: klass.id, mode: "TEST", countedAttempt: "LAST" }, cookie: teacher, params: { id: set.id } });
    expect(assigned.status).toBe(200);

    // Free practice on the same set is the learner's own: it is not compared.
    const practice = await call(attemptsRoute.POST, "/api/attempts", { body: { setId: set.id, mode: "PRACTICE" }, cookie: learner2 });
    expect(practice.status).toBe(201);
    const practiceId = (await practice.json()).id;
    await call(route(answersRoute.POST), `/api/attempts/${practiceId}/answers`, { body: { questionId: qs[0].id, response: qs[0].answer }, cookie: learner2, params: { id: practiceId } });
    await call(route(finishRoute.POST), `/api/attempts/${practiceId}/finish`, { body: {}, cookie: learner2, params: { id: practiceId } });

    async function take(cookie: string, responses: string[]) {
      const params = { id: klass.id, setId: set.id };
      const start = await call(route(startAssignmentRoute.POST), `/api/classes/${klass.id}/assignments/${set.id}/attempts`, { method: "POST", cookie, params });
      expect(start.status, await start.clone().text()).toBe(201);
      const { id, questions, mode } = await start.json();
      expect(mode).toBe("TEST");
      expect(questions.map((q: { id: string }) => q.id).sort()).toEqual(qs.map((q) => q.id).sort());
      for (const [i, q] of qs.entries()) {
        const res = await call(route(answersRoute.POST), `/api/attempts/${id}/answers`, { body: { questionId: q.id, response: responses[i] }, cookie, params: { id } });
        expect(res.status).toBe(200);
      }
      const done = await call(route(finishRoute.POST), `/api/attempts/${id}/finish`, { body: {}, cookie, params: { id } });
      expect(done.status).toBe(200);
    }
    await take(learner, [qs[0].answer, "Zanzibarq"]); // 1/2
    await take(learner, [qs[0].answer, qs[1].answer]); // 2/2, last
    await take(learner2, ["zanzibarq ", "Zanzibarq"]); // 0/2: same wrong answer, folded

    expect((await results(learner, klass.id)).status).toBe(404);
    expect((await results(otherTeacher, klass.id)).status).toBe(404);
    const res = await results(teacher, klass.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    const lea = body.learners.find((l: { name: string }) => l.name === "Lea Learner");
    const leo = body.learners.find((l: { name: string }) => l.name === "Leo Learner");
    expect(lea).toMatchObject({ attempts: 2, finished: 2, best: 1, last: 1 });
    expect(lea.sets[0]).toMatchObject({ setId: set.id, attempts: 2, best: 1, last: 1, counted: 1, state: "done" });
    expect(leo).toMatchObject({ attempts: 1, finished: 1, best: 0, last: 0 });
    // Per question: the attempt that counts (LAST) per learner — Lea's 2/2 and Leo's 0/2.
    const [first, second] = body.questions;
    expect(first).toMatchObject({ questionId: qs[0].id, answered: 2, correct: 1, shareCorrect: 0.5 });
    expect(first.wrongAnswers).toEqual([{ response: "zanzibarq", count: 1 }]);
    expect(second).toMatchObject({ questionId: qs[1].id, answered: 2, correct: 1 });
    expect(second.wrongAnswers).toEqual([{ response: "Zanzibarq", count: 1 }]);
  });
});

describe("exports", () => {
  const EXPECTED_TYPES: Record<string, RegExp> = {
    gift: /^text\/plain/,
    "moodle-xml": /^application\/xml/,
    qti: /^application\/zip$/,
    anki: /^text\/plain/,
    apkg: /^application\/octet-stream$/,
    csv: /^text\/csv/,
    kahoot: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
    json: /^application\/json/,
    quizlet: /^text\/plain/,
    aiken: /^text\/plain/,
    blooket: /^text\/csv/,
    gimkit: /^text\/csv/,
    docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/,
    print: /^text\/html/,
    "print-key": /^text\/html/,
    "print-grid": /^text\/html/,
  };

  let classSet: { id: string };
  let privateSet: { id: string };
  beforeAll(async () => {
    const klass = await (await createClass(teacher, "Export class")).json();
    privateSet = await made(teacher, { title: "Private export", questionIds: approved.slice(0, 6).map((q) => q.id) });
    // a CLASS set of the other teacher, assigned to the other teacher's own class which `teacher` does not teach
    classSet = await made(otherTeacher, { title: "Shared with a class", questionIds: approved.map((q) => q.id), visibility: "CLASS" });
    const theirs = await (await createClass(otherTeacher, "Other's class")).json();
    await assign(otherTeacher, classSet.id, theirs.id);
    // a class taught by `teacher` that the set is assigned to: an admin assigns across owners
    expect((await assign(admin, classSet.id, klass.id)).status).toBe(200);
  });

  it("returns every format with its content type, an attachment name and the skipped list", async () => {
    expect(EXPORT_FORMATS.length).toBe(Object.keys(EXPECTED_TYPES).length);
    for (const format of EXPORT_FORMATS) {
      const res = await exportIt(otherTeacher, classSet.id, format);
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-type"), format).toMatch(EXPECTED_TYPES[format]);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="shared-with-a-class[^"]*"/);
      const skipped = JSON.parse(decodeURIComponent(res.headers.get("x-factdeck-skipped") ?? "null"));
      expect(Array.isArray(skipped)).toBe(true);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.byteLength, format).toBeGreaterThan(0);
      if (format === "qti") expect(Object.keys(unzipSync(bytes))).toContain("imsmanifest.xml");
      if (format === "json") {
        const parsed = parseSetJson(new TextDecoder().decode(bytes));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.set.questions.length + skipped.length).toBe(approved.length);
      }
      if (format === "kahoot") {
        // Kahoot takes choice questions: a typed one goes in as multiple choice or is listed with why
        for (const s of skipped) expect(s.reason.length).toBeGreaterThan(0);
      }
    }
  });

  it("lists questions that are no longer approved as skipped instead of dropping them", async () => {
    const set = await made(teacher, { title: "One gets rejected", questionIds: approved.slice(0, 2).map((q) => q.id) });
    const q = approved[1];
    await getDb().question.update({ where: { id: q.id }, data: { status: "REJECTED" } });
    try {
      const res = await exportIt(teacher, set.id, "json");
      const skipped = JSON.parse(decodeURIComponent(res.headers.get("x-factdeck-skipped")!));
      expect(skipped).toHaveLength(1);
      expect(skipped[0].reason).toMatch(/rejected/);
      const parsed = parseSetJson(await res.text());
      expect(parsed.ok && parsed.set.questions.map((x) => x.id)).toEqual([approved[0].id]);
    } finally {
      await getDb().question.update({ where: { id: q.id }, data: { status: "APPROVED" } });
    }
  });

  it("lets the owner, admins and the teacher of an assigned class export; everyone else gets 404", async () => {
    const matrix: [string, string, { id: string }, number][] = [
      ["owner", otherTeacher, classSet, 200],
      ["admin", admin, classSet, 200],
      ["teacher of an assigned class (CLASS set)", teacher, classSet, 200],
      ["owner of a private set", teacher, privateSet, 200],
      ["other teacher, private set", otherTeacher, privateSet, 404],
      ["learner", learner, classSet, 404],
      ["learner, private set", learner, privateSet, 404],
      ["guessed id", teacher, { id: "cl0000000000000000000000" }, 404],
    ];
    for (const [who, cookie, set, status] of matrix) {
      const res = await exportIt(cookie, set.id, "gift");
      expect(res.status, who).toBe(status);
      if (status === 404) expect(res.headers.get("content-type")).toContain("application/problem+json");
      const detail = await getSet(cookie, set.id);
      expect(detail.status, `GET as ${who}`).toBe(status);
    }
    // an assigned class no longer grants anything once the set is PRIVATE again
    await patchSet(otherTeacher, classSet.id, { visibility: "PRIVATE" });
    expect((await exportIt(teacher, classSet.id, "gift")).status).toBe(404);
    await patchSet(otherTeacher, classSet.id, { visibility: "CLASS" });
    expect((await exportIt(teacher, classSet.id, "gift")).status).toBe(200);
    // the class teacher reads but cannot edit
    expect((await patchSet(teacher, classSet.id, { title: "Hijacked" })).status).toBe(404);
    expect((await exportIt("", classSet.id, "gift")).status).toBe(401);
  });

  it("keeps the skipped header small with many 2,000-character stems, saying how many more were left out", async () => {
    const db = getDb();
    const article = await db.article.create({ data: { slug: "long-stems", title: "Long stems", body: "x", checksum: "long", origin: "BUNDLED" } });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const q = await db.question.create({
        data: {
          articleId: article.id, key: `long-${i}`, factKey: `long-${i}`, type: "SHORT_ANSWER", prompt: `${"Why — «ü» ".repeat(200)}${i}?`,
          answer: "Because", sentenceIndex: 0, spanStart: 0, spanEnd: 1, sourceSentence: "x", generatorVersion: "fixture", status: "APPROVED",
        },
      });
      ids.push(q.id);
    }
    const set = await made(teacher, { title: "Long stems", questionIds: ids });
    const res = await exportIt(teacher, set.id, "kahoot"); // Kahoot has no typed answers: all 60 skipped
    expect(res.status).toBe(200);
    const header = res.headers.get("x-factdeck-skipped")!;
    expect(header.length).toBeLessThanOrEqual(7_000);
    const skipped = JSON.parse(decodeURIComponent(header)) as { prompt: string; reason: string }[];
    const listed = skipped.length - 1;
    expect(skipped[listed].reason).toBe(`and ${60 - listed} more`);
    for (const s of skipped.slice(0, listed)) expect(s.prompt.length).toBeLessThanOrEqual(160);
  });

  it("reads the export options from the query: paper, version, Quizlet separators (400 naming the field when bad)", async () => {
    const get = (query: string) => call(route(exportRoute.GET), `/api/sets/${privateSet.id}/export?${query}`, { cookie: teacher, params: { id: privateSet.id } });
    const letterB = await get("format=print&paper=letter&version=B");
    expect(letterB.status).toBe(200);
    expect(letterB.headers.get("content-disposition")).toMatch(/-worksheet-b\.html"/);
    expect(await letterB.text()).toMatch(/size: letter;[\s\S]*Version B/);
    const quizlet = await get(`format=quizlet&term=comma&card=${encodeURIComponent("##")}`);
    expect(quizlet.status).toBe(200);
    expect(await quizlet.text()).not.toContain("\t");
    for (const [query, field] of [["format=print&paper=a3", "paper"], ["format=print&version=C", "version"], ["format=quizlet&term=abc", "term"], ["format=quizlet&card=%20", "card"]]) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors.map((e: { field: string }) => e.field), query).toContain(field);
    }
  });

  it("answers 400 naming the format field for an unknown or missing format", async () => {
    for (const format of ["pdf", "", "GIFT"]) {
      const res = await exportIt(teacher, privateSet.id, format);
      expect(res.status, format).toBe(400);
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain("format");
    }
    const missing = await call(route(exportRoute.GET), `/api/sets/${privateSet.id}/export`, { cookie: teacher, params: { id: privateSet.id } });
    expect(missing.status).toBe(400);
  });

  it("documents every route in the OpenAPI document", () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ["/api/sets", "post"], ["/api/sets", "get"], ["/api/sets/{id}", "get"], ["/api/sets/{id}", "patch"], ["/api/sets/{id}", "delete"],
      ["/api/sets/{id}/assign", "post"], ["/api/sets/{id}/export", "get"], ["/api/classes", "post"], ["/api/classes", "get"],
      ["/api/classes/join", "post"], ["/api/classes/{id}", "get"], ["/api/classes/{id}/results", "get"],
    ]) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
});
