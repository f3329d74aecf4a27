// Pure logic that moved out of the repositories into use cases: which questions may go into a set,
// how a class's results add up, how a set file is planned for storage, and a new account's role.
import { describe, expect, it } from "vitest";
import { questionIdErrors, setSlugBase } from "@/lib/app/sets";
import { summariseResults } from "@/lib/app/classes";
import { planSetImport } from "@/lib/app/import-set";
import { toExportSet } from "@/lib/app/export";
import { firstRole, type AppUser } from "@/lib/domain/user";
import { DEFAULT_ASSIGNMENT_SETTINGS, type AssignmentSettings } from "@/lib/domain/assignments";
import type { ExportQuestion } from "@/lib/export";
import type { StoredSet } from "@/lib/db/sets";

const user = (id: string, role: AppUser["role"] = "teacher"): AppUser => ({ id, name: id, email: `${id}@x`, role, isAnonymous: false, timeZone: "UTC", dayStartHour: 4 });
const q = (id: string, status: string, origin: string, ownerId: string | null) => ({ id, status, article: { origin, ownerId } });

describe("questionIdErrors", () => {
  const found = [q("bundled", "APPROVED", "BUNDLED", null), q("mine", "APPROVED", "IMPORTED", "t1"), q("theirs", "APPROVED", "IMPORTED", "t2"), q("draft", "DRAFT", "BUNDLED", null)];

  it("accepts approved questions from bundled articles and own imports", () => {
    expect(questionIdErrors(user("t1"), ["bundled", "mine"], found, new Set())).toEqual([]);
  });

  it("hides another teacher's import as 'no such question', like an unknown id", () => {
    expect(questionIdErrors(user("t1"), ["theirs", "ghost"], found, new Set())).toEqual([
      { field: "questionIds.0", message: "no such question" },
      { field: "questionIds.1", message: "no such question" },
    ]);
    expect(questionIdErrors(user("a", "admin"), ["theirs"], found, new Set())).toEqual([]);
  });

  it("refuses duplicates and unapproved questions, unless the question is already in the set", () => {
    expect(questionIdErrors(user("t1"), ["bundled", "bundled", "draft"], found, new Set()).map((e) => e.field)).toEqual(["questionIds.1", "questionIds.2"]);
    expect(questionIdErrors(user("t1"), ["draft"], found, new Set(["draft"]))).toEqual([]);
  });

  it("derives a set's slug from a wanted slug, else the title", () => {
    expect(setSlugBase("My Set!", undefined)).toBe("my-set");
    expect(setSlugBase("My Set", "Other one")).toBe("other-one");
    expect(setSlugBase("!!!")).toBe("set");
  });
});

describe("summariseResults", () => {
  const due = new Date(Date.UTC(2025, 0, 2, 12));
  const settings = (over: Partial<AssignmentSettings> = {}): AssignmentSettings => ({ ...DEFAULT_ASSIGNMENT_SETTINGS, ...over });
  const source = {
    members: [{ userId: "u1", name: "Ann" }, { userId: "u2", name: "Bob" }],
    sets: [
      { id: "s1", title: "One", settings: settings({ countedAttempt: "FIRST", dueAt: due }), questions: [{ id: "q1", type: "SHORT_ANSWER" as const, prompt: "P1", answer: "A1" }] },
      { id: "s2", title: "Two", settings: settings({ dueAt: due }), questions: [{ id: "q1", type: "SHORT_ANSWER" as const, prompt: "P1", answer: "A1" }, { id: "q2", type: "CLOZE" as const, prompt: "P2", answer: "A2" }] },
    ],
  };
  const at = (id: string, userId: string, setId: string, score: number | null, max: number | null, day: number, status: "FINISHED" | "IN_PROGRESS" = "FINISHED") => ({
    id, userId, setId, status, score, max, startedAt: new Date(Date.UTC(2025, 0, day)), deadlineAt: null,
    finishedAt: status === "FINISHED" ? new Date(Date.UTC(2025, 0, day, 1)) : null,
  });
  const now = new Date(Date.UTC(2025, 0, 10));

  it("gives best and last finished score, and the attempt that counts under each assignment's rule, with late and missing", () => {
    const r = summariseResults("c", source, [at("a1", "u1", "s1", 1, 2, 1), at("a2", "u1", "s1", 1, 4, 3), at("a3", "u1", "s2", 0, 2, 3, "IN_PROGRESS")], [], now);
    const ann = r.learners[0];
    expect(ann).toMatchObject({ attempts: 3, finished: 2, best: 0.5, last: 0.25 });
    expect(ann.sets).toEqual([
      // FIRST counts: a1 (on time), although a2 came later.
      { setId: "s1", title: "One", attempts: 2, best: 0.5, last: 0.25, counted: 0.5, state: "done", countedAt: "2025-01-01T01:00:00.000Z" },
      // Due passed with only an unfinished attempt: missing.
      { setId: "s2", title: "Two", attempts: 1, best: null, last: null, counted: null, state: "missing", countedAt: null },
    ]);
    expect(r.learners[1]).toMatchObject({ attempts: 0, best: null, last: null });
    expect(r.learners[1].sets.map((s) => s.state)).toEqual(["missing", "missing"]);
  });

  it("marks an assignment late when the attempt that counts was finished after the due date", () => {
    const r = summariseResults("c", source, [at("a1", "u2", "s2", 2, 2, 5)], [], now);
    expect(r.learners[1].sets[1]).toMatchObject({ counted: 1, state: "late" });
  });

  it("counts each question once across sets, from the attempts that count only, with share correct and the commonest wrong answers folded", () => {
    const attempts = [at("a1", "u1", "s1", 1, 4, 1), at("a2", "u1", "s1", 0, 1, 2)];
    const answers = [
      { attemptId: "a1", questionId: "q1", response: "A1", correct: true },
      { attemptId: "a1", questionId: "q1", response: " paris ", correct: false },
      { attemptId: "a1", questionId: "q1", response: "Paris", correct: false },
      { attemptId: "a1", questionId: "q1", response: "", correct: false },
      { attemptId: "a1", questionId: "gone", response: "x", correct: false },
      // a2 does not count (the assignment counts the FIRST attempt): its answer is left out.
      { attemptId: "a2", questionId: "q1", response: "Lyon", correct: false },
    ];
    const r = summariseResults("c", source, attempts, answers, now);
    expect(r.questions.map((x) => x.questionId)).toEqual(["q1", "q2"]);
    expect(r.questions[0]).toMatchObject({ setTitles: ["One", "Two"], answered: 4, correct: 1, shareCorrect: 0.25 });
    expect(r.questions[0].wrongAnswers).toEqual([{ response: "paris", count: 2 }, { response: "(no answer)", count: 1 }]);
    expect(r.questions[1].shareCorrect).toBeNull();
  });
});

