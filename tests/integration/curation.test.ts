// Teacher workspace: importing articles and curating their questions, with role checks.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { call, guest, ORIGIN, signUp } from "./helpers/http";
import { importArticleFiles } from "@/lib/app/import-article";
import { getDb } from "@/lib/db/client";
import { setRole } from "@/lib/db/users";

type Q = { id: string; type: string; prompt: string; answer: string; choices?: string[]; acceptedAnswers: string[]; status: string; edited: boolean; key: string };

let cleanup: () => Promise<void>;
let admin: string, teacher: string, otherTeacher: string, learner: string;
const SEED_FILE = "content/articles/iraq-us-forces-withdrawal.md";
const SEED_TITLE = "Iraq is calling for the rapid withdrawal of US troops";
// The seed's body, furniture and all, as a teacher would paste it: headline first.
const SEED_BODY = readFileSync(SEED_FILE, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
const SEED_PASTE = `${SEED_TITLE}\n\n${SEED_BODY}`;
const FURNITURE = ["LYNXMPEK", "RTROPTP", "FILE PHOTO", "REUTERS", "Putin denies", "Front of mind", "Global Affairs"];

// Route modules typed as the test helper's handler (their params are typed per route).
type Route = Record<"GET" | "POST" | "PATCH", Parameters<typeof call>[0]>;
const load = (m: Promise<unknown>) => m as Promise<Route>;
const articles = () => load(import("@/app/api/teacher/articles/route"));
const questionRoute = () => load(import("@/app/api/questions/[id]/route"));
const statusRoute = () => load(import("@/app/api/questions/[id]/status/route"));
const writeRoute = () => load(import("@/app/api/teacher/articles/[slug]/questions/route"));
const regenerateRoute = () => load(import("@/app/api/teacher/articles/[slug]/regenerate/route"));
const approveRoute = () => load(import("@/app/api/teacher/articles/[slug]/approve/route"));

async function role(email: string, r: "teacher" | "admin") {
  const u = await getDb().user.findUniqueOrThrow({ where: { email } });
  await setRole(u.id, r);
}

async function paste(cookie: string, body: Record<string, unknown>) {
  const { POST } = await articles();
  return call(POST, "/api/teacher/articles", { body, cookie });
}

async function upload(cookie: string, name: string, content: string | Uint8Array, fields: Record<string, string> = {}) {
  const { POST } = await articles();
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name, { type: "text/plain" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const request = new Request(new URL("/api/teacher/articles", ORIGIN), { method: "POST", body: form, headers: { cookie, origin: ORIGIN } });
  return POST(request, { params: Promise.resolve({}) });
}

async function questionsOf(slug: string): Promise<Q[]> {
  const article = await getDb().article.findUniqueOrThrow({ where: { slug } });
  const { questionsOfArticle } = await import("@/lib/db/questions");
  return (await questionsOfArticle(article.id)) as unknown as Q[];
}

async function patch(cookie: string, id: string, body: unknown) {
  const { PATCH } = await questionRoute();
  return call(PATCH, `/api/questions/${id}`, { method: "PATCH", body, cookie, params: { id } });
}

const fieldsOf = async (res: Response) => ((await res.json()).errors ?? []).map((e: { field: string }) => e.field) as string[];

let imported: { slug: string };

beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  await importArticleFiles([SEED_FILE]);
  admin = await signUp("admin-cur@example.com"); // first account: ADMIN
  teacher = await signUp("teacher-cur@example.com");
  otherTeacher = await signUp("other-cur@example.com");
  learner = await signUp("learner-cur@example.com");
  await role("teacher-cur@example.com", "teacher");
  await role("other-cur@example.com", "teacher");
});
afterAll(async () => cleanup());

describe("who may use the workspace", () => {
  it("refuses learners and guests (403) and anonymous requests (401)", async () => {
    const { GET } = await articles();
    expect((await call(GET, "/api/teacher/articles", { cookie: learner })).status).toBe(403);
    expect((await call(GET, "/api/teacher/articles", { cookie: await guest() })).status).toBe(403);
    expect((await call(GET, "/api/teacher/articles")).status).toBe(401);
    const denied = await paste(learner, { text: SEED_PASTE });
    expect(denied.status).toBe(403);
    expect(denied.headers.get("content-type")).toContain("application/problem+json");
    expect(await getDb().article.count({ where: { origin: "IMPORTED" } })).toBe(0);
  });
});

