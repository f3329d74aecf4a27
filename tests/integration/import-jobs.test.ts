// A teacher's long import as a job: 202 with the job, progress while the document is analysed in a
// worker thread, the article with its DRAFT questions at the end; only the job's teacher sees it;
// failures are problem+json members and store nothing; finished jobs are purged.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { call, guest, signUp } from "./helpers/http";
import { generateOffThread } from "@/lib/app/generate-off-thread";
import { importArticleFiles } from "@/lib/app/import-article";
import { IMPORT_JOB_KEEP_MS, importJob, importSettled, MAX_UNFINISHED_IMPORTS, startImportJob } from "@/lib/app/import-job";
import { parseArticleFile, parseArticleText } from "@/lib/content/index";
import { allArticles } from "@/lib/db/articles";
import { getDb } from "@/lib/db/client";
import { setRole } from "@/lib/db/users";
import type { QuestionDraft } from "@/lib/domain/types";
import { generateQuestions } from "@/lib/generate/index";

type Route = Record<"GET" | "POST", Parameters<typeof call>[0]>;
const startRoute = async () => (await import("@/app/api/teacher/import-jobs/route")) as unknown as Route;
const jobRoute = async () => (await import("@/app/api/teacher/import-jobs/[id]/route")) as unknown as Route;