describe("planSetImport", () => {
  const eq = (id: string, key: string, articleTitle: string, sentence: string, answer: string): ExportQuestion => ({
    id, key, type: "SHORT_ANSWER", prompt: `Q ${key}`, answer, acceptedAnswers: [], explanation: "", answerType: "term", sourceSentence: sentence, articleTitle, tags: ["t"],
  });
  const set = { slug: "s", title: "Set", questions: [eq("q1", "k1", "A", "Paris is big.", "Paris"), eq("q2", "k2", "A", "Rome is old.", "Nope"), eq("q3", "k1", "A", "Paris is big.", "Paris"), eq("q4", "k4", "B", "X.", "X"), eq("q5", "k5", "B", "Y.", "Y")], exportedAt: new Date(0) };

  it("reuses questions whose id still exists with the same key and plans one article per title for the rest", () => {
    const plan = planSetImport(set, new Map([["q5", "k5"], ["q4", "other"]]));
    expect(plan.reused).toEqual(["q5"]);
    expect(plan.order).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(plan.slugBase).toBe("s");
    expect(plan.articles.map((a) => [a.title, a.slugBase, a.questions.map((x) => x.fileId)])).toEqual([
      ["A", "a-imported", ["q1", "q2"]], // q3 asks what q1 asks (same key): one question per key
      ["B", "b-imported", ["q4"]],
    ]);
  });

  it("builds the article body from the source sentences with offsets and answer spans", () => {
    const [a] = planSetImport(set, new Map()).articles;
    expect(a.body).toBe("Paris is big.\n\nRome is old.");
    expect(a.sentences[1]).toEqual({ index: 1, paragraph: 1, text: "Rome is old.", start: 15, end: 27 });
    expect(a.questions[0]).toMatchObject({ sentenceIndex: 0, spanStart: 0, spanEnd: 5 });
    expect(a.questions[1]).toMatchObject({ sentenceIndex: 1, spanStart: 0, spanEnd: 0 }); // answer not in the sentence
    expect(a.checksum("a-imported")).toBe("import:s:a-imported");
  });
});

describe("toExportSet", () => {
  it("keeps approved items and lists the others as skipped with the reason", () => {
    const item = (questionId: string, status: string) => ({
      questionId, position: 0, type: "CLOZE" as const, prompt: `p ${questionId}`, answer: "a", score: 1, status, article: { slug: "x", title: "X" },
      key: `k-${questionId}`, acceptedAnswers: [], explanation: "", answerType: "term", sourceSentence: "s", articleTags: ["t"],
    });
    const stored: StoredSet = {
      id: "s", slug: "s", title: "S", description: "", visibility: "PRIVATE", ownerId: "o", owner: { id: "o", name: "O" }, questionCount: 2, classes: [], updatedAt: "",
      items: [item("a", "APPROVED"), item("b", "REJECTED")],
    };
    const out = toExportSet(stored, new Date(0));
    expect(out.set.questions.map((x) => [x.id, x.articleTitle, x.tags])).toEqual([["a", "X", ["t"]]]);
    expect(out.set).not.toHaveProperty("description");
    expect(out.notApproved).toEqual([{ key: "k-b", prompt: "p b", reason: "the question is rejected, not approved" }]);
  });
});

describe("firstRole", () => {
  const none = async () => 0;
  const some = async () => 3;
  it("makes the configured admin email, or else the first real account, ADMIN", async () => {
    expect(await firstRole({ email: "Boss@x", isAnonymous: false, adminEmail: "boss@x" }, some)).toBe("admin");
    expect(await firstRole({ email: "a@x", isAnonymous: false, adminEmail: "boss@x" }, none)).toBe("learner");
    expect(await firstRole({ email: "a@x", isAnonymous: false }, none)).toBe("admin");
    expect(await firstRole({ email: "a@x", isAnonymous: false }, some)).toBe("learner");
    expect(await firstRole({ email: "", isAnonymous: true }, none)).toBe("learner");
  });
});