describe("importing", () => {
  it("imports pasted text: title from the first line, furniture stripped, every question DRAFT", async () => {
    const res = await paste(teacher, { text: SEED_PASTE, source: "Qonversations", tags: ["News"] });
    expect(res.status).toBe(201);
    const body = await res.json();
    imported = body.article;
    expect(body.article).toMatchObject({ title: SEED_TITLE, origin: "IMPORTED", mine: true, source: "Qonversations" });
    expect(body.article.slug).toBe("iraq-is-calling-for-the-rapid-withdrawal-of-us-troops");
    expect(body.questions.created).toBeGreaterThan(5);
    expect(body.article.counts.DRAFT).toBe(body.questions.created);
    expect(body.article.counts.APPROVED).toBe(0);
    const row = await getDb().article.findUniqueOrThrow({ where: { slug: imported.slug } });
    const owner = await getDb().user.findUniqueOrThrow({ where: { email: "teacher-cur@example.com" } });
    expect(row.ownerId).toBe(owner.id);
    expect(row.body).toContain("Mohammed Shia al-Sudani");
    expect(row.body).not.toContain(SEED_TITLE); // the headline became the title, not a paragraph
    for (const f of FURNITURE) expect(row.body).not.toContain(f);
    // Same cleaning as the bundled importer: identical body.
    const bundled = await getDb().article.findUniqueOrThrow({ where: { slug: "iraq-us-forces-withdrawal" } });
    expect(row.body).toBe(bundled.body);
    for (const q of await questionsOf(imported.slug)) {
      for (const f of FURNITURE) expect(`${q.prompt} ${q.answer} ${(q.choices ?? []).join(" ")}`).not.toContain(f);
    }
  });

  it("the same text again is recognised; another teacher's copy gets a suffixed slug", async () => {
    const again = await paste(teacher, { text: SEED_PASTE });
    expect(again.status).toBe(200);
    expect((await again.json()).article.slug).toBe(imported.slug);
    const other = await paste(otherTeacher, { text: SEED_PASTE });
    expect(other.status).toBe(201);
    expect((await other.json()).article.slug).toBe(`${imported.slug}-2`);
    const third = await paste(otherTeacher, { text: `${SEED_PASTE}\n\nOne more closing paragraph about the coalition.` });
    expect((await third.json()).article.slug).toBe(`${imported.slug}-3`);
  });

  it("lists my imports and the bundled articles with counts, never another teacher's import", async () => {
    const { GET } = await articles();
    const mine = (await (await call(GET, "/api/teacher/articles", { cookie: teacher })).json()).articles as { slug: string; mine: boolean; origin: string; counts: Record<string, number> }[];
    expect(mine.map((a) => a.slug)).toEqual([imported.slug, "iraq-us-forces-withdrawal"]);
    expect(mine[0].mine).toBe(true);
    expect(mine[1]).toMatchObject({ origin: "BUNDLED", mine: false });
    expect(mine[1].counts.APPROVED).toBeGreaterThan(0);
    const adminList = (await (await call(GET, "/api/teacher/articles", { cookie: admin })).json()).articles as { slug: string }[];
    expect(adminList.map((a) => a.slug)).toContain(`${imported.slug}-2`);
  });

  it("refuses a body over 1 MB with 413, and a pasted text with nothing left after cleaning with 422", async () => {
    const big = await paste(teacher, { text: "Words and more words. ".repeat(60_000) });
    expect(big.status).toBe(413);
    const bigFile = await upload(teacher, "big.txt", `Title\n\n${"x".repeat(1_100_000)}`);
    expect(bigFile.status).toBe(413);
    const empty = await paste(teacher, { text: "   \n\n  " });
    expect(empty.status).toBe(422);
    expect(await fieldsOf(empty)).toEqual(["text"]);
    const malformed = await paste(teacher, { title: 5 });
    expect(malformed.status).toBe(400);
  });

  it("imports an uploaded .md file with front matter, and names the field and line of a bad one", async () => {
    const good = await upload(teacher, "panama.md", `---\ntitle: Canal notes\npublished: 2024-03-01\n---\n\nThe Panama Canal opened in 1914. It links the Atlantic Ocean with the Pacific Ocean. France abandoned its attempt in 1889.\n`);
    expect(good.status).toBe(201);
    expect((await good.json()).article).toMatchObject({ slug: "canal-notes", title: "Canal notes", published: "2024-03-01" });

    const plain = await upload(teacher, "notes.txt", "Nile facts\n\nThe Nile flows north through Egypt. Lake Victoria feeds the White Nile.\n");
    expect(plain.status).toBe(201);
    expect((await plain.json()).article.title).toBe("Nile facts");

    const bad = await upload(teacher, "broken.md", "---\ntitle: Broken\npublished: 2024-02-30\n---\n\nBody text here.\n");
    expect(bad.status).toBe(422);
    const problem = await bad.json();
    expect(problem.errors[0].field).toBe("file");
    expect(problem.errors[0].message).toMatch(/^line 3: published/);
    expect(problem.detail).toContain("broken.md, line 3");

    const binary = await upload(teacher, "photo.md", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    expect(binary.status).toBe(422);
    expect((await binary.json()).errors[0].message).toMatch(/^line 2: .*binary/);

    const pdf = await upload(teacher, "paper.pdf", "%PDF-1.4");
    expect(pdf.status).toBe(422);
    expect(await fieldsOf(pdf)).toEqual(["file"]);
    expect(await getDb().article.count({ where: { slug: { in: ["broken", "photo", "paper"] } } })).toBe(0);
  });
});

describe("curating questions", () => {
  it("hides another teacher's import and guessed ids behind 404", async () => {
    const [q] = await questionsOf(imported.slug);
    const asOther = await patch(otherTeacher, q.id, { prompt: "Hijacked?" });
    expect(asOther.status).toBe(404);
    const { POST: status } = await statusRoute();
    expect((await call(status, `/api/questions/${q.id}/status`, { body: { status: "REJECTED" }, cookie: otherTeacher, params: { id: q.id } })).status).toBe(404);
    const { POST: regen } = await regenerateRoute();
    expect((await call(regen, "/x", { body: {}, cookie: otherTeacher, params: { slug: imported.slug } })).status).toBe(404);
    const { POST: write } = await writeRoute();
    expect((await call(write, "/x", { body: { type: "SHORT_ANSWER", prompt: "Who?", answer: "Me" }, cookie: otherTeacher, params: { slug: imported.slug } })).status).toBe(404);
    expect((await patch(teacher, "c0000000000000000000000000", { prompt: "x" })).status).toBe(404);
    expect((await patch(learner, q.id, { prompt: "x" })).status).toBe(403);
    const unchanged = (await questionsOf(imported.slug)).find((x) => x.id === q.id)!;
    expect(unchanged.prompt).toBe(q.prompt);
    expect(unchanged.status).toBe("DRAFT");
    // …while an admin may curate anyone's import.
    expect((await patch(admin, q.id, { explanation: "Checked by the admin." })).status).toBe(200);
  });

  it("validates MCQ edits: one right option, no duplicate choices, answer among the choices", async () => {
    const mcq = (await questionsOf(imported.slug)).find((q) => q.type === "MCQ")!;
    expect(mcq).toBeDefined();
    const [a, b, c] = mcq.choices!.filter((x) => x !== mcq.answer);
    const duplicate = await patch(teacher, mcq.id, { choices: [mcq.answer, a, ` ${a.toUpperCase()}  `, b] });
    expect(duplicate.status).toBe(422);
    expect(await fieldsOf(duplicate)).toEqual(["choices"]);
    const twoRight = await patch(teacher, mcq.id, { choices: [mcq.answer, a, b, mcq.answer.toLowerCase()] });
    expect(twoRight.status).toBe(422);
    expect(await fieldsOf(twoRight)).toContain("choices");
    const aliasRight = await patch(teacher, mcq.id, { acceptedAnswers: [b] });
    expect(aliasRight.status).toBe(422);
    expect(await fieldsOf(aliasRight)).toEqual(["acceptedAnswers"]);
    const missing = await patch(teacher, mcq.id, { answer: "Atlantis" });
    expect(missing.status).toBe(422);
    expect(await fieldsOf(missing)).toEqual(["answer"]);
    const one = await patch(teacher, mcq.id, { choices: [mcq.answer] });
    expect(await fieldsOf(one)).toEqual(["choices"]);
    const empty = await patch(teacher, mcq.id, { prompt: "   ", answer: "" });
    expect(await fieldsOf(empty)).toEqual(expect.arrayContaining(["prompt", "answer"]));
    const shape = await patch(teacher, mcq.id, { choices: "Iraq" });
    expect(shape.status).toBe(400);
    const stored = (await questionsOf(imported.slug)).find((q) => q.id === mcq.id)!;
    expect(stored.edited).toBe(false);
    expect(stored.choices).toEqual(mcq.choices);
    void c;
  });

  it("validates true/false answers and cloze gaps", async () => {
    const all = await questionsOf(imported.slug);
    const tf = all.find((q) => q.type === "TRUE_FALSE");
    if (tf) {
      const res = await patch(teacher, tf.id, { answer: "Maybe" });
      expect(res.status).toBe(422);
      expect(await fieldsOf(res)).toEqual(["answer"]);
    }
    const cloze = all.find((q) => q.type === "CLOZE");
    if (cloze) {
      // Two gaps (and, when the cloze's answer is "Baghdad", the answer given away): the prompt only.
      const res = await patch(teacher, cloze.id, { prompt: "_____ and _____ met in Baghdad." });
      expect(res.status).toBe(422);
      expect([...new Set(await fieldsOf(res))]).toEqual(["prompt"]);
    }
    expect(Boolean(tf) || Boolean(cloze)).toBe(true);
  });

  it("keeps an edit through regeneration; decided statuses stay too", async () => {
    const all = await questionsOf(imported.slug);
    const mcq = all.find((q) => q.type === "MCQ")!;
    const rejected = all.find((q) => q.id !== mcq.id && q.status === "DRAFT")!;
    const distractors = mcq.choices!.filter((x) => x !== mcq.answer);
    const prompt = "According to the article, which of these is the right answer here?";
    const res = await patch(teacher, mcq.id, { prompt, choices: [distractors[0], mcq.answer, distractors[1]], explanation: "Teacher's note." });
    expect(res.status).toBe(200);
    expect((await res.json()).question).toMatchObject({ prompt, edited: true, explanation: "Teacher's note.", key: mcq.key });
    const { POST: status } = await statusRoute();
    const rej = await call(status, "/x", { body: { status: "REJECTED" }, cookie: teacher, params: { id: rejected.id } });
    expect(rej.status).toBe(200);
    expect((await rej.json()).question.status).toBe("REJECTED");
    expect((await call(status, "/x", { body: { status: "RETIRED" }, cookie: teacher, params: { id: rejected.id } })).status).toBe(400);

    const { POST: regen } = await regenerateRoute();
    const summary = await (await call(regen, "/x", { body: {}, cookie: teacher, params: { slug: imported.slug } })).json();
    expect(summary).toEqual({ created: expect.any(Number), updated: expect.any(Number), kept: expect.any(Number), retired: expect.any(Number) });
    expect(summary.kept).toBeGreaterThanOrEqual(1);
    const after = await questionsOf(imported.slug);
    expect(after.find((q) => q.id === mcq.id)).toMatchObject({ prompt, choices: [distractors[0], mcq.answer, distractors[1]], edited: true });
    expect(after.find((q) => q.id === rejected.id)!.status).toBe("REJECTED");
    expect(after.length).toBe(all.length); // same generator, same article: nothing new, nothing lost
  });

  it("writes a question by hand; duplicates 409, invalid ones 422, regeneration keeps it", async () => {
    const { POST: write } = await writeRoute();
    const body = { type: "MCQ", prompt: "How many US troops were stationed in Iraq?", answer: "2,500", choices: ["1,000", "2,500", "5,000", "10,000"], explanation: "Stated in paragraph 8.", sentenceIndex: 2 };
    const res = await call(write, "/x", { body, cookie: teacher, params: { slug: imported.slug } });
    expect(res.status).toBe(201);
    const { question } = await res.json();
    expect(question).toMatchObject({ type: "MCQ", answer: "2,500", status: "APPROVED", edited: true });
    expect(question.source.sentenceIndex).toBe(2);
    const row = await getDb().question.findUniqueOrThrow({ where: { id: question.id } });
    const owner = await getDb().user.findUniqueOrThrow({ where: { email: "teacher-cur@example.com" } });
    expect(row.authorId).toBe(owner.id);
    expect((await call(write, "/x", { body, cookie: teacher, params: { slug: imported.slug } })).status).toBe(409);
    const bad = await call(write, "/x", { body: { ...body, prompt: "Which number?", choices: ["2,500", "2500 ", "1,000"] }, cookie: teacher, params: { slug: imported.slug } });
    expect(bad.status).toBe(422);
    const noSentence = await call(write, "/x", { body: { ...body, prompt: "Troops?", sentenceIndex: 9999 }, cookie: teacher, params: { slug: imported.slug } });
    expect(await fieldsOf(noSentence)).toEqual(["sentenceIndex"]);
    const free = await call(write, "/x", { body: { type: "SHORT_ANSWER", prompt: "Which city has Iraq's capital?", answer: "Baghdad", acceptedAnswers: [" baghdad ", "Bagdad"] }, cookie: teacher, params: { slug: imported.slug } });
    expect(free.status).toBe(201);
    expect((await free.json()).question).toMatchObject({ acceptedAnswers: ["Bagdad"], source: { sentenceIndex: -1 } });
    const { POST: regen } = await regenerateRoute();
    await call(regen, "/x", { body: {}, cookie: teacher, params: { slug: imported.slug } });
    expect((await getDb().question.findUniqueOrThrow({ where: { id: question.id } })).status).toBe("APPROVED");
  });

  it("lets any teacher curate a bundled (shared) article, and approves drafts above a score", async () => {
    const bundled = await questionsOf("iraq-us-forces-withdrawal");
    const draft = bundled.find((q) => q.status === "DRAFT");
    const { POST: status } = await statusRoute();
    const target = draft ?? bundled[0];
    const res = await call(status, "/x", { body: { status: "APPROVED" }, cookie: otherTeacher, params: { id: target.id } });
    expect(res.status).toBe(200);
    const { POST: approve } = await approveRoute();
    const drafts = (await questionsOf(imported.slug)).filter((q) => q.status === "DRAFT");
    const scores = await getDb().question.findMany({ where: { id: { in: drafts.map((q) => q.id) } }, select: { score: true } });
    const threshold = 0.5;
    const expected = scores.filter((s) => s.score >= threshold).length;
    const bulk = await call(approve, "/x", { body: { minScore: threshold }, cookie: teacher, params: { slug: imported.slug } });
    expect(await bulk.json()).toEqual({ approved: expected });
    expect((await call(approve, "/x", { body: { minScore: 2 }, cookie: teacher, params: { slug: imported.slug } })).status).toBe(400);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const { GET } = await import("@/app/api/openapi.json/route");
    const doc = await (await GET()).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/teacher/articles", "/api/questions/{id}", "/api/questions/{id}/status", "/api/teacher/articles/{slug}/regenerate"]),
    );
    expect(doc.paths["/api/questions/{id}"].patch.responses["422"]).toBeDefined();
  });
});

describe("an import whose generation fails", () => {
  it("leaves nothing behind", async () => {
    vi.resetModules();
    vi.doMock("@/lib/generate/index.ts", () => ({
      generateQuestions: () => {
        throw new Error("generator exploded");
      },
    }));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { POST } = await articles();
      const res = await call(POST, "/api/teacher/articles", { body: { text: "A doomed article\n\nThe Danube flows through Vienna. It reaches the Black Sea." }, cookie: teacher });
      expect(res.status).toBe(500);
      expect(await getDb().article.count({ where: { title: "A doomed article" } })).toBe(0);
    } finally {
      errors.mockRestore();
      vi.doUnmock("@/lib/generate/index.ts");
    }
  });
});