const BUNDLED = "content/articles";
/** Every bundled article's body twice over, under one title: some 450 sentences, several analysis chunks. */
const bodies = readdirSync(BUNDLED).sort().map((f) => readFileSync(`${BUNDLED}/${f}`, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
const LONG_TEXT = `Six stories, twice told\n\n${[...bodies, ...bodies.map((b) => b.replace(/\b(1[89]\d\d|20\d\d)\b/g, (y) => String(Number(y) + 1)))].join("\n\n")}`;

let cleanup: () => Promise<void>;
let teacher: string, otherTeacher: string, learner: string, teacherId: string;

async function userId(email: string) {
  return (await getDb().user.findUniqueOrThrow({ where: { email } })).id;
}

async function start(cookie: string, body: unknown) {
  const { POST } = await startRoute();
  return call(POST, "/api/teacher/import-jobs", { body, cookie });
}

async function poll(cookie: string, id: string) {
  const { GET } = await jobRoute();
  return call(GET, `/api/teacher/import-jobs/${id}`, { cookie, params: { id } });
}

const parsed = (text: string) => {
  const result = parseArticleText({ text });
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  await importArticleFiles(readdirSync(BUNDLED).map((f) => `${BUNDLED}/${f}`));
  await signUp("admin-jobs@example.com"); // the first account is the admin
  teacher = await signUp("teacher-jobs@example.com");
  otherTeacher = await signUp("other-jobs@example.com");
  learner = await signUp("learner-jobs@example.com");
  teacherId = await userId("teacher-jobs@example.com");
  await setRole(teacherId, "teacher");
  await setRole(await userId("other-jobs@example.com"), "teacher");
}, 120_000);
afterAll(async () => cleanup());

describe("a long import as a job", () => {
  let jobId: string;
  let slug: string;

  it("answers 202 at once, reports the analysis sentence by sentence, then the stored article", async () => {
    const res = await start(teacher, { text: LONG_TEXT, source: "Six stories" });
    expect(res.status).toBe(202);
    const started = await res.json();
    jobId = started.id;
    expect(res.headers.get("location")).toBe(`/api/teacher/import-jobs/${jobId}`);
    expect(started).toMatchObject({ status: "queued", done: 0, article: null, problem: null });
    expect(started.total).toBeGreaterThan(400);

    const seen: { status: string; phase: string; done: number; total: number }[] = [];
    for (;;) {
      const now = await poll(teacher, jobId);
      expect(now.status).toBe(200);
      expect(now.headers.get("cache-control")).toMatch(/^no-store\b/);
      const job = await now.json();
      seen.push(job);
      if (job.status === "done" || job.status === "failed") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const last = seen.at(-1)!;
    expect(last.status, JSON.stringify(last)).toBe("done");
    // The analysis was seen part-way ("Analysing sentence 200 of 457"), and never went backwards.
    const midway = seen.filter((j) => j.done > 0 && j.done < j.total);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway[0].phase).toBe(`Analysing sentence ${midway[0].done} of ${midway[0].total}`);
    expect(seen.map((j) => j.done)).toEqual([...seen.map((j) => j.done)].sort((a, b) => a - b));

    const done = last as unknown as { article: { slug: string; title: string }; questions: { created: number }; duplicate: boolean; finishedAt: string };
    expect(done.duplicate).toBe(false);
    expect(done.article.title).toBe("Six stories, twice told");
    expect(done.finishedAt).not.toBeNull();
    slug = done.article.slug;
    const row = await getDb().article.findUniqueOrThrow({ where: { slug }, include: { questions: true } });
    expect(row).toMatchObject({ origin: "IMPORTED", ownerId: teacherId, source: "Six stories" });
    expect(row.generatedAt).not.toBeNull();
    expect(row.questions.length).toBe(done.questions.created);
    expect(row.questions.length).toBeGreaterThan(50);
    expect(new Set(row.questions.map((q) => q.status))).toEqual(new Set(["DRAFT"]));
  }, 300_000);

  it("is the teacher's own: another teacher's poll is 404, a learner's 403, no session 401", async () => {
    for (const [cookie, status] of [[otherTeacher, 404], [learner, 403], [await guest(), 403], ["", 401]] as const) {
      const res = await poll(cookie, jobId);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
    expect((await poll(teacher, "00000000-0000-0000-0000-000000000000")).status).toBe(404);
  });

  it("answers the same text again with the earlier import (duplicate), storing nothing new", async () => {
    const before = await getDb().article.count();
    const started = await (await start(teacher, { text: LONG_TEXT })).json();
    await importSettled(importJob({ id: teacherId }, started.id)!);
    const job = await (await poll(teacher, started.id)).json();
    expect(job).toMatchObject({ status: "done", duplicate: true, article: { slug } });
    expect(await getDb().article.count()).toBe(before);
  });

  it("refuses bad input before any job: problem+json naming the field", async () => {
    const empty = await start(teacher, { text: "" });
    expect(empty.status).toBe(400);
    expect((await empty.json()).errors.map((e: { field: string }) => e.field)).toContain("text");
    const tooLarge = await start(teacher, { text: "All the facts. ".repeat(75_000) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("content-type")).toBe("application/problem+json");
    expect((await start(learner, { text: LONG_TEXT })).status).toBe(403);
  });

  it(`allows ${MAX_UNFINISHED_IMPORTS} unfinished jobs per teacher; one more is 429 with Retry-After`, async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held = async (): Promise<QuestionDraft[]> => {
      await gate;
      return [];
    };
    const jobs = Array.from({ length: MAX_UNFINISHED_IMPORTS }, (_, i) => startImportJob({ id: teacherId }, parsed(`Held ${i}\n\nThe Danube flows through Vienna.`), { generate: held }));
    const refused = await start(teacher, { text: "One too many\n\nThe Rhine flows through Basel." });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    // Another teacher is not held up by this one's jobs.
    expect((await start(otherTeacher, { text: "Not mine\n\nThe Rhine flows through Basel." })).status).toBe(202);
    release();
    for (const j of jobs) if (j.kind === "started") expect((await importSettled(j.job)).status).toBe("done");
  });

  it("reports a failed generation as problem+json members and stores nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const started = startImportJob({ id: teacherId }, parsed("A doomed import\n\nThe Danube flows through Vienna."), {
        generate: async () => {
          throw new Error("generator exploded");
        },
      });
      if (started.kind !== "started") throw new Error("busy");
      await importSettled(started.job);
      const view = await (await poll(teacher, started.job.id)).json();
      expect(view).toMatchObject({ status: "failed", article: null, problem: { status: 500, title: "Internal error", type: "https://factdeck.dev/problems/internal" } });
      expect(view.problem.detail).toContain("Nothing was stored");
      expect(await getDb().article.count({ where: { title: "A doomed import" } })).toBe(0);
    } finally {
      errors.mockRestore();
    }
  });

  it("forgets finished jobs once they have been kept long enough", () => {
    const job = importJob({ id: teacherId }, jobId)!;
    expect(job).not.toBeNull();
    const later = new Date(job.finishedAt!.getTime() + IMPORT_JOB_KEEP_MS + 1);
    expect(importJob({ id: teacherId }, jobId, later)).toBeNull();
  });
});

describe("generation in a worker thread", () => {
  it("makes exactly the questions in-process generation makes", async () => {
    const file = `${BUNDLED}/the-nile-river-basin.md`;
    const result = parseArticleFile({ path: file, bytes: new Uint8Array(readFileSync(file)) });
    if (!result.ok) throw new Error(result.error.message);
    const corpus = await allArticles();
    const progress: number[] = [];
    const questions = await generateOffThread(result.article, corpus, (done) => progress.push(done));
    expect(questions).toEqual(generateQuestions(result.article, { corpus }).questions);
    expect(progress.at(-1)).toBe(result.article.sentences.length);
  }, 120_000);
});
